package it.polis.identity.contact;

import it.polis.identity.Account;
import it.polis.identity.AccountState;
import it.polis.platform.PortalClock;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The email rows of an account kept in step with {@code account.email}, which stays the address every
 * other service mails: accounts created after the contacts migration get their primary row when first
 * touched, and a primary address changed elsewhere is taken over as the new primary row.
 */
@Dependent
class ContactEmails {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalClock clock;

    /** The account's rows, primary first, created or re-aligned with {@code account.email} when needed. */
    List<ContactEmail> of(Account account) {
        List<ContactEmail> rows = new ArrayList<>(em.createNamedQuery(ContactEmail.OF_ACCOUNT, ContactEmail.class)
                .setParameter("account", account.getId()).getResultList());
        String email = account.getEmail();
        if (email == null || email.isBlank()) {
            return rows;
        }
        String lc = ContactEmail.normalize(email);
        ContactEmail primary = rows.stream().filter(ContactEmail::isPrimary).findFirst().orElse(null);
        if (primary != null && primary.getAddressLc().equals(lc)) {
            return rows;
        }
        if (primary != null) {
            primary.setPrimary(false);
        }
        ContactEmail same = rows.stream().filter(e -> e.getAddressLc().equals(lc)).findFirst().orElse(null);
        if (same != null) {
            same.setPrimary(true);
            same.setPromoteOnConfirm(false);
            if (same.getStatus() == EmailStatus.PENDING && account.getState() != AccountState.REGISTERED) {
                same.verify(clock.now());
            }
        } else {
            same = new ContactEmail(account.getId(), email.trim(), true,
                    account.getState() == AccountState.REGISTERED ? EmailStatus.PENDING : EmailStatus.VERIFIED,
                    clock.now());
            em.persist(same);
            rows.add(same);
        }
        em.flush();
        rows.sort((a, b) -> Boolean.compare(b.isPrimary(), a.isPrimary()));
        return rows;
    }
}
