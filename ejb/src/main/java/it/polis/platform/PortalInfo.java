package it.polis.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Properties;

/** Build version and start time, for the version endpoint and the page footer. */
@ApplicationScoped
public class PortalInfo {

    private final Instant startedAt = Instant.now();
    private String version;

    @EJB
    private SchemaMigrator migrator;

    @PostConstruct
    void load() {
        Properties props = new Properties();
        try (InputStream in = PortalInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        version = props.getProperty("version", "unknown");
    }

    public String version() {
        return version;
    }

    public String schemaVersion() {
        return migrator.schemaVersion();
    }

    public Instant startedAt() {
        return startedAt;
    }
}
