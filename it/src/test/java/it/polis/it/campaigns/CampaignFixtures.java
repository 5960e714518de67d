package it.polis.it.campaigns;

import it.polis.campaigns.CampaignBenchData;
import it.polis.platform.InstantConverter;
import it.polis.platform.PortalClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Test deployment only: portal data the segments select (citizens, procedures, drafts, GPS submissions). */
@Stateless
@PermitAll
public class CampaignFixtures {

    private static final InstantConverter TIME = new InstantConverter();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalClock clock;

    @EJB
    private CampaignBenchData bench;

    /** n citizens (every second one English) mailed at prefix<i>@domain in the province; their ids in order. */
    public List<Long> citizens(String prefix, String domain, int n, String province, String state) {
        long[] ids = bench.audience(prefix, domain, n, province, state);
        return em.createNativeQuery("SELECT id FROM account WHERE id BETWEEN ? AND ? AND email LIKE ? ORDER BY id")
                .setParameter(1, ids[0]).setParameter(2, ids[1]).setParameter(3, prefix + "%@" + domain)
                .getResultStream().map(o -> ((Number) o).longValue()).toList();
    }

    public long procedure(String code, Duration closesIn) {
        Instant now = clock.now();
        long id = next("app_procedure_seq");
        em.createNativeQuery("INSERT INTO app_procedure (id, code, kind, title_it, title_en, opens_at, closes_at,"
                        + " staff_only, max_preferences, created_at, updated_at, version)"
                        + " VALUES (?, ?, 'RETIREMENT', ?, ?, ?, ?, 0, 0, ?, ?, 0)")
                .setParameter(1, id).setParameter(2, code).setParameter(3, "Procedura " + code)
                .setParameter(4, "Procedure " + code).setParameter(5, ts(now.minus(Duration.ofDays(1))))
                .setParameter(6, ts(now.plus(closesIn))).setParameter(7, ts(now)).setParameter(8, ts(now)).executeUpdate();
        return id;
    }

    public long application(long procedureId, long accountId, boolean submitted, String gpsProfile) {
        Instant now = clock.now();
        long id = next("app_application_seq");
        em.createNativeQuery("INSERT INTO app_application (id, procedure_id, account_id, state, created_at, updated_at,"
                        + " version) VALUES (?, ?, ?, ?, ?, ?, 0)").setParameter(1, id).setParameter(2, procedureId)
                .setParameter(3, accountId).setParameter(4, submitted ? "SUBMITTED" : "DRAFT").setParameter(5, ts(now))
                .setParameter(6, ts(now)).executeUpdate();
        if (submitted) {
            long s = next("app_submission_seq");
            em.createNativeQuery("INSERT INTO app_submission (id, application_id, active_application_id, state, registry,"
                            + " protocol_year, protocol_number, protocol, idempotency_key, started_at, submitted_at)"
                            + " VALUES (?, ?, ?, 'SUBMITTED', 'CMP-IT', 2026, ?, ?, ?, ?, ?)").setParameter(1, s)
                    .setParameter(2, id).setParameter(3, id).setParameter(4, s).setParameter(5, "CMP-IT-" + s)
                    .setParameter(6, "cmp-it-" + s).setParameter(7, ts(now)).setParameter(8, ts(now)).executeUpdate();
            if (gpsProfile != null) {
                em.createNativeQuery("INSERT INTO gps_application (submission_id, profile, province_code) VALUES (?, ?, 'RM')")
                        .setParameter(1, s).setParameter(2, gpsProfile).executeUpdate();
            }
        }
        return id;
    }

    /** The account's primary address as a contact_email row with that status (VERIFIED, PENDING, BOUNCED). */
    public void primaryEmailStatus(long accountId, String status) {
        em.createNativeQuery("INSERT INTO contact_email (id, account_id, address, address_lc, is_primary, status,"
                        + " promote_on_confirm, created_at, version) SELECT ?, id, email, LOWER(email), 1, ?, 0, created_at, 0"
                        + " FROM account WHERE id = ?").setParameter(1, next("contact_email_seq"))
                .setParameter(2, status).setParameter(3, accountId).executeUpdate();
    }

