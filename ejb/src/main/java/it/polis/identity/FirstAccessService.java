package it.polis.identity;

import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * First sign-in of an active citizen: the temporary personal code from the email is replaced by
 * one the person chooses, and a security question with its answer (hashed, case-sensitive) is set,
 * before anything else is reachable. Always acts on the caller's own account.
 */
@Stateless
@RolesAllowed(Role.CITIZEN)
public class FirstAccessService {

    public static final int MAX_QUESTION = 200;
    public static final int MIN_ANSWER = 3;

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

    /** Step 1: the temporary code from the registration email. */
    public boolean checkTemporaryCode(String code) {
        Citizen c = me(false);
        boolean ok = c != null && code != null && c.isPersonalCodeTemporary()
                && hasher.verify(code.trim().toCharArray(), c.getPersonalCodeHash());
        if (!ok) {
            audit.record(name(), "TEMPORARY_CP_WRONG", "account", c == null ? null : String.valueOf(c.getAccountId()),
                    null, null);
        }
        return ok;
    }

    /**
     * Step 2: the new personal code (typed twice by the page), the security question and answer.
     *
     * @throws PersonalCodeRejected with a message key when a rule is broken
     */
    public void complete(String temporaryCode, String newCode, String question, String answer) {
        Citizen c = me(true);
        if (c == null || !c.needsFirstAccessSetup()) {
            throw new PersonalCodeRejected("cp.alreadySet");
        }
        if (c.isPersonalCodeTemporary() && (temporaryCode == null
                || !hasher.verify(temporaryCode.trim().toCharArray(), c.getPersonalCodeHash()))) {
            throw new PersonalCodeRejected("cp.temporary.wrong");
        }
        Account account = c.getAccount();
        String rule = PersonalCodeRules.problem(newCode, account.getUsername());
        if (rule != null) {
            throw new PersonalCodeRejected(rule);
        }
        if (hasher.verify(newCode.toCharArray(), account.getPasswordHash())) {
            throw new PersonalCodeRejected("cp.rule.notPassword");
        }
        if (temporaryCode != null && newCode.equalsIgnoreCase(temporaryCode.trim())) {
            throw new PersonalCodeRejected("cp.rule.notTemporary");
        }
        if (question == null || question.isBlank() || question.trim().length() > MAX_QUESTION) {
            throw new PersonalCodeRejected("cp.question.required");
        }
        // The answer is case-sensitive, as in the original portal: hashed exactly as typed (trimmed).
        if (answer == null || answer.trim().length() < MIN_ANSWER) {
            throw new PersonalCodeRejected("cp.answer.tooShort");
        }
        c.setPersonalCode(hasher.generate(newCode.toCharArray()), false);
        c.setSecurityQuestion(question.trim(), hasher.generate(answer.trim().toCharArray()));
        audit.record(name(), "FIRST_ACCESS_COMPLETED", "account", String.valueOf(c.getAccountId()),
                "personal code and security question set at " + clock.now(), null);
    }

    private Citizen me(boolean lock) {
        return em.createNamedQuery(Citizen.BY_USERNAME, Citizen.class).setParameter("username", name())
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst().orElse(null);
    }

    private String name() {
        return caller.getCallerPrincipal().getName();
    }
}
