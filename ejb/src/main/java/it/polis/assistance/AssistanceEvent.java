package it.polis.assistance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a request's history: filed, taken, answered, account actions, closed. */
@Entity
@Table(name = "assistance_event")
@NamedQuery(name = AssistanceEvent.BY_REQUEST, query = "SELECT e FROM AssistanceEvent e WHERE e.request = :request"
        + " ORDER BY e.occurredAt, e.id")
public class AssistanceEvent {

    public static final String BY_REQUEST = "AssistanceEvent.byRequest";

    @Id
    @SequenceGenerator(name = "assistance_event_seq", sequenceName = "assistance_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assistance_event_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id")
    private AssistanceRequest request;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    private String action;

    private String detail;

    protected AssistanceEvent() {
    }

    public AssistanceEvent(AssistanceRequest request, Instant occurredAt, String actor, String action, String detail) {
        this.request = request;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Long getId() {
        return id;
    }

    public AssistanceRequest getRequest() {
        return request;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
