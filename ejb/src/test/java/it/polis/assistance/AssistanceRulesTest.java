package it.polis.assistance;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssistanceRulesTest {

    @Test
    void schoolCodesHaveTenCharactersWithAProvinceFirst() {
        assertTrue(SchoolCodes.isWellFormed("RMIC81200D"));
        assertTrue(SchoolCodes.isWellFormed(" rmic 81200d "), "blanks and case do not matter");
        assertTrue(SchoolCodes.isWellFormed("RM1A00500X"), "a digit in the type (non-state schools)");
        assertFalse(SchoolCodes.isWellFormed("RM12"));
        assertFalse(SchoolCodes.isWellFormed("1MIC81200D"), "the province is two letters");
        assertFalse(SchoolCodes.isWellFormed("RMIC81200DX"));
        assertFalse(SchoolCodes.isWellFormed("RMIC8120-D"));
        assertFalse(SchoolCodes.isWellFormed(null));
        assertEquals("RMIC81200D", SchoolCodes.normalise(" rmic81200d"));
    }

    @Test
    void replyAddressesMustBeValidAndOutsideTheMinistryDomain() {
        assertEquals(Optional.of("Mario.Rossi@libero.it"), ReplyAddresses.parse(" Mario.Rossi@LIBERO.it "));
        assertTrue(ReplyAddresses.parse("mario.rossi").isEmpty());
        assertTrue(ReplyAddresses.parse("mario@localhost").isEmpty(), "a dotted domain");
        assertTrue(ReplyAddresses.parse("Mario <mario@libero.it>").isEmpty(), "a plain address");
        assertTrue(ReplyAddresses.parse("").isEmpty());
        assertTrue(ReplyAddresses.isMinistryAddress("mario.rossi@istruzione.it"));
        assertTrue(ReplyAddresses.isMinistryAddress("mario.rossi@ISTRUZIONE.IT"));
        assertTrue(ReplyAddresses.isMinistryAddress("segreteria@scuole.istruzione.it"));
        assertFalse(ReplyAddresses.isMinistryAddress("mario@nonistruzione.it"));
        assertFalse(ReplyAddresses.isMinistryAddress("mario@libero.it"));
    }

    @Test
    void registeredAddressesAreMaskedForOperators() {
        assertEquals("g***@example.org", AssistanceService.mask("giulia.prova@example.org"));
        assertEquals("***", AssistanceService.mask("nobody"));
    }
}
