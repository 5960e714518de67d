package it.polis.identity.contact;

import it.polis.identity.Account;
import it.polis.identity.AccountState;
import it.polis.platform.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The contact data other parts of the portal may rely on (stable API): where to write to an account,
 * bounced addresses, and whether the owner must look at the contact data.
 */
@Stateless
@PermitAll
public class ContactDirectory {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContactEmails emails;

    @Inject
    private it.polis.platform.PortalClock clock;

    @Inject
    private AuditLog audit;

    /**
     * The account's verified addresses, primary first (when it is verified), then the confirmed further
     * ones in the order they were added. Pending and bounced addresses are never in the list.
     */
    public List<String> verifiedEmails(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            return List.of();
        }
        List<ContactEmail> rows = em.createNamedQuery(ContactEmail.OF_ACCOUNT, ContactEmail.class)
                .setParameter("account", accountId).getResultList();
        if (rows.isEmpty()) {
            // Not touched since it was created: its email is the primary one, verified once past registration.
            return account.getEmail() == null || account.getState() == AccountState.REGISTERED ? List.of()
                    : List.of(account.getEmail());
        }
        rows = emails.of(account);
        Set<String> out = new LinkedHashSet<>();
        for (ContactEmail e : rows) {
            if (e.getStatus() == EmailStatus.VERIFIED) {
                out.add(e.getAddress());
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Mail to the address came back: every verified row with that address (any account, case-insensitive)
     * becomes BOUNCED, is no longer used, and its owner is asked to fix it at the next sign-in. Audited.
     */
    public void markBounced(String email, String reason) {
        String lc = ContactEmail.normalize(email);
        if (lc == null || lc.isEmpty()) {
            return;
        }
        // Accounts never touched since the migration have no rows yet: give them their primary row first.
        for (Account a : em.createNamedQuery(ContactEmail.ACCOUNTS_BY_EMAIL, Account.class).setParameter("address", lc)
                .getResultList()) {
            emails.of(a);
        }
        for (ContactEmail e : em.createNamedQuery(ContactEmail.BY_ADDRESS, ContactEmail.class).setParameter("address", lc)
                .getResultList()) {
            if (e.getStatus() != EmailStatus.VERIFIED) {
                continue;
            }
            e.bounce(clock.now(), reason);
            audit.record("system", "CONTACT_EMAIL_BOUNCED", "account", String.valueOf(e.getAccountId()),
                    ContactRules.mask(e.getAddress()) + (e.isPrimary() ? " (primary)" : "")
                            + (reason == null || reason.isBlank() ? "" : ": " + reason), null);
        }
    }

    /** True when the owner has to look at the contact data (an address bounced). */
    public boolean needsAttention(long accountId) {
        return em.createNamedQuery(ContactEmail.COUNT_BOUNCED, Long.class).setParameter("account", accountId)
                .getSingleResult() > 0;
    }
}
