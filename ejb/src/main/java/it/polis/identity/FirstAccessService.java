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
 * before anything else is reachable. The same page completes a recovery (temporary code, new code)
 * and sets a security question again after the help desk cleared it (current code, new question),
 * see {@link Mode}. Always acts on the caller's own account.
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

    /** What the first-access page has to ask of the caller. */
    public enum Mode {
        /** Nothing: the setup is complete. */
        NONE,
        /** First sign-in after an identification: temporary code, then a new code and the security question. */
        FIRST,
        /** A temporary code from a recovery: the temporary code, then a new code (the question stays). */
        NEW_CODE,
        /** The security question was cleared (help desk): the current code, then a new question and answer. */
        NEW_QUESTION;

        public boolean asksNewCode() {
            return this == FIRST || this == NEW_CODE;
        }

        public boolean asksQuestion() {
            return this == FIRST || this == NEW_QUESTION;
        }
    }

    public Mode mode() {
        return modeOf(me(false));
    }

    static Mode modeOf(Citizen c) {
        if (c == null || !c.needsFirstAccessSetup()) {
            return Mode.NONE;
        }
        if (c.isPersonalCodeTemporary()) {
            return c.getSecurityAnswerHash() == null ? Mode.FIRST : Mode.NEW_CODE;
        }
        return Mode.NEW_QUESTION;
    }

    /**
     * Step 1: the temporary code from the email or, when only the security question is to be set
     * again, the current personal code.
     */
    public boolean checkTemporaryCode(String code) {
        Citizen c = me(false);
        Mode mode = modeOf(c);
        boolean ok = mode != Mode.NONE && code != null && !code.isBlank()
                && hasher.verify(code.trim().toCharArray(), c.getPersonalCodeHash());
        if (!ok) {
            audit.record(name(), mode == Mode.NEW_QUESTION ? "CURRENT_CP_WRONG" : "TEMPORARY_CP_WRONG", "account",
                    c == null ? null : String.valueOf(c.getAccountId()), null, null);
        }
        return ok;
    }

    /**
     * Step 2: what the mode asks: the new personal code (typed twice by the page) and/or the
     * security question and answer. Arguments the mode does not ask are ignored.
     *
     * @throws PersonalCodeRejected with a message key when a rule is broken
     */
    public void complete(String temporaryCode, String newCode, String question, String answer) {
        Citizen c = me(true);
        Mode mode = modeOf(c);
        if (mode == Mode.NONE) {
            throw new PersonalCodeRejected("cp.alreadySet");
        }
        if (temporaryCode == null || !hasher.verify(temporaryCode.trim().toCharArray(), c.getPersonalCodeHash())) {
            throw new PersonalCodeRejected(mode == Mode.NEW_QUESTION ? "svc.cp.current.wrong" : "cp.temporary.wrong");
        }
        Account account = c.getAccount();
        if (mode.asksNewCode()) {
            String rule = PersonalCodeRules.problem(newCode, account.getUsername());
            if (rule != null) {
                throw new PersonalCodeRejected(rule);
            }
            if (hasher.verify(newCode.toCharArray(), account.getPasswordHash())) {
                throw new PersonalCodeRejected("cp.rule.notPassword");
            }
            if (newCode.equalsIgnoreCase(temporaryCode.trim())) {
                throw new PersonalCodeRejected("cp.rule.notTemporary");
            }
        }
        if (mode.asksQuestion()) {
            if (question == null || question.isBlank() || question.trim().length() > MAX_QUESTION) {
                throw new PersonalCodeRejected("cp.question.required");
            }
            // The answer is case-sensitive, as in the original portal: hashed exactly as typed (trimmed).
            if (answer == null || answer.trim().length() < MIN_ANSWER) {
                throw new PersonalCodeRejected("cp.answer.tooShort");
            }
        }
        if (mode.asksNewCode()) {
            c.setPersonalCode(hasher.generate(newCode.toCharArray()), false);
        }
        if (mode.asksQuestion()) {
            c.setSecurityQuestion(question.trim(), hasher.generate(answer.trim().toCharArray()));
        }
        String action = switch (mode) {
            case FIRST -> "FIRST_ACCESS_COMPLETED";
            case NEW_CODE -> "TEMPORARY_CP_REPLACED";
            default -> "SECURITY_QUESTION_SET_AGAIN";
        };
        audit.record(name(), action, "account", String.valueOf(c.getAccountId()),
                (mode.asksNewCode() ? "personal code set " : "") + (mode.asksQuestion() ? "security question set " : "")
                        + "at " + clock.now(), null);
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
