package it.polis.identity;

import java.time.Instant;

/**
 * Where the recovery of the personal code stands after a step.
 *
 * @param question     the security question (outcome QUESTION only)
 * @param attemptsLeft wrong answers still allowed before the block
 * @param blockedUntil when the recovery may be tried again (outcome BLOCKED only)
 */
public record RecoveryStep(Outcome outcome, String question, int attemptsLeft, Instant blockedUntil) {

    public enum Outcome {
        /** The CF matches: answer this question. */
        QUESTION,
        /** The CF is not the one of the signed-in account. */
        CF_MISMATCH,
        /** The answer was wrong; attempts are left. */
        WRONG_ANSWER,
        /** Too many wrong answers: try again after {@code blockedUntil}. */
        BLOCKED,
        /** No security question is set: the person is asked to set one at the next page. */
        NO_QUESTION,
        /** A new temporary personal code was sent by email. */
        SENT
    }

    static RecoveryStep of(Outcome outcome) {
        return new RecoveryStep(outcome, null, 0, null);
    }
}
