package it.polis.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An email campaign: audience segment and its parameters, templates in Italian and English, throttle and state. */
@Entity
@Table(name = "campaign")
@NamedQuery(name = Campaign.ALL, query = "SELECT c FROM Campaign c ORDER BY c.createdAt DESC, c.id DESC")
@NamedQuery(name = Campaign.COUNT_ALL, query = "SELECT COUNT(c) FROM Campaign c")
@NamedQuery(name = Campaign.DUE, query = "SELECT c.id FROM Campaign c WHERE c.state = it.polis.campaigns.CampaignState.SCHEDULED"
        + " AND c.scheduledAt <= :now ORDER BY c.scheduledAt, c.id")
@NamedQuery(name = Campaign.RUNNING, query = "SELECT c FROM Campaign c WHERE c.state = it.polis.campaigns.CampaignState.RUNNING")
public class Campaign {

    public static final String ALL = "Campaign.all";
    public static final String COUNT_ALL = "Campaign.countAll";
    public static final String DUE = "Campaign.due";
    public static final String RUNNING = "Campaign.running";
    /** pause_reason of a RUNNING campaign whose job ended with recipients to send again. */
    public static final String RETRY = "RETRY";

    /** What the console asks the running job to do; the job's listener applies it when the job ends. */
    public enum Control {
        PAUSE, CANCEL
    }

    @Id
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Segment segment;

    @Column(name = "seg_province")
    private String province;

    @Column(name = "seg_role")
    private String role;

    @Column(name = "seg_procedure_id")
    private Long procedureId;

    @Column(name = "seg_hours")
    private Integer hours;

    @Column(name = "subject_it", nullable = false)
    private String subjectIt;

    @Lob
    @Column(name = "body_it", nullable = false)
    private String bodyIt;

    @Column(name = "subject_en", nullable = false)
    private String subjectEn;

    @Lob
    @Column(name = "body_en", nullable = false)
    private String bodyEn;

    @Column(name = "sms_text")
    private String smsText;

    @Column(name = "rate_per_second", nullable = false)
    private int ratePerSecond;

    @Column(name = "error_threshold", nullable = false)
    private int errorThreshold;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignState state;

    @Enumerated(EnumType.STRING)
    private Control control;

    @Column(name = "pause_reason")
    private String pauseReason;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    private Integer audience;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private int version;

    protected Campaign() {
    }

    Campaign(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.state = CampaignState.DRAFT;
    }

    void edit(CampaignData d, Instant now) {
        name = d.name().strip();
        kind = d.kind();
        segment = d.segment();
        province = segment.needsProvince() ? d.province() : null;
        role = segment.needsRole() ? d.role() : null;
        procedureId = d.procedureId();
        hours = segment.needsHours() ? d.hours() : null;
        subjectIt = d.subjectIt().strip();
        bodyIt = d.bodyIt();
        subjectEn = d.subjectEn().strip();
        bodyEn = d.bodyEn();
        smsText = d.smsText() == null || d.smsText().isBlank() ? null : d.smsText().strip();
        ratePerSecond = d.ratePerSecond();
        errorThreshold = d.errorThreshold();
        updatedAt = now;
    }

    void schedule(Instant at, Instant now) {
        state = CampaignState.SCHEDULED;
        scheduledAt = at;
        updatedAt = now;
    }

    void unschedule(Instant now) {
        state = CampaignState.DRAFT;
        scheduledAt = null;
        updatedAt = now;
    }

    void started(int audienceSize, long execution, Instant now) {
        state = CampaignState.RUNNING;
        audience = audienceSize;
        executionId = execution;
        startedAt = now;
        control = null;
        pauseReason = null;
        updatedAt = now;
    }

    void resumed(long execution, Instant now) {
        state = CampaignState.RUNNING;
        executionId = execution;
        control = null;
        pauseReason = null;
        updatedAt = now;
    }

    void heartbeat(Instant at) {
        heartbeatAt = at;
    }

    void retryLater(Instant now) {
        pauseReason = RETRY;
        updatedAt = now;
    }

    void setExecution(Long execution) {
        executionId = execution;
    }

    void request(Control c, String reason, Instant now) {
        control = c;
        pauseReason = reason;
        updatedAt = now;
    }

    void paused(Instant now) {
        state = CampaignState.PAUSED;
        control = null;
        updatedAt = now;
    }

    void finished(CampaignState end, Instant now) {
        state = end;
        control = null;
        finishedAt = now;
        updatedAt = now;
    }

    public CampaignData data() {
        return new CampaignData(id, name, kind, segment, province, role, procedureId, hours, subjectIt, bodyIt,
                subjectEn, bodyEn, smsText, ratePerSecond, errorThreshold, scheduledAt, version);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public Segment getSegment() {
        return segment;
    }

    public String getProvince() {
        return province;
    }

    public String getRole() {
        return role;
    }

    public Long getProcedureId() {
        return procedureId;
    }

    public Integer getHours() {
        return hours;
    }

    public String getSubjectIt() {
        return subjectIt;
    }

    public String getBodyIt() {
        return bodyIt;
    }

    public String getSubjectEn() {
        return subjectEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public String getSmsText() {
        return smsText;
    }

    public int getRatePerSecond() {
        return ratePerSecond;
    }

    public int getErrorThreshold() {
        return errorThreshold;
    }

    public CampaignState getState() {
        return state;
    }

    public Control getControl() {
        return control;
    }

    public String getPauseReason() {
        return pauseReason;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Integer getAudience() {
        return audience;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getVersion() {
        return version;
    }
}
