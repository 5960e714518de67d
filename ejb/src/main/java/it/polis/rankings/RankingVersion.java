package it.polis.rankings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One computed ranking of a cycle, from a job run; see {@link VersionState}. */
@Entity
@Table(name = "rnk_version")
@NamedQuery(name = RankingVersion.BY_CYCLE, query = "SELECT v FROM RankingVersion v WHERE v.cycleId = :cycleId"
        + " ORDER BY v.id DESC")
@NamedQuery(name = RankingVersion.BY_INSTANCE, query = "SELECT v FROM RankingVersion v"
        + " WHERE v.jobInstanceId = :instanceId")
public class RankingVersion {

    public static final String BY_CYCLE = "RankingVersion.byCycle";
    public static final String BY_INSTANCE = "RankingVersion.byInstance";

    @Id
    @SequenceGenerator(name = "rnk_version_seq", sequenceName = "rnk_version_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rnk_version_seq")
    private Long id;

    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionState state;

    @Column(nullable = false)
    private String scope;

    @Column(name = "job_instance_id")
    private Long jobInstanceId;

    @Column(name = "run_by", nullable = false)
    private String runBy;

    @Column(name = "run_at", nullable = false)
    private Instant runAt;

    @Column(name = "computed_at")
    private Instant computedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "previous_version_id")
    private Long previousVersionId;

    @Column(name = "base_version_id")
    private Long baseVersionId;

    private int entries;

    @Column(name = "diff_entered")
    private int diffEntered;

    @Column(name = "diff_left")
    private int diffLeft;

    @Column(name = "diff_up")
    private int diffUp;

    @Column(name = "diff_down")
    private int diffDown;

    @Column(name = "diff_score")
    private int diffScore;

    @Version
    private int version;

    protected RankingVersion() {
    }

    public RankingVersion(long cycleId, String scope, String runBy, Instant runAt, Long baseVersionId) {
        this.cycleId = cycleId;
        this.scope = scope;
        this.runBy = runBy;
        this.runAt = runAt;
        this.baseVersionId = baseVersionId;
        this.state = VersionState.COMPUTING;
    }

    public Long getId() {
        return id;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public VersionState getState() {
        return state;
    }

    public void setState(VersionState state) {
        this.state = state;
    }

    public String getScope() {
        return scope;
    }

    public Long getJobInstanceId() {
        return jobInstanceId;
    }

    public void setJobInstanceId(Long jobInstanceId) {
        this.jobInstanceId = jobInstanceId;
    }

    public String getRunBy() {
        return runBy;
    }

    public Instant getRunAt() {
        return runAt;
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public void setComputedAt(Instant computedAt) {
        this.computedAt = computedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public void approve(String by, Instant at) {
        this.approvedBy = by;
        this.approvedAt = at;
        this.state = VersionState.APPROVED;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void publish(String by, Instant at, Long previous) {
        this.publishedBy = by;
        this.publishedAt = at;
        this.previousVersionId = previous;
        this.state = VersionState.PUBLISHED;
    }

    public Long getPreviousVersionId() {
        return previousVersionId;
    }

    public Long getBaseVersionId() {
        return baseVersionId;
    }

    public int getEntries() {
        return entries;
    }

    public void setDiff(int entries, int entered, int left, int up, int down, int score) {
        this.entries = entries;
        this.diffEntered = entered;
        this.diffLeft = left;
        this.diffUp = up;
        this.diffDown = down;
        this.diffScore = score;
    }

    public int getDiffEntered() {
        return diffEntered;
    }

    public int getDiffLeft() {
        return diffLeft;
    }

    public int getDiffUp() {
        return diffUp;
    }

    public int getDiffDown() {
        return diffDown;
    }

    public int getDiffScore() {
        return diffScore;
    }
}
