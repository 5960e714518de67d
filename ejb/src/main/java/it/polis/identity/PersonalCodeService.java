package it.polis.identity;

import it.polis.identity.cf.CodiceFiscale;
import it.polis.platform.PortalClock;
import it.polis.platform.PortalSettings;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.mail.Outbox;
import it.polis.platform.mail.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/**
 * Service functions on the personal code (CP) of the signed-in citizen: recover it through the
 * security question, change it, regenerate it (back to identification at a school), and change
 * the security question. Always acts on the caller's own account, which must be ACTIVE; every
 * attempt is audited and every change is notified by email.
 */
@Stateless
@RolesAllowed(Role.CITIZEN)
public class PersonalCodeService {

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
    private PortalSettings portalSettings;

    @Inject
    private PersonalCodeSettings settings;

    @Inject
    private Outbox outbox;

    // ---- recover -------------------------------------------------------------------------------

    /** When the recovery is blocked, until when; empty when it may be tried. */
    public Optional<Instant> recoveryBlockedUntil() {
        Citizen c = active(false);
        PersonalCodeRecovery guard = em.find(PersonalCodeRecovery.class, c.getAccountId());
        Instant now = clock.now();
        return guard != null && guard.isBlocked(now) ? Optional.of(guard.getBlockedUntil()) : Optional.empty();
    }

    /** Step 1: the codice fiscale of the account; answers the security question when it matches. */
    public RecoveryStep recoveryQuestion(String cf, String clientAddr) {
        Citizen c = active(false);
        Instant now = clock.now();
        PersonalCodeRecovery guard = em.find(PersonalCodeRecovery.class, c.getAccountId());
        String id = String.valueOf(c.getAccountId());
        if (guard != null && guard.isBlocked(now)) {
            audit.record(name(), "CP_RECOVER_REFUSED", "account", id, "blocked until " + guard.getBlockedUntil(),
                    clientAddr);
            return new RecoveryStep(RecoveryStep.Outcome.BLOCKED, null, 0, guard.getBlockedUntil());
        }
        if (!sameCf(cf, c)) {
            audit.record(name(), "CP_RECOVER_WRONG_CF", "account", id, null, clientAddr);
            return RecoveryStep.of(RecoveryStep.Outcome.CF_MISMATCH);
        }
        if (c.getSecurityAnswerHash() == null) {
            return RecoveryStep.of(RecoveryStep.Outcome.NO_QUESTION);
        }
        audit.record(name(), "CP_RECOVER_STARTED", "account", id, null, clientAddr);
        int left = guard == null ? settings.recoverMaxAttempts()
                : guard.attemptsLeft(now, settings.recoverMaxAttempts(), settings.recoverBlock());
        return new RecoveryStep(RecoveryStep.Outcome.QUESTION, c.getSecurityQuestion(), left, null);
    }

