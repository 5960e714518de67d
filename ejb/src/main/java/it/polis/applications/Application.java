package it.polis.applications;

import it.polis.identity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One person's application (istanza) to one procedure: a draft, or submitted with a protocol number. */
@Entity
@Table(name = "app_application")
@NamedQuery(name = Application.BY_ACCOUNT, query = "SELECT a FROM Application a JOIN FETCH a.procedure"
        + " WHERE a.account.id = :account ORDER BY a.updatedAt DESC, a.id")
@NamedQuery(name = Application.BY_ACCOUNT_AND_PROCEDURE, query = "SELECT a FROM Application a"
        + " WHERE a.account.id = :account AND a.procedure.id = :procedure")
public class Application {

    public static final String BY_ACCOUNT = "Application.byAccount";
    public static final String BY_ACCOUNT_AND_PROCEDURE = "Application.byAccountAndProcedure";

    @Id
    @SequenceGenerator(name = "app_application_seq", sequenceName = "app_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_application_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "procedure_id")
    private Procedure procedure;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationState state;

    @Lob
    private String data;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The current submission while SUBMITTED. */
    @Column(name = "submission_id")
    private Long submissionId;

    @Version
    private int version;

    protected Application() {
    }

    public Application(Procedure procedure, Account account, Instant now) {
        this.procedure = procedure;
        this.account = account;
        this.state = ApplicationState.DRAFT;
        this.data = "";
        this.createdAt = now;
        this.updatedAt = now;
    }

    public FormData formData() {
        return FormData.parse(data);
    }

    void setFormData(FormData form, Instant now) {
        this.data = form.text();
        this.updatedAt = now;
    }

    void submitted(Submission s, Instant now) {
        state = ApplicationState.SUBMITTED;
        submissionId = s.getId();
        updatedAt = now;
    }

    void withdrawn(Instant now) {
        state = ApplicationState.DRAFT;
        submissionId = null;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public Account getAccount() {
        return account;
    }

    public ApplicationState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getSubmissionId() {
        return submissionId;
    }
}
