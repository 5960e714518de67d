package it.polis.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the applications area (MicroProfile Config): {@code polis.protocol.registry} (AOODGPER),
 * {@code polis.protocol.format} (see {@link ProtocolFormat#DEFAULT_PATTERN}), {@code polis.protocol.digits}
 * (7), {@code polis.applications.receipts.enabled} (true: this instance makes receipts).
 */
@ApplicationScoped
public class ApplicationSettings {

    @Inject
    @ConfigProperty(name = "polis.protocol.registry", defaultValue = ProtocolFormat.DEFAULT_REGISTRY)
    String registry;

    @Inject
    @ConfigProperty(name = "polis.protocol.format", defaultValue = ProtocolFormat.DEFAULT_PATTERN)
    String pattern;

    @Inject
    @ConfigProperty(name = "polis.protocol.digits", defaultValue = "7")
    int digits;

    @Inject
    @ConfigProperty(name = "polis.applications.receipts.enabled", defaultValue = "true")
    boolean receiptsEnabled;

    public String registry() {
        return registry;
    }

    public ProtocolFormat protocolFormat() {
        return new ProtocolFormat(pattern, digits);
    }

    public boolean receiptsEnabled() {
        return receiptsEnabled;
    }
}
