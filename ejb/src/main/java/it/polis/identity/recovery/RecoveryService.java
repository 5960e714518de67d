package it.polis.identity.recovery;

import it.polis.identity.Account;
import it.polis.identity.AccountState;
import it.polis.identity.Argon2idPasswordHash;
import it.polis.identity.Citizen;
import it.polis.identity.cf.CodiceFiscale;
import it.polis.identity.contact.ContactDirectory;
import it.polis.platform.PortalClock;
import it.polis.platform.PortalSettings;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.mail.Outbox;
import it.polis.platform.mail.OutgoingMail;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Credentials recovery for people who cannot sign in: "forgot user name" (codice fiscale) and
 * "forgot password" (user name + codice fiscale). The caller never learns whether anything matched:
 * every request returns the same way after the same work (one Argon2id hash), and the mail, if any,
 * goes to the account's own verified addresses. Requests are limited per client address and per
 * account; a limited request is simply not served. Every request is audited, the codice fiscale only
 * in masked form.
 */
@Stateless
@PermitAll
public class RecoveryService {

    /** States whose owner may ask for a temporary password (the same that may sign in). */
    private static final Set<AccountState> MAY_RESET =
            EnumSet.of(AccountState.ACTIVE, AccountState.REGISTERED, AccountState.EMAIL_CONFIRMED);
    /** States whose owner may be reminded of the user name (an expired registration has no live CF). */
    private static final Set<AccountState> MAY_REMIND =
            EnumSet.of(AccountState.ACTIVE, AccountState.REGISTERED, AccountState.EMAIL_CONFIRMED,
                    AccountState.SUSPENDED);
    static final String ANONYMOUS = "anonymous";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalClock clock;

    @Inject
    private PortalSettings settings;

    @Inject
    private RecoverySettings recovery;

    @EJB
    private ContactDirectory contacts;

    @Inject
    private Argon2idPasswordHash hasher;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    private String pacingHash;

    @PostConstruct
    void init() {
        pacingHash = hasher.dummyHash();
    }

    /** "Forgot user name": the user name is mailed to the verified addresses of the CF's account, if any. */
    public void forgotUsername(String codiceFiscale, String clientAddr) {
        Instant now = clock.now();
        String cf = normalizedCf(codiceFiscale);
        Citizen citizen = cf == null ? null : em.createNamedQuery(Citizen.BY_ACTIVE_CF, Citizen.class)
                .setParameter("cf", cf).getResultStream().findFirst().orElse(null);
        Account account = citizen == null || !MAY_REMIND.contains(citizen.getAccount().getState()) ? null
                : citizen.getAccount();
        // The same hash whether or not the CF is known, so the answer takes as long either way.
        pace();
        RecoveryRequest.Outcome outcome = account == null ? RecoveryRequest.Outcome.NO_MATCH
                : limited(account, clientAddr, now) ? RecoveryRequest.Outcome.LIMITED : RecoveryRequest.Outcome.SENT;
        if (account == null && limitedAddress(clientAddr, now)) {
            outcome = RecoveryRequest.Outcome.LIMITED;
        }
        List<String> to = List.of();
        if (outcome == RecoveryRequest.Outcome.SENT) {
            to = recipients(account);
            for (String address : to) {
                outbox.queue(OutgoingMail.template("username-reminder").to(address, account.getLocale())
                        .param("name", citizen.getFullName())
                        .param("username", account.getUsername())
                        .param("requestedAt", now)
                        .param("loginLink", settings.publicUrl() + "/login.xhtml")
                        .param("passwordLink", settings.publicUrl() + "/recover/password.xhtml")
                        .about("account", account.getId()));
            }
        }
        em.persist(new RecoveryRequest(RecoveryRequest.Kind.USERNAME, account == null ? null : account.getId(),
                clientAddr, now, outcome));
        audit.record(ANONYMOUS, "USERNAME_RECOVERY_" + outcome.name(), "account",
                account == null ? null : String.valueOf(account.getId()),
                "CF " + mask(cf == null ? codiceFiscale : cf)
                        + (outcome == RecoveryRequest.Outcome.SENT ? ", sent to " + to.size() + " address(es)" : ""),
                clientAddr);
    }

