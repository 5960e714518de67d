package it.polis.identity.contact;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactRulesTest {

    @Test
    void emails() {
        assertEquals("anna.verdi@example.it", ContactRules.email("  anna.verdi@example.it "));
        assertEquals("a+tag@sub.example.org", ContactRules.email("a+tag@sub.example.org"));
        assertNull(ContactRules.email("anna"));
        assertNull(ContactRules.email("anna@"));
        assertNull(ContactRules.email("anna@example"));
        assertNull(ContactRules.email("anna@@example.it"));
        assertNull(ContactRules.email("an na@example.it"));
        assertNull(ContactRules.email("anna..verdi@example.it"));
        assertNull(ContactRules.email("anna@-example.it"));
        assertNull(ContactRules.email(null));
        assertNull(ContactRules.email("x".repeat(250) + "@a.it"));
    }

    @Test
    void mobileNumbersInInternationalForm() {
        assertEquals("+393331234567", ContactRules.mobile("333 123 4567"));
        assertEquals("+393331234567", ContactRules.mobile("+39 333-123.4567"));
        assertEquals("+393331234567", ContactRules.mobile("0039 (333) 1234567"));
        assertEquals("+447700900123", ContactRules.mobile("+44 7700 900123"));
        assertNull(ContactRules.mobile("06 1234567"), "landline");
        assertNull(ContactRules.mobile("+39 06 1234567"), "Italian landline");
        assertNull(ContactRules.mobile("12345"));
        assertNull(ContactRules.mobile("333 abc 4567"));
        assertNull(ContactRules.mobile("+0 1234567890"));
    }

    @Test
    void postcodesAndProvinces() {
        assertTrue(ContactRules.postcode("00144", "Italia"));
        assertTrue(ContactRules.postcode("00144", null));
        assertFalse(ContactRules.postcode("0014", "Italia"));
        assertFalse(ContactRules.postcode("ABCDE", "IT"));
        assertTrue(ContactRules.postcode("SW1A 1AA", "Regno Unito"));
        assertFalse(ContactRules.postcode("!", "France"));
        assertTrue(ContactRules.province("rm"));
        assertFalse(ContactRules.province("Roma"));
    }

    @Test
    void masks() {
        assertEquals("a***@example.net", ContactRules.mask("anna@example.net"));
        assertEquals("*********567", ContactService.maskPhone("+393331234567").substring(1));
    }
}
