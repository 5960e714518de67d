package it.polis.campaigns;

import it.polis.identity.contact.ContactDirectory;
import it.polis.platform.InstantConverter;
import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * What a bounce does (one transaction per notification): it is recorded; a hard one (5.x.x) marks the
 * recipient BOUNCED and the address unverified in the contact data (the owner is asked to fix it at the
 * next sign-in); a soft one (4.x.x) puts the recipient back to PENDING for another send, up to
 * {@code polis.campaigns.soft-bounce-retries} times, then FAILED. Internal: {@link BounceReader} calls it.
 */
@Stateless
@PermitAll
public class Bounces {

    private static final InstantConverter TIME = new InstantConverter();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private CampaignSettings settings;

    @EJB
    private ContactDirectory contacts;

    /** Handles one notification; returns the campaign to send again to (a soft bounce of a finished campaign), or null. */
    public Long handle(DsnParser.Dsn dsn) {
        Long campaignId = dsn.campaignId();
        Long accountId = dsn.accountId();
        String email = dsn.recipient();
        Object[] row = null;
        if (campaignId != null && accountId != null) {
            List<?> rows = em.createNativeQuery("SELECT email, state, soft_bounces FROM campaign_recipient"
                            + " WHERE campaign_id = ? AND account_id = ?").setParameter(1, campaignId)
                    .setParameter(2, accountId).getResultList();
            if (rows.isEmpty()) {
                campaignId = null;
                accountId = null;
            } else {
                row = (Object[]) rows.get(0);
                email = (String) row[0];
            }
        }
        em.createNativeQuery("INSERT INTO campaign_bounce (id, received_at, campaign_id, account_id, email, status, hard,"
                        + " diagnostic) VALUES (campaign_bounce_seq.NEXTVAL, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, TIME.convertToDatabaseColumn(clock.now())).setParameter(2, campaignId)
                .setParameter(3, accountId).setParameter(4, email).setParameter(5, dsn.status())
                .setParameter(6, dsn.hard() ? 1 : 0).setParameter(7, dsn.diagnostic()).executeUpdate();
        String reason = dsn.status() + (dsn.diagnostic() == null ? "" : " " + dsn.diagnostic());
        String target = campaignId == null ? null : String.valueOf(campaignId);
        if (dsn.hard()) {
            if (row != null) {
                em.createNativeQuery("UPDATE campaign_recipient SET state = 'BOUNCED', last_error = ? WHERE campaign_id = ?"
                                + " AND account_id = ?").setParameter(1, cut(reason)).setParameter(2, campaignId)
                        .setParameter(3, accountId).executeUpdate();
            }
            if (email != null) {
                contacts.markBounced(email, reason);
            }
            audit.record("system", "CAMPAIGN_BOUNCE_HARD", "campaign", target,
                    "account " + accountId + ": " + reason, null);
            return null;
        }
        audit.record("system", "CAMPAIGN_BOUNCE_SOFT", "campaign", target, "account " + accountId + ": " + reason, null);
        if (row == null || !"SENT".equals(row[1])) {
            return null;
        }
        int soft = ((Number) row[2]).intValue();
        boolean retry = soft < settings.softBounceRetries();
        em.createNativeQuery("UPDATE campaign_recipient SET state = ?, soft_bounces = soft_bounces + 1, last_error = ?"
                        + " WHERE campaign_id = ? AND account_id = ?").setParameter(1, retry ? "PENDING" : "FAILED")
                .setParameter(2, cut(reason)).setParameter(3, campaignId).setParameter(4, accountId).executeUpdate();
        if (!retry) {
            return null;
        }
        Campaign c = em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        if (c != null && c.getState() == CampaignState.COMPLETED) {
            c.resumed(0, clock.now());
            c.setExecution(null);
            c.heartbeat(clock.now());
            audit.record("system", "CAMPAIGN_RESUMED", "campaign", target, "soft bounce: sending again", null);
            return campaignId;
        }
        return null;
    }

    private static String cut(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
