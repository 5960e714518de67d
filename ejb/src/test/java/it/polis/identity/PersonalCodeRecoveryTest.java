package it.polis.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalCodeRecoveryTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    @Test
    void theFifthWrongAnswerBlocksForTheConfiguredTime() {
        PersonalCodeRecovery r = new PersonalCodeRecovery(1L);
        for (int i = 1; i <= 4; i++) {
            assertFalse(r.fail(T0.plusSeconds(i), 5, DAY));
            assertEquals(5 - i, r.attemptsLeft(T0.plusSeconds(i), 5, DAY));
        }
        assertTrue(r.fail(T0.plusSeconds(5), 5, DAY));
        assertTrue(r.isBlocked(T0.plusSeconds(6)));
        assertEquals(T0.plusSeconds(5).plus(DAY), r.getBlockedUntil());
        assertTrue(r.isBlocked(T0.plus(DAY)));
        assertFalse(r.isBlocked(T0.plusSeconds(5).plus(DAY)), "free again when the time is up");
        assertEquals(5, r.attemptsLeft(T0.plusSeconds(5).plus(DAY), 5, DAY), "a fresh count after the block");
    }

    @Test
    void oldFailuresStopCounting() {
        PersonalCodeRecovery r = new PersonalCodeRecovery(1L);
        for (int i = 0; i < 4; i++) {
            r.fail(T0, 5, DAY);
        }
        Instant later = T0.plus(DAY).plusSeconds(1);
        assertEquals(5, r.attemptsLeft(later, 5, DAY));
        assertFalse(r.fail(later, 5, DAY), "counting starts again");
        assertEquals(4, r.attemptsLeft(later, 5, DAY));
    }

    @Test
    void aRightAnswerResetsTheCount() {
        PersonalCodeRecovery r = new PersonalCodeRecovery(1L);
        r.fail(T0, 3, DAY);
        r.fail(T0, 3, DAY);
        r.reset();
        assertEquals(3, r.attemptsLeft(T0, 3, DAY));
        assertFalse(r.isBlocked(T0));
    }

    @Test
    void firstAccessModesFollowTheCitizensState() {
        Account a = new Account("giulia.prova", AccountKind.CITIZEN, AccountState.ACTIVE, "Giulia Prova",
                "giulia@example.org", T0);
        Citizen c = new Citizen(a, "PRVGLI80A41H501X", "Giulia", "Prova", java.time.LocalDate.of(1980, 1, 1), "H501",
                "Roma", "F", "R2026-0000001", T0, T0.plus(DAY));
        c.setPersonalCode("hash", true);
        assertEquals(FirstAccessService.Mode.FIRST, FirstAccessService.modeOf(c));
        c.setSecurityQuestion("q", "answer-hash");
        assertEquals(FirstAccessService.Mode.NEW_CODE, FirstAccessService.modeOf(c), "after a recovery");
        c.setPersonalCode("hash", false);
        assertEquals(FirstAccessService.Mode.NONE, FirstAccessService.modeOf(c));
        c.setSecurityQuestion(null, null);
        assertEquals(FirstAccessService.Mode.NEW_QUESTION, FirstAccessService.modeOf(c), "cleared by the help desk");
        assertTrue(FirstAccessService.Mode.NEW_QUESTION.asksQuestion());
        assertFalse(FirstAccessService.Mode.NEW_QUESTION.asksNewCode());
        assertFalse(FirstAccessService.Mode.NEW_CODE.asksQuestion());
    }

    @Test
    void questionRules() {
        assertEquals("cp.question.required", PersonalCodeService.questionProblem(" ", "abc"));
        assertEquals("cp.question.required", PersonalCodeService.questionProblem("x".repeat(201), "abc"));
        assertEquals("cp.answer.tooShort", PersonalCodeService.questionProblem("Domanda", " ab "));
        assertEquals(null, PersonalCodeService.questionProblem("Domanda", "Abc"));
    }
}
