package it.polis.identity.recovery;

import it.polis.identity.Account;
import it.polis.identity.Argon2idPasswordHash;
import it.polis.identity.Citizen;
import it.polis.identity.PasswordRules;
import it.polis.identity.Role;
import it.polis.platform.PortalClock;
import it.polis.platform.PortalSettings;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.mail.Outbox;
import it.polis.platform.mail.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Password changes of the signed-in citizen: the ordinary change (current password, then the new
 * one) and the change forced after signing in with a temporary password. Both follow the password
 * rules, are audited and tell the owner by email. Always acts on the caller's own account.
 */
@Stateless
@RolesAllowed({Role.CITIZEN, Role.CITIZEN_PENDING})
public class PasswordService {

    /**
     * Session attribute (Boolean) set at sign-in: TRUE after a sign-in with a temporary password, until
     * the new password is saved. The web filter sends such sessions to the password-change page.
     */
    public static final String MUST_CHANGE_ATTRIBUTE = "polis.mustChangePassword";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private Argon2idPasswordHash hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private PortalClock clock;

    @Inject
    private PortalSettings settings;

    @Inject
    private Outbox outbox;

    /**
     * Whether this user signed in with a temporary password and has not chosen a new one yet. Open
     * to all callers, like the first-access check, because the web filter asks it for the web caller.
     */
    @PermitAll
    public boolean mustChangePassword(String username) {
        return em.createNamedQuery(Citizen.BY_USERNAME, Citizen.class).setParameter("username", username)
                .getResultStream().findFirst()
                .map(c -> em.find(TemporaryPassword.class, c.getAccountId()))
                .map(TemporaryPassword::isAwaitingChange).orElse(false);
    }

    /**
     * Ordinary change from the service functions.
     *
     * @throws PasswordChangeRejected wrong current password, new password breaking a rule or equal to the current one
     */
    public void change(String current, String newPassword, String clientAddr) {
        Citizen c = me();
        Account account = c.getAccount();
        if (current == null || account.getPasswordHash() == null
                || !hasher.verify(current.toCharArray(), account.getPasswordHash())) {
            audit.record(account.getUsername(), "PASSWORD_CHANGE_REFUSED", "account", String.valueOf(account.getId()),
                    "wrong current password", clientAddr);
            throw new PasswordChangeRejected("change.current.wrong");
        }
        checkRules(c, newPassword);
        if (newPassword.equals(current)) {
            throw new PasswordChangeRejected("change.new.same");
        }
        save(c, newPassword, "changed by the owner", clientAddr);
    }

    /**
     * The change forced after a sign-in with a temporary password (no current password: the
     * temporary one was used up by the sign-in that opened this session).
     *
     * @throws PasswordChangeRejected nothing to change, or a rule broken
     */
    public void completeForcedChange(String newPassword, String clientAddr) {
        Citizen c = me();
        TemporaryPassword temporary = em.find(TemporaryPassword.class, c.getAccountId(), LockModeType.PESSIMISTIC_WRITE);
        if (temporary == null || !temporary.isAwaitingChange()) {
            throw new PasswordChangeRejected("forced.nothingToChange");
        }
        checkRules(c, newPassword);
        if (hasher.verify(TemporaryPasswords.normalize(newPassword), temporary.getPasswordHash())) {
            throw new PasswordChangeRejected("change.new.temporary");
        }
        save(c, newPassword, "new password after a temporary one", clientAddr);
    }

    private void checkRules(Citizen c, String newPassword) {
        String rule = PasswordRules.problem(newPassword, c.getCodiceFiscale(), c.getFamilyName());
        if (rule != null) {
            throw new PasswordChangeRejected(rule);
        }
        Account account = c.getAccount();
        if (newPassword.toLowerCase(java.util.Locale.ROOT).contains(account.getUsername().toLowerCase(java.util.Locale.ROOT))) {
            throw new PasswordChangeRejected("change.new.username");
        }
    }

    private void save(Citizen c, String newPassword, String how, String clientAddr) {
        Account account = c.getAccount();
        Instant now = clock.now();
        account.setPasswordHash(hasher.generate(newPassword.toCharArray()));
        // Any temporary password, used or pending, is over once the owner has chosen a password.
        TemporaryPassword temporary = em.find(TemporaryPassword.class, account.getId());
        if (temporary != null) {
            em.remove(temporary);
        }
        audit.record(account.getUsername(), "PASSWORD_CHANGED", "account", String.valueOf(account.getId()), how,
                clientAddr);
        if (account.getEmail() != null) {
            outbox.queue(OutgoingMail.template("password-changed").to(account.getEmail(), account.getLocale())
                    .param("name", c.getFullName())
                    .param("username", account.getUsername())
                    .param("changedAt", now)
                    .param("resetLink", settings.publicUrl() + "/recover/password.xhtml")
                    .about("account", account.getId()));
        }
    }

    private Citizen me() {
        String name = caller.getCallerPrincipal().getName();
        Citizen c = em.createNamedQuery(Citizen.BY_USERNAME, Citizen.class).setParameter("username", name)
                .getResultStream().findFirst()
                .orElseThrow(() -> new PasswordChangeRejected("change.notCitizen"));
        em.lock(c.getAccount(), LockModeType.PESSIMISTIC_WRITE);
        return c;
    }
}
