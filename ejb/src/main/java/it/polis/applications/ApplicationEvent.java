package it.polis.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step in an application's timeline (CREATED, SAVED, SUBMITTED, WITHDRAWN, RECEIPT_SENT, ...). */
@Entity
@Table(name = "app_event")
@NamedQuery(name = ApplicationEvent.BY_APPLICATION, query = "SELECT e FROM ApplicationEvent e"
        + " WHERE e.applicationId = :application ORDER BY e.at, e.id")
public class ApplicationEvent {

    public static final String BY_APPLICATION = "ApplicationEvent.byApplication";

    public static final String CREATED = "CREATED";
    public static final String SAVED = "SAVED";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String RECEIPT_SENT = "RECEIPT_SENT";

    @Id
    @SequenceGenerator(name = "app_event_seq", sequenceName = "app_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_event_seq")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "at_time", nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String kind;

    private String detail;

    protected ApplicationEvent() {
    }

    ApplicationEvent(long applicationId, Instant at, String kind, String detail) {
        this.applicationId = applicationId;
        this.at = at;
        this.kind = kind;
        this.detail = detail;
    }

    void touch(Instant now) {
        this.at = now;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Instant getAt() {
        return at;
    }

    public String getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}
