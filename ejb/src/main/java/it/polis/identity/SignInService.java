package it.polis.identity;

import it.polis.platform.audit.AuditLog;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks user name + password. Unknown user names cost the same hash as known ones, and every
 * refusal looks the same to the caller. Bean-managed concurrency: hashing runs in parallel.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class SignInService {

    /** States that may sign in; the others (suspended, expired, ...) are refused like a wrong password. */
    private static final Set<AccountState> MAY_SIGN_IN = EnumSet.of(AccountState.ACTIVE);

    public record SignedIn(String username, Set<String> roles) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Argon2idPasswordHash hasher;

    @Inject
    private AuditLog audit;

    private String dummyHash;

    @PostConstruct
    void init() {
        dummyHash = hasher.dummyHash();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<SignedIn> check(String username, char[] password, String clientAddr) {
        String name = username == null ? "" : username.trim();
        Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", name).getResultStream().findFirst().orElse(null);
        boolean matches = hasher.verify(password,
                account == null || account.getPasswordHash() == null ? dummyHash : account.getPasswordHash());
        if (account == null || !matches || !MAY_SIGN_IN.contains(account.getState())) {
            if (account != null) {
                audit.record(account.getUsername(), "SIGN_IN_REFUSED", "account", String.valueOf(account.getId()),
                        matches ? "state " + account.getState() : "wrong password", clientAddr);
            }
            return Optional.empty();
        }
        audit.record(account.getUsername(), "SIGN_IN", "account", String.valueOf(account.getId()), null, clientAddr);
        return Optional.of(new SignedIn(account.getUsername(), Set.copyOf(account.getRoles())));
    }
}