    /**
     * "Forgot password": when user name and CF belong to the same citizen account, a new temporary
     * password (replacing any earlier one) is mailed, with a separate notice that a reset was asked.
     * The current password keeps working until the temporary one is used.
     */
    public void forgotPassword(String username, String codiceFiscale, String clientAddr) {
        Instant now = clock.now();
        String name = username == null ? "" : username.trim();
        String cf = normalizedCf(codiceFiscale);
        Citizen citizen = name.isEmpty() ? null : em.createNamedQuery(Citizen.BY_USERNAME, Citizen.class)
                .setParameter("username", name).getResultStream().findFirst().orElse(null);
        Account named = citizen == null ? null : citizen.getAccount();
        boolean matches = citizen != null && cf != null && cf.equals(citizen.getCodiceFiscale())
                && MAY_RESET.contains(named.getState());
        RecoveryRequest.Outcome outcome;
        if (!matches) {
            outcome = limitedAddress(clientAddr, now) ? RecoveryRequest.Outcome.LIMITED
                    : RecoveryRequest.Outcome.NO_MATCH;
        } else {
            outcome = limited(named, clientAddr, now) ? RecoveryRequest.Outcome.LIMITED : RecoveryRequest.Outcome.SENT;
        }
        String detail = "user name " + abbreviate(name) + ", CF " + mask(cf == null ? codiceFiscale : cf);
        if (outcome == RecoveryRequest.Outcome.SENT) {
            em.lock(named, LockModeType.PESSIMISTIC_WRITE);
            String temporary = TemporaryPasswords.generate();
            // The one hash of this request (a miss pays for a dummy one instead).
            String hash = hasher.generate(TemporaryPasswords.normalize(temporary));
            Instant expires = TemporaryPasswords.expiry(now, recovery.temporaryPasswordValidity());
            TemporaryPassword row = em.find(TemporaryPassword.class, named.getId());
            if (row == null) {
                row = new TemporaryPassword(named.getId());
                row.replace(hash, now, expires);
                em.persist(row);
            } else {
                row.replace(hash, now, expires);
            }
            List<String> to = recipients(named);
            for (String address : to) {
                outbox.queue(OutgoingMail.template("password-temporary").to(address, named.getLocale())
                        .param("name", citizen.getFullName())
                        .param("username", named.getUsername())
                        .param("temporaryPassword", temporary)
                        .param("expiresAt", expires)
                        .param("loginLink", settings.publicUrl() + "/login.xhtml")
                        .about("account", named.getId()));
                outbox.queue(OutgoingMail.template("password-reset-requested").to(address, named.getLocale())
                        .param("name", citizen.getFullName())
                        .param("username", named.getUsername())
                        .param("requestedAt", now)
                        .param("loginLink", settings.publicUrl() + "/login.xhtml")
                        .about("account", named.getId()));
            }
            detail += ", temporary password valid until " + expires + ", sent to " + to.size() + " address(es)";
        } else {
            pace();
        }
        em.persist(new RecoveryRequest(RecoveryRequest.Kind.PASSWORD, named == null ? null : named.getId(),
                clientAddr, now, outcome));
        // A wrong CF for an existing user name is recorded on that account: its owner sees the attempt.
        audit.record(ANONYMOUS, "PASSWORD_RECOVERY_" + outcome.name(), "account",
                named == null ? null : String.valueOf(named.getId()), detail, clientAddr);
    }

    /**
     * Where recovery mail goes: every verified address of the account (primary first). Unconfirmed and
     * bounced addresses never receive a user name or a temporary password.
     */
    private List<String> recipients(Account account) {
        return contacts.verifiedEmails(account.getId());
    }

    private boolean limited(Account account, String clientAddr, Instant now) {
        if (limitedAddress(clientAddr, now)) {
            return true;
        }
        long recent = em.createNamedQuery(RecoveryRequest.COUNT_SENT_BY_ACCOUNT_SINCE, Long.class)
                .setParameter("account", account.getId()).setParameter("outcome", RecoveryRequest.Outcome.SENT)
                .setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
        return recent >= recovery.perAccountPerHour();
    }

    private boolean limitedAddress(String clientAddr, Instant now) {
        if (clientAddr == null) {
            return false;
        }
        long recent = em.createNamedQuery(RecoveryRequest.COUNT_BY_ADDRESS_SINCE, Long.class)
                .setParameter("addr", clientAddr).setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        return recent >= recovery.perAddressPerHour();
    }

    private void pace() {
        hasher.verify("pacing".toCharArray(), pacingHash);
    }

    private static String normalizedCf(String raw) {
        return raw != null && CodiceFiscale.isValid(raw) ? CodiceFiscale.parse(raw).value() : null;
    }

    /** The codice fiscale as the audit keeps it: first three and last two characters only. */
    static String mask(String cf) {
        if (cf == null || cf.isBlank()) {
            return "(none)";
        }
        String s = cf.trim().toUpperCase(Locale.ROOT);
        if (s.length() <= 5) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(Math.min(s.length(), 16) - 5) + s.substring(s.length() - 2);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80);
    }
}
