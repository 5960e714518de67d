package it.polis.identity;

import it.polis.identity.recovery.TemporaryPassword;
import it.polis.identity.recovery.TemporaryPasswords;
import it.polis.platform.PortalClock;
import it.polis.platform.PortalSettings;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.mail.Outbox;
import it.polis.platform.mail.OutgoingMail;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks user name + password. Unknown user names cost the same hash as known ones, locked and
 * suspended accounts get the same refusal as a wrong password, and repeated failures lock the
 * account and the client address for growing waits (the owner is told by email).
 * Bean-managed concurrency: hashing runs in parallel.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class SignInService {

    /** States that may sign in. Pending citizens reach only their status page (role CITIZEN_PENDING). */
    private static final Set<AccountState> MAY_SIGN_IN =
            EnumSet.of(AccountState.ACTIVE, AccountState.REGISTERED, AccountState.EMAIL_CONFIRMED);

    /** A successful sign-in; {@code mustChangePassword}: with a temporary password, a new one comes first. */
    public record SignedIn(String username, Set<String> roles, boolean mustChangePassword) {

        public SignedIn(String username, Set<String> roles) {
            this(username, roles, false);
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Argon2idPasswordHash hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private PortalClock clock;

    @Inject
    private LockoutPolicy lockout;

    @Inject
    private PortalSettings settings;

    @Inject
    private Outbox outbox;

    @Resource
    private SessionContext context;

    private String dummyHash;

    @PostConstruct
    void init() {
        dummyHash = hasher.dummyHash();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<SignedIn> check(String username, char[] password, String clientAddr) {
        Instant now = clock.now();
        String name = username == null ? "" : username.trim();
        Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", name).getResultStream().findFirst().orElse(null);
        // Always pay for one hash, whatever happens next: timing must not tell accounts apart.
        boolean matchesPassword = hasher.verify(password,
                account == null || account.getPasswordHash() == null ? dummyHash : account.getPasswordHash());
        // Not the password: a second hash on every such attempt, against the temporary password from
        // "forgot password" when one is pending, else against the dummy, so timing tells nothing either.
        TemporaryPassword temporary = null;
        boolean matchesTemporary = false;
        if (!matchesPassword) {
            temporary = account == null ? null : em.find(TemporaryPassword.class, account.getId());
            boolean usable = temporary != null && temporary.isUsable(now);
            matchesTemporary = hasher.verify(TemporaryPasswords.normalize(password),
                    usable ? temporary.getPasswordHash() : dummyHash) && usable;
        }
        boolean matches = matchesPassword || matchesTemporary;
        SignInThrottle throttle = clientAddr == null ? null : em.find(SignInThrottle.class, clientAddr);
        boolean addressLocked = throttle != null && LockoutPolicy.isLocked(throttle.getLockedUntil(), now);
        if (account == null) {
            recordAddressFailure(throttle, clientAddr, now);
            return Optional.empty();
        }
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        if (matchesTemporary) {
            // A new request may have replaced the temporary password while this one was being hashed.
            String checkedHash = temporary.getPasswordHash();
            em.refresh(temporary);
            if (!checkedHash.equals(temporary.getPasswordHash()) || !temporary.isUsable(now)) {
                matchesTemporary = false;
                matches = false;
            }
        }
        boolean accountLocked = LockoutPolicy.isLocked(account.getLockedUntil(), now);
        if (accountLocked || addressLocked) {
            audit.record(account.getUsername(), "SIGN_IN_REFUSED", "account", String.valueOf(account.getId()),
                    accountLocked ? "account locked" : "address locked", clientAddr);
            return Optional.empty();
        }
        if (!matches || !MAY_SIGN_IN.contains(account.getState())) {
            if (!matches) {
                recordAccountFailure(account, now, clientAddr);
                recordAddressFailure(throttle, clientAddr, now);
            }
            audit.record(account.getUsername(), "SIGN_IN_REFUSED", "account", String.valueOf(account.getId()),
                    matches ? "state " + account.getState() : "wrong password", clientAddr);
            return Optional.empty();
        }
        account.resetFailedSignIns();
        if (matchesTemporary) {
            // The temporary password is used up, and the old password stops working with it.
            temporary.markUsed(now);
            account.setPasswordHash(null);
            audit.record(account.getUsername(), "SIGN_IN_TEMPORARY_PASSWORD", "account",
                    String.valueOf(account.getId()), "new password required", clientAddr);
        } else {
            discardPendingTemporaryPassword(account, clientAddr);
            audit.record(account.getUsername(), "SIGN_IN", "account", String.valueOf(account.getId()), null, clientAddr);
        }
        Set<String> roles = account.getState() == AccountState.ACTIVE ? Set.copyOf(account.getRoles())
                : Set.of(Role.CITIZEN_PENDING);
        return Optional.of(new SignedIn(account.getUsername(), roles, matchesTemporary));
    }

    /**
     * The roles a signed-in caller holds now, or empty when the account may no longer be signed in
     * (suspended, disabled, expired, gone). Open sessions ask again every little while, so a
     * suspension, a regenerated personal code or a change of roles reaches them without a new sign-in.
     */
    public Optional<Set<String>> currentRoles(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst()
                .filter(a -> MAY_SIGN_IN.contains(a.getState()))
                .map(a -> a.getState() == AccountState.ACTIVE ? Set.copyOf(a.getRoles()) : Set.of(Role.CITIZEN_PENDING));
    }

    /** Signing in with the old password means the person remembered it: a pending temporary one goes. */
    private void discardPendingTemporaryPassword(Account account, String clientAddr) {
        if (account.getKind() != AccountKind.CITIZEN) {
            return;
        }
        TemporaryPassword pending = em.find(TemporaryPassword.class, account.getId());
        if (pending != null && !pending.isAwaitingChange()) {
            em.remove(pending);
            audit.record(account.getUsername(), "TEMPORARY_PASSWORD_DISCARDED", "account",
                    String.valueOf(account.getId()), "signed in with the current password", clientAddr);
        }
    }

    private void recordAccountFailure(Account account, Instant now, String clientAddr) {
        int failures = lockout.failuresAfter(account.getFailedSignIns(), account.getLastFailedAt(), now);
        Instant until = lockout.lockedUntil(failures, settings.lockoutFailures(), now);
        boolean newlyLocked = until != null && !LockoutPolicy.isLocked(account.getLockedUntil(), now);
        account.recordFailedSignIn(failures, now, until);
        if (newlyLocked) {
            audit.record(account.getUsername(), "ACCOUNT_LOCKED", "account", String.valueOf(account.getId()),
                    failures + " failures, until " + until, clientAddr);
            if (account.getEmail() != null) {
                outbox.queue(OutgoingMail.template("lockout").to(account.getEmail(), account.getLocale())
                        .param("name", account.getDisplayName()).param("username", account.getUsername())
                        .param("until", until)
                        .param("resetLink", settings.publicUrl() + "/login.xhtml")
                        .about("account", account.getId())
                        .dedupKey("lockout:" + account.getId() + ":" + until.getEpochSecond()));
            }
        }
    }

    private void recordAddressFailure(SignInThrottle known, String clientAddr, Instant now) {
        if (clientAddr == null) {
            return;
        }
        SignInThrottle throttle = known;
        if (throttle == null) {
            try {
                context.getBusinessObject(SignInService.class).ensureThrottleRow(clientAddr);
            } catch (RuntimeException raced) {
                // Another failure from the same address created it first.
            }
            throttle = em.find(SignInThrottle.class, clientAddr);
            if (throttle == null) {
                return;
            }
        }
        int failures = lockout.failuresAfter(throttle.getFailures(), throttle.getLastFailedAt(), now);
        throttle.recordFailure(now, failures, lockout.lockedUntil(failures, settings.lockoutAddressFailures(), now));
    }

    /** Creates the per-address row lazily (first failure) in its own small transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureThrottleRow(String clientAddr) {
        if (em.find(SignInThrottle.class, clientAddr) == null) {
            em.persist(new SignInThrottle(clientAddr));
        }
    }

    /**
     * Finishes a sign-in whose password the staff directory (LDAP) checked, for the portal account
     * linked to the directory entry by codice fiscale: the same lock-out, throttling, state rules and
     * audit as {@link #check}. No linked account, or a citizen's CF, is refused like a wrong password.
     *
     * @param codiceFiscale the directory entry's CF (null when it has none)
     * @param passwordAccepted whether the directory accepted the password
     * @param directoryName the name typed at sign-in, for the audit trail
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<SignedIn> checkDirectory(String codiceFiscale, boolean passwordAccepted, String directoryName,
                                             String clientAddr) {
        Instant now = clock.now();
        Account account = codiceFiscale == null ? null : em.createNamedQuery(Account.STAFF_BY_CF, Account.class)
                .setParameter("cf", codiceFiscale).getResultStream().findFirst().orElse(null);
        SignInThrottle throttle = clientAddr == null ? null : em.find(SignInThrottle.class, clientAddr);
        boolean addressLocked = throttle != null && LockoutPolicy.isLocked(throttle.getLockedUntil(), now);
        if (account == null) {
            if (!passwordAccepted) {
                recordAddressFailure(throttle, clientAddr, now);
            }
            audit.record(directoryName, "SIGN_IN_REFUSED", "directory", directoryName,
                    passwordAccepted ? "no portal account linked to the directory entry" : "wrong directory password",
                    clientAddr);
            return Optional.empty();
        }
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        boolean accountLocked = LockoutPolicy.isLocked(account.getLockedUntil(), now);
        if (accountLocked || addressLocked) {
            audit.record(account.getUsername(), "SIGN_IN_REFUSED", "account", String.valueOf(account.getId()),
                    (accountLocked ? "account locked" : "address locked") + ", staff directory", clientAddr);
            return Optional.empty();
        }
        if (!passwordAccepted || account.getState() != AccountState.ACTIVE) {
            if (!passwordAccepted) {
                recordAccountFailure(account, now, clientAddr);
                recordAddressFailure(throttle, clientAddr, now);
            }
            audit.record(account.getUsername(), "SIGN_IN_REFUSED", "account", String.valueOf(account.getId()),
                    (passwordAccepted ? "state " + account.getState() : "wrong directory password")
                            + ", staff directory", clientAddr);
            return Optional.empty();
        }
        account.resetFailedSignIns();
        audit.record(account.getUsername(), "SIGN_IN", "account", String.valueOf(account.getId()),
                "staff directory " + directoryName, clientAddr);
        return Optional.of(new SignedIn(account.getUsername(), Set.copyOf(account.getRoles())));
    }
}
