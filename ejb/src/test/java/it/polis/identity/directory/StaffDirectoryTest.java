package it.polis.identity.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff directory client against a real LDAP server (in memory): search, bind, CF. */
class StaffDirectoryTest {

    private static final String PASSWORD = "Casella-Prova-2026";
    private static InMemoryDirectoryServer server;
    private static StaffDirectory.Settings settings;

    @BeforeAll
    static void start() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=istruzione,dc=it");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
        server = new InMemoryDirectoryServer(config);
        server.add("dn: dc=istruzione,dc=it", "objectClass: top", "objectClass: domain", "dc: istruzione");
        server.add("dn: ou=people,dc=istruzione,dc=it", "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        person("mario.bianchi", "BNCMRA75C15H501V");
        person("senza.cf", null);
        server.add("dn: ou=altri,dc=istruzione,dc=it", "objectClass: top", "objectClass: organizationalUnit", "ou: altri");
        server.add("dn: uid=doppio,ou=people,dc=istruzione,dc=it", "objectClass: inetOrgPerson", "uid: doppio", "cn: A",
                "sn: A", "userPassword: " + PASSWORD);
        server.add("dn: cn=doppio,ou=altri,dc=istruzione,dc=it", "objectClass: inetOrgPerson", "uid: doppio", "cn: doppio",
                "sn: B", "userPassword: " + PASSWORD);
        server.startListening();
        settings = new StaffDirectory.Settings("ldap://127.0.0.1:" + server.getListenPort(), "dc=istruzione,dc=it", "",
                "", "uid", "employeeNumber", "istruzione.it", 3000);
    }

    private static void person(String uid, String cf) throws Exception {
        if (cf == null) {
            server.add("dn: uid=" + uid + ",ou=people,dc=istruzione,dc=it", "objectClass: inetOrgPerson", "uid: " + uid,
                    "cn: " + uid, "sn: " + uid, "userPassword: " + PASSWORD);
        } else {
            server.add("dn: uid=" + uid + ",ou=people,dc=istruzione,dc=it", "objectClass: inetOrgPerson", "uid: " + uid,
                    "cn: " + uid, "sn: " + uid, "employeeNumber: " + cf.toLowerCase(), "userPassword: " + PASSWORD);
        }
    }

    @AfterAll
    static void stop() {
        server.shutDown(true);
    }

    private static StaffDirectory.Check check(String username, String password) {
        return StaffDirectory.check(settings, username, password.toCharArray());
    }

    @Test
    void theRightPasswordIsAcceptedAndTheCfRead() {
        StaffDirectory.Check c = check("mario.bianchi", PASSWORD);
        assertEquals(StaffDirectory.Status.ACCEPTED, c.status());
        assertEquals("BNCMRA75C15H501V", c.codiceFiscale(), "upper-cased");
        assertEquals(StaffDirectory.Status.ACCEPTED, check(" Mario.Bianchi@Istruzione.it ", PASSWORD).status());
    }

    @Test
    void aWrongOrEmptyPasswordIsRefused() {
        assertEquals(StaffDirectory.Status.REFUSED, check("mario.bianchi", "Not-The-Password").status());
        assertEquals(StaffDirectory.Status.REFUSED, check("mario.bianchi", "").status(), "no anonymous bind");
    }

    @Test
    void unknownOddOrAmbiguousNamesAreUnknown() {
        assertEquals(StaffDirectory.Status.UNKNOWN, check("nessuno", PASSWORD).status());
        assertEquals(StaffDirectory.Status.UNKNOWN, check("*", PASSWORD).status());
        assertEquals(StaffDirectory.Status.UNKNOWN, check("mario.bianchi)(uid=*", PASSWORD).status());
        assertEquals(StaffDirectory.Status.UNKNOWN, check("mario.bianchi@altro.it", PASSWORD).status());
        assertEquals(StaffDirectory.Status.UNKNOWN, check("doppio", PASSWORD).status());
    }

    @Test
    void anEntryWithoutCfIsCheckedButLinksNothing() {
        StaffDirectory.Check c = check("senza.cf", PASSWORD);
        assertEquals(StaffDirectory.Status.ACCEPTED, c.status());
        assertNull(c.codiceFiscale());
    }

    @Test
    void offWithoutUrlAndUnreachableIsUnknown() {
        var off = new StaffDirectory.Settings("", "dc=istruzione,dc=it", "", "", "uid", "employeeNumber", "istruzione.it", 1000);
        assertEquals(StaffDirectory.Status.UNKNOWN, StaffDirectory.check(off, "mario.bianchi", PASSWORD.toCharArray()).status());
        var down = new StaffDirectory.Settings("ldap://127.0.0.1:1", "dc=istruzione,dc=it", "", "", "uid", "employeeNumber",
                "istruzione.it", 1000);
        assertEquals(StaffDirectory.Status.UNKNOWN, StaffDirectory.check(down, "mario.bianchi", PASSWORD.toCharArray()).status());
    }

    @Test
    void mailboxNames() {
        assertTrue(StaffDirectory.isMailboxName(settings, "Mario.Bianchi@ISTRUZIONE.IT"));
        assertFalse(StaffDirectory.isMailboxName(settings, "mario.bianchi"));
        assertFalse(StaffDirectory.isMailboxName(settings, "mario@istruzione.it.example.org"));
    }
}
