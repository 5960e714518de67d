package it.polis.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Looks up accounts; the caller decides what of them to show. */
@Stateless
@PermitAll
public class AccountDirectory {

    @PersistenceContext
    private EntityManager em;

    public Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }
}
