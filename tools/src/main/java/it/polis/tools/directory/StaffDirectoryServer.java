package it.polis.tools.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The staff directory of the local run and the test run: an in-memory LDAP server (UnboundID) on
 * 127.0.0.1 holding the demo {@code @istruzione.it} staff from {@code staff-directory.ldif}. The
 * portal reaches it through the {@code polis.ldap.*} system properties this class hands out; in
 * production the ministry's directory takes its place.
 */
public final class StaffDirectoryServer implements AutoCloseable {

    public static final String SUFFIX = "dc=istruzione,dc=it";
    public static final String PEOPLE = "ou=people," + SUFFIX;
    private static final String LDIF = "/it/polis/tools/directory/staff-directory.ldif";

    private final InMemoryDirectoryServer server;

    /** @param port the port to listen on, 0 for any free one */
    public StaffDirectoryServer(int port) {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(SUFFIX);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap",
                    InetAddress.getLoopbackAddress(), port, null));
            config.setEnforceSingleStructuralObjectClass(false);
            server = new InMemoryDirectoryServer(config);
            try (InputStream in = StaffDirectoryServer.class.getResourceAsStream(LDIF);
                 LDIFReader reader = new LDIFReader(in)) {
                server.importFromLDIF(true, reader);
            }
        } catch (LDAPException | IOException e) {
            throw new IllegalStateException("Cannot prepare the staff directory: " + e.getMessage(), e);
        }
    }

    public StaffDirectoryServer start() {
        try {
            server.startListening();
        } catch (LDAPException e) {
            throw new IllegalStateException("Cannot start the staff directory: " + e.getMessage(), e);
        }
        return this;
    }

    public int port() {
        return server.getListenPort();
    }

    public String url() {
        return "ldap://127.0.0.1:" + port();
    }

    /** The portal's settings for this directory (anonymous search under ou=people). */
    public Map<String, String> portalProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("polis.ldap.url", url());
        p.put("polis.ldap.base-dn", PEOPLE);
        p.put("polis.ldap.uid-attribute", "uid");
        p.put("polis.ldap.cf-attribute", "employeeNumber");
        return p;
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
