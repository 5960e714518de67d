package it.polis.applications;

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

/**
 * A procedure (procedura): a kind of application open in a window. The window is two instants,
 * shown in Europe/Rome; a submit is accepted when it starts before {@link #getClosesAt()}.
 */
@Entity
@Table(name = "app_procedure")
@NamedQuery(name = Procedure.ALL, query = "SELECT p FROM Procedure p ORDER BY p.closesAt DESC, p.id")
@NamedQuery(name = Procedure.BY_CODE, query = "SELECT p FROM Procedure p WHERE p.code = :code")
public class Procedure {

    public static final String ALL = "Procedure.all";
    public static final String BY_CODE = "Procedure.byCode";

    @Id
    @SequenceGenerator(name = "app_procedure_seq", sequenceName = "app_procedure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_procedure_seq")
    private Long id;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProcedureKind kind;

    @Column(name = "title_it", nullable = false)
    private String titleIt;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "description_it")
    private String descriptionIt;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "staff_only")
    private boolean staffOnly;

    @Column(name = "max_preferences")
    private int maxPreferences;

    /** Declarations the applicant must make, one a line (shown as check boxes on the form). */
    private String declarations;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Procedure() {
    }

    public Procedure(String code, Instant now) {
        this.code = code;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Where the window stands at an instant. */
    public enum Phase { UPCOMING, OPEN, CLOSED }

    public Phase phaseAt(Instant when) {
        if (when.isBefore(opensAt)) {
            return Phase.UPCOMING;
        }
        return when.isBefore(closesAt) ? Phase.OPEN : Phase.CLOSED;
    }

    public boolean isOpenAt(Instant when) {
        return phaseAt(when) == Phase.OPEN;
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleIt;
    }

    public String description(String language) {
        return "en".equals(language) ? descriptionEn : descriptionIt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public ProcedureKind getKind() {
        return kind;
    }

    public void setKind(ProcedureKind kind) {
        this.kind = kind;
    }

    public String getTitleIt() {
        return titleIt;
    }

    public void setTitleIt(String titleIt) {
        this.titleIt = titleIt;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionIt() {
        return descriptionIt;
    }

    public void setDescriptionIt(String descriptionIt) {
        this.descriptionIt = descriptionIt;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(Instant opensAt) {
        this.opensAt = opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(Instant closesAt) {
        this.closesAt = closesAt;
    }

    public boolean isStaffOnly() {
        return staffOnly;
    }

    public void setStaffOnly(boolean staffOnly) {
        this.staffOnly = staffOnly;
    }

    public int getMaxPreferences() {
        return maxPreferences;
    }

    public void setMaxPreferences(int maxPreferences) {
        this.maxPreferences = maxPreferences;
    }

    public String getDeclarations() {
        return declarations;
    }

    public void setDeclarations(String declarations) {
        this.declarations = declarations;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
