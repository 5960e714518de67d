package it.polis.it.platform;

import it.polis.it.support.Http;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(PortalExtension.class)
class HealthIT {

    @Test
    void healthReportsDatabaseAndSchemaUp(TestPortal portal) {
        var response = Http.get(portal.serverUrl() + "/health");
        assertEquals(200, response.statusCode(), response.body());
        String body = response.body().replace(" ", "");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"name\":\"database\",\"status\":\"UP\""), body);
        assertTrue(body.contains("\"name\":\"schema\",\"status\":\"UP\""), body);
    }

    @Test
    void readinessAndLivenessAnswerSeparately(TestPortal portal) {
        var ready = Http.get(portal.serverUrl() + "/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("database"), ready.body());
        var live = Http.get(portal.serverUrl() + "/health/live");
        assertEquals(200, live.statusCode());
        assertTrue(live.body().contains("schema"), live.body());
    }

    @Test
    void versionEndpointNamesTheBuildAndSchema(TestPortal portal) {
        var response = Http.get(portal.url("/api/version"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String body = response.body();
        assertTrue(body.contains("\"name\":\"POLIS\""), body);
        assertTrue(body.matches(".*\"version\":\"\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\".*"), body);
        assertTrue(body.matches(".*\"schema\":\"\\d+(\\.\\d+)?\".*"), body);
    }
}
