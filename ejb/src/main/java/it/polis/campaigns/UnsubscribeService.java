package it.polis.campaigns;

import it.polis.identity.Account;
import it.polis.identity.contact.ContactRules;
import it.polis.platform.InstantConverter;
import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.Optional;

/**
 * The public unsubscribe page's service: the personal link of an informational campaign (a signed
 * token, see {@link UnsubscribeTokens}) opts the account out of informational campaigns. Service
 * messages (deadlines, drafts not submitted) still arrive. Using a link twice is harmless.
 */
@Stateless
@PermitAll
public class UnsubscribeService {

    private static final InstantConverter TIME = new InstantConverter();

    /** What the page shows before the person confirms. */
    public record Link(long campaignId, String campaignName, String maskedEmail, boolean alreadyOut)
            implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UnsubscribeTokens tokens;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    /** The link's campaign and (masked) address; empty for a forged, altered or unknown link. */
    public Optional<Link> check(String token) {
        return tokens.verify(token).flatMap(s -> {
            Campaign c = em.find(Campaign.class, s.campaignId());
            Account a = em.find(Account.class, s.accountId());
            if (c == null || a == null) {
                return Optional.empty();
            }
            boolean out = em.createNativeQuery("SELECT COUNT(*) FROM campaign_optout WHERE account_id = ?")
                    .setParameter(1, a.getId()).getSingleResult() instanceof Number n && n.longValue() > 0;
            return Optional.of(new Link(c.getId(), c.getName(), a.getEmail() == null ? "" : ContactRules.mask(a.getEmail()),
                    out));
        });
    }

    /** Opts the link's account out; false for a link that is not genuine. */
    public boolean optOut(String token, String clientAddr) {
        Optional<UnsubscribeTokens.Subject> s = tokens.verify(token);
        if (s.isEmpty()) {
            return false;
        }
        Account a = em.find(Account.class, s.get().accountId(), LockModeType.PESSIMISTIC_WRITE);
        if (a == null || em.find(Campaign.class, s.get().campaignId()) == null) {
            return false;
        }
        boolean out = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM campaign_optout WHERE account_id = ?")
                .setParameter(1, a.getId()).getSingleResult()).longValue() > 0;
        if (!out) {
            em.createNativeQuery("INSERT INTO campaign_optout (account_id, campaign_id, opted_out_at) VALUES (?, ?, ?)")
                    .setParameter(1, a.getId()).setParameter(2, s.get().campaignId())
                    .setParameter(3, TIME.convertToDatabaseColumn(clock.now())).executeUpdate();
            audit.record(a.getUsername(), "CAMPAIGN_UNSUBSCRIBED", "campaign", String.valueOf(s.get().campaignId()),
                    "account " + a.getId(), clientAddr);
        }
        return true;
    }
}