    /** A further address waiting for its confirmation. */
    public void pendingFurtherEmail(long accountId, String address) {
        em.createNativeQuery("INSERT INTO contact_email (id, account_id, address, address_lc, is_primary, status,"
                        + " promote_on_confirm, created_at, version) VALUES (?, ?, ?, ?, 0, 'PENDING', 0, ?, 0)")
                .setParameter(1, next("contact_email_seq")).setParameter(2, accountId).setParameter(3, address)
                .setParameter(4, address.toLowerCase()).setParameter(5, ts(clock.now())).executeUpdate();
    }

    /** A verified mobile phone and the opt-in to deadline SMS. */
    public void smsSubscriber(long accountId, String phone) {
        em.createNativeQuery("UPDATE contact_details SET mobile_phone = ?, phone_verified_at = ? WHERE account_id = ?")
                .setParameter(1, phone).setParameter(2, ts(clock.now())).setParameter(3, accountId).executeUpdate();
        em.createNativeQuery("INSERT INTO sms_subscription (account_id, topic_code, subscribed_at) VALUES (?, 'DEADLINES', ?)")
                .setParameter(1, accountId).setParameter(2, ts(clock.now())).executeUpdate();
    }

    /** Bodies of the SMS queued for an account. */
    public List<String> sms(long accountId) {
        return em.createNativeQuery("SELECT body FROM sms_log WHERE account_id = ? ORDER BY id").setParameter(1, accountId)
                .getResultStream().map(String::valueOf).toList();
    }

    public void state(long accountId, String state) {
        em.createNativeQuery("UPDATE account SET state = ? WHERE id = ?").setParameter(1, state).setParameter(2, accountId)
                .executeUpdate();
    }

    public void optOut(long accountId) {
        em.createNativeQuery("INSERT INTO campaign_optout (account_id, opted_out_at) VALUES (?, ?)")
                .setParameter(1, accountId).setParameter(2, ts(clock.now())).executeUpdate();
    }

    public String recipientState(long campaignId, long accountId) {
        List<?> r = em.createNativeQuery("SELECT state FROM campaign_recipient WHERE campaign_id = ? AND account_id = ?")
                .setParameter(1, campaignId).setParameter(2, accountId).getResultList();
        return r.isEmpty() ? null : (String) r.get(0);
    }

    public int softBounces(long campaignId, long accountId) {
        return ((Number) em.createNativeQuery("SELECT soft_bounces FROM campaign_recipient WHERE campaign_id = ?"
                + " AND account_id = ?").setParameter(1, campaignId).setParameter(2, accountId).getSingleResult()).intValue();
    }

    /** sent_at of every SENT recipient, in order. */
    public List<Instant> sentTimes(long campaignId) {
        return em.createNativeQuery("SELECT sent_at FROM campaign_recipient WHERE campaign_id = ? AND state = 'SENT'"
                        + " ORDER BY sent_at").setParameter(1, campaignId).getResultStream()
                .map(o -> TIME.convertToEntityAttribute((Timestamp) o)).toList();
    }

    public String contactEmailStatus(String address) {
        List<?> r = em.createNativeQuery("SELECT status FROM contact_email WHERE address_lc = ?")
                .setParameter(1, address.toLowerCase()).getResultList();
        return r.isEmpty() ? null : (String) r.get(0);
    }

    public long audited(String action, String targetId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE action = ? AND target_id = ?")
                .setParameter(1, action).setParameter(2, targetId).getSingleResult()).longValue();
    }

    private long next(String sequence) {
        return ((Number) em.createNativeQuery("SELECT " + sequence + ".NEXTVAL FROM DUAL").getSingleResult()).longValue();
    }

    private static Timestamp ts(Instant i) {
        return TIME.convertToDatabaseColumn(i);
    }
}
