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

import java.math.BigDecimal;

/** One scoring rule row of a cycle (see {@link RuleKind}). */
@Entity
@Table(name = "rnk_rule")
@NamedQuery(name = ScoringRule.BY_CYCLE, query = "SELECT r FROM ScoringRule r WHERE r.cycleId = :cycleId"
        + " ORDER BY r.kind, r.qualType, r.gradeFrom, r.code")
public class ScoringRule {

    public static final String BY_CYCLE = "ScoringRule.byCycle";

    @Id
    @SequenceGenerator(name = "rnk_rule_seq", sequenceName = "rnk_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rnk_rule_seq")
    private Long id;

    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleKind kind;

    @Column(name = "qual_type")
    private String qualType;

    @Column(name = "grade_from")
    private Integer gradeFrom;

    @Column(name = "grade_to")
    private Integer gradeTo;

    @Column(nullable = false)
    private BigDecimal points;

    @Column(name = "max_points")
    private BigDecimal maxPoints;

    @Column(name = "max_count")
    private Integer maxCount;

    @Column(name = "description_it", nullable = false)
    private String descriptionIt;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Version
    private int version;

    protected ScoringRule() {
    }

    /** A copy of a rule for another cycle. */
    public ScoringRule(long cycleId, ScoringRule from) {
        this.cycleId = cycleId;
        this.code = from.code;
        this.kind = from.kind;
        this.qualType = from.qualType;
        this.gradeFrom = from.gradeFrom;
        this.gradeTo = from.gradeTo;
        this.points = from.points;
        this.maxPoints = from.maxPoints;
        this.maxCount = from.maxCount;
        this.descriptionIt = from.descriptionIt;
        this.descriptionEn = from.descriptionEn;
    }

    public Scoring.Rule toRule() {
        return new Scoring.Rule(code, kind, qualType, gradeFrom, gradeTo, points, maxPoints, maxCount);
    }

    public Long getId() {
        return id;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public String getCode() {
        return code;
    }

    public RuleKind getKind() {
        return kind;
    }

    public String getQualType() {
        return qualType;
    }

    public Integer getGradeFrom() {
        return gradeFrom;
    }

    public Integer getGradeTo() {
        return gradeTo;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public void setMaxPoints(BigDecimal maxPoints) {
        this.maxPoints = maxPoints;
    }

    public Integer getMaxCount() {
        return maxCount;
    }

    public void setMaxCount(Integer maxCount) {
        this.maxCount = maxCount;
    }

    public void setGradeFrom(Integer gradeFrom) {
        this.gradeFrom = gradeFrom;
    }

    public void setGradeTo(Integer gradeTo) {
        this.gradeTo = gradeTo;
    }

    public String getDescriptionIt() {
        return descriptionIt;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public int getVersion() {
        return version;
    }
}