    /**
     * Step 2: the answer (case-sensitive). Right: a new temporary personal code is emailed and must
     * be replaced at once. Wrong: counted; the last allowed failure blocks the recovery and tells
     * the owner by email.
     */
    public RecoveryStep recover(String cf, String answer, String clientAddr) {
        Citizen c = active(true);
        Instant now = clock.now();
        String id = String.valueOf(c.getAccountId());
        PersonalCodeRecovery guard = em.find(PersonalCodeRecovery.class, c.getAccountId());
        if (guard != null && guard.isBlocked(now)) {
            audit.record(name(), "CP_RECOVER_REFUSED", "account", id, "blocked until " + guard.getBlockedUntil(),
                    clientAddr);
            return new RecoveryStep(RecoveryStep.Outcome.BLOCKED, null, 0, guard.getBlockedUntil());
        }
        if (!sameCf(cf, c)) {
            audit.record(name(), "CP_RECOVER_WRONG_CF", "account", id, null, clientAddr);
            return RecoveryStep.of(RecoveryStep.Outcome.CF_MISMATCH);
        }
        if (c.getSecurityAnswerHash() == null) {
            return RecoveryStep.of(RecoveryStep.Outcome.NO_QUESTION);
        }
        // Case-sensitive, trimmed exactly as when it was set.
        boolean right = answer != null && !answer.isBlank()
                && hasher.verify(answer.trim().toCharArray(), c.getSecurityAnswerHash());
        Account account = c.getAccount();
        if (!right) {
            if (guard == null) {
                guard = new PersonalCodeRecovery(c.getAccountId());
                em.persist(guard);
            }
            boolean blocked = guard.fail(now, settings.recoverMaxAttempts(), settings.recoverBlock());
            if (blocked) {
                audit.record(name(), "CP_RECOVER_BLOCKED", "account", id, "wrong answer, blocked until "
                        + guard.getBlockedUntil(), clientAddr);
                outbox.queue(OutgoingMail.template("cp-recover-blocked").to(account.getEmail(), account.getLocale())
                        .param("name", c.getFullName()).param("until", guard.getBlockedUntil())
                        .param("attempts", settings.recoverMaxAttempts())
                        .about("account", account.getId())
                        .dedupKey("cp-recover-blocked:" + account.getId() + ":" + guard.getBlockedUntil().getEpochSecond()));
                return new RecoveryStep(RecoveryStep.Outcome.BLOCKED, null, 0, guard.getBlockedUntil());
            }
            int left = guard.attemptsLeft(now, settings.recoverMaxAttempts(), settings.recoverBlock());
            audit.record(name(), "CP_RECOVER_WRONG_ANSWER", "account", id, left + " attempts left", clientAddr);
            return new RecoveryStep(RecoveryStep.Outcome.WRONG_ANSWER, c.getSecurityQuestion(), left, null);
        }
        if (guard != null) {
            guard.reset();
        }
        String code = Tokens.newCode(RegistrationService.TEMPORARY_CODE_LENGTH);
        c.setPersonalCode(hasher.generate(code.toCharArray()), true);
        outbox.queue(OutgoingMail.template("cp-recovered").to(account.getEmail(), account.getLocale())
                .param("name", c.getFullName()).param("personalCode", code)
                .param("loginLink", portalSettings.publicUrl() + "/login.xhtml")
                .about("account", account.getId()));
        audit.record(name(), "CP_RECOVERED", "account", id, "new temporary personal code emailed", clientAddr);
        return RecoveryStep.of(RecoveryStep.Outcome.SENT);
    }

    // ---- change --------------------------------------------------------------------------------

    /**
     * A new personal code (the page asks it twice) in place of the current one.
     *
     * @throws CredentialChangeRefused wrong current code or a rule broken (nothing changed)
     */
    public void change(String currentCode, String newCode, String clientAddr) {
        Citizen c = active(true);
        Account account = c.getAccount();
        String id = String.valueOf(c.getAccountId());
        if (!currentCodeMatches(c, currentCode)) {
            refuse("CP_CHANGE_REFUSED", id, "wrong current personal code", clientAddr, "svc.cp.current.wrong");
        }
        String rule = PersonalCodeRules.problem(newCode, account.getUsername());
        if (rule == null && hasher.verify(newCode.toCharArray(), account.getPasswordHash())) {
            rule = "cp.rule.notPassword";
        }
        if (rule == null && newCode.equals(currentCode.trim())) {
            rule = "svc.cp.rule.notCurrent";
        }
        if (rule != null) {
            refuse("CP_CHANGE_REFUSED", id, rule, clientAddr, rule);
        }
        c.setPersonalCode(hasher.generate(newCode.toCharArray()), false);
        Instant now = clock.now();
        outbox.queue(OutgoingMail.template("cp-changed").to(account.getEmail(), account.getLocale())
                .param("name", c.getFullName()).param("changedAt", now)
                .about("account", account.getId()));
        audit.record(name(), "CP_CHANGED", "account", id, null, clientAddr);
    }

    // ---- regenerate ----------------------------------------------------------------------------

