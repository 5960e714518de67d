package it.polis.identity.contact;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A subject of the SMS information service (reference data, Italian and English labels). */
@Entity
@Cacheable
@Table(name = "sms_topic")
@NamedQuery(name = SmsTopic.ALL, query = "SELECT t FROM SmsTopic t ORDER BY t.sortOrder, t.code")
public class SmsTopic {

    public static final String ALL = "SmsTopic.all";

    /** Topics other services notify (keep in step with the migration's rows). */
    public static final String DEADLINES = "DEADLINES";
    public static final String RANKINGS = "RANKINGS";
    public static final String ASSISTANCE = "ASSISTANCE";

    @Id
    private String code;

    @Column(name = "label_it")
    private String labelIt;

    @Column(name = "label_en")
    private String labelEn;

    @Column(name = "sort_order")
    private int sortOrder;

    protected SmsTopic() {
    }

    public String getCode() {
        return code;
    }

    public String label(String language) {
        return "en".equals(language) ? labelEn : labelIt;
    }
}
