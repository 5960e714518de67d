package it.polis.web.api;

import it.polis.platform.PortalInfo;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET /api/version: what is deployed (portal and schema version, start time). */
@Path("version")
public class VersionResource {

    @Inject
    private PortalInfo info;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject version() {
        return Json.createObjectBuilder()
                .add("name", "POLIS")
                .add("version", info.version())
                .add("schema", info.schemaVersion())
                .add("startedAt", info.startedAt().toString())
                .build();
    }
}
