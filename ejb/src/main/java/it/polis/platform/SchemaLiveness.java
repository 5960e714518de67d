package it.polis.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive once the migrations ran: reports the schema version the portal is on. */
@Liveness
@ApplicationScoped
public class SchemaLiveness implements HealthCheck {

    @Inject
    private PortalInfo info;

    @Override
    public HealthCheckResponse call() {
        String schema = info.schemaVersion();
        return HealthCheckResponse.named("schema").status(!"none".equals(schema))
                .withData("version", schema).withData("portal", info.version()).build();
    }
}