    /**
     * Regenerates the personal code: a new temporary one by email, and the account goes back to
     * "to be identified" (EMAIL_CONFIRMED, role CITIZEN_PENDING, security question cleared, a new
     * identification deadline). Earlier identifications stay as history. The caller must sign out.
     *
     * @param understood the person ticked "I understand"
     * @throws CredentialChangeRefused not confirmed or wrong password (nothing changed)
     */
    public void regenerate(boolean understood, String password, String clientAddr) {
        Citizen c = active(true);
        Account account = c.getAccount();
        String id = String.valueOf(c.getAccountId());
        if (!understood) {
            refuse("CP_REGENERATE_REFUSED", id, "not confirmed", clientAddr, "svc.regenerate.confirm.required");
        }
        if (password == null || password.isEmpty()
                || !hasher.verify(password.toCharArray(), account.getPasswordHash())) {
            refuse("CP_REGENERATE_REFUSED", id, "wrong password", clientAddr, "svc.regenerate.password.wrong");
        }
        Instant now = clock.now();
        Instant deadline = now.plus(portalSettings.registrationValidity());
        String code = Tokens.newCode(RegistrationService.TEMPORARY_CODE_LENGTH);
        c.setPersonalCode(hasher.generate(code.toCharArray()), true);
        c.setSecurityQuestion(null, null);
        c.setIdentifiedAt(null);
        c.setRegistrationExpiresAt(deadline);
        account.setState(AccountState.EMAIL_CONFIRMED);
        account.getRoles().remove(Role.CITIZEN);
        account.getRoles().add(Role.CITIZEN_PENDING);
        PersonalCodeRecovery guard = em.find(PersonalCodeRecovery.class, c.getAccountId());
        if (guard != null) {
            guard.reset();
        }
        outbox.queue(OutgoingMail.template("cp-regenerated").to(account.getEmail(), account.getLocale())
                .param("name", c.getFullName()).param("personalCode", code)
                .param("registrationNumber", c.getRegistrationNumber())
                .param("expiresAt", deadline.atZone(PortalClock.ROME).toLocalDate())
                .param("loginLink", portalSettings.publicUrl() + "/login.xhtml")
                .about("account", account.getId()));
        audit.record(name(), "CP_REGENERATED", "account", id,
                "back to EMAIL_CONFIRMED, identification due by " + deadline, clientAddr);
    }

    // ---- security question ---------------------------------------------------------------------

    /**
     * A new security question and answer (the page asks the answer twice), proven with the current
     * personal code.
     *
     * @throws CredentialChangeRefused wrong personal code, missing question, short answer
     */
    public void changeSecurityQuestion(String currentCode, String question, String answer, String clientAddr) {
        Citizen c = active(true);
        Account account = c.getAccount();
        String id = String.valueOf(c.getAccountId());
        if (!currentCodeMatches(c, currentCode)) {
            refuse("SECURITY_QUESTION_CHANGE_REFUSED", id, "wrong personal code", clientAddr,
                    "svc.cp.current.wrong");
        }
        String problem = questionProblem(question, answer);
        if (problem != null) {
            refuse("SECURITY_QUESTION_CHANGE_REFUSED", id, problem, clientAddr, problem);
        }
        c.setSecurityQuestion(question.trim(), hasher.generate(answer.trim().toCharArray()));
        outbox.queue(OutgoingMail.template("security-question-changed").to(account.getEmail(), account.getLocale())
                .param("name", c.getFullName()).param("changedAt", clock.now())
                .about("account", account.getId()));
        audit.record(name(), "SECURITY_QUESTION_CHANGED", "account", id, null, clientAddr);
    }

    /** A message key when the question or the answer is not acceptable, else null. */
    static String questionProblem(String question, String answer) {
        if (question == null || question.isBlank() || question.trim().length() > FirstAccessService.MAX_QUESTION) {
            return "cp.question.required";
        }
        if (answer == null || answer.trim().length() < FirstAccessService.MIN_ANSWER
                || answer.trim().length() > FirstAccessService.MAX_QUESTION) {
            return "cp.answer.tooShort";
        }
        return null;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void refuse(String action, String id, String detail, String clientAddr, String messageKey) {
        audit.record(name(), action, "account", id, detail, clientAddr);
        throw new CredentialChangeRefused(messageKey);
    }

    private boolean currentCodeMatches(Citizen c, String code) {
        return code != null && !code.isBlank() && c.getPersonalCodeHash() != null
                && hasher.verify(code.trim().toCharArray(), c.getPersonalCodeHash());
    }

    private static boolean sameCf(String typed, Citizen c) {
        return CodiceFiscale.tryParse(typed).map(cf -> cf.value().equals(c.getCodiceFiscale())).orElse(false);
    }

    /** The caller's citizen record, which must be ACTIVE with its own personal code set. */
    private Citizen active(boolean lock) {
        Citizen c = em.createNamedQuery(Citizen.BY_USERNAME, Citizen.class).setParameter("username", name())
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst().orElse(null);
        if (c == null || c.getAccount().getState() != AccountState.ACTIVE) {
            throw new CredentialChangeRefused("svc.notActive");
        }
        return c;
    }

    private String name() {
        return caller.getCallerPrincipal().getName();
    }
}
