package it.polis.identity.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An account's opt-in to one SMS topic (removed on opt-out). */
@Entity
@Table(name = "sms_subscription")
@IdClass(SmsSubscription.Key.class)
@NamedQuery(name = SmsSubscription.OF_ACCOUNT,
        query = "SELECT s FROM SmsSubscription s WHERE s.accountId = :account ORDER BY s.topicCode")
public class SmsSubscription {

    public static final String OF_ACCOUNT = "SmsSubscription.ofAccount";

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long accountId;
        private String topicCode;

        public Key() {
        }

        public Key(long accountId, String topicCode) {
            this.accountId = accountId;
            this.topicCode = topicCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.accountId == accountId && Objects.equals(k.topicCode, topicCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, topicCode);
        }
    }

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Column(name = "topic_code")
    private String topicCode;

    @Column(name = "subscribed_at")
    private Instant subscribedAt;

    protected SmsSubscription() {
    }

    SmsSubscription(long accountId, String topicCode, Instant subscribedAt) {
        this.accountId = accountId;
        this.topicCode = topicCode;
        this.subscribedAt = subscribedAt;
    }

    public String getTopicCode() {
        return topicCode;
    }
}
