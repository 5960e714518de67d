package it.polis.rankings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A ranking cycle: the GPS procedure that feeds it, its rules (editable until used), the visible version. */
@Entity
@Table(name = "rnk_cycle")
@NamedQuery(name = RankingCycle.ALL, query = "SELECT c FROM RankingCycle c ORDER BY c.code DESC")
@NamedQuery(name = RankingCycle.BY_CODE, query = "SELECT c FROM RankingCycle c WHERE c.code = :code")
public class RankingCycle {

    public static final String ALL = "RankingCycle.all";
    public static final String BY_CODE = "RankingCycle.byCode";

    @Id
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(name = "title_it", nullable = false)
    private String titleIt;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "procedure_code", nullable = false)
    private String procedureCode;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "published_version_id")
    private Long publishedVersionId;

    @Version
    private int version;

    protected RankingCycle() {
    }

    public RankingCycle(long id, String code, String titleIt, String titleEn, String procedureCode) {
        this.id = id;
        this.code = code;
        this.titleIt = titleIt;
        this.titleEn = titleEn;
        this.procedureCode = procedureCode;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitleIt() {
        return titleIt;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public void setUsedAt(Instant usedAt) {
        this.usedAt = usedAt;
    }

    public Long getPublishedVersionId() {
        return publishedVersionId;
    }

    public void setPublishedVersionId(Long publishedVersionId) {
        this.publishedVersionId = publishedVersionId;
    }
}
