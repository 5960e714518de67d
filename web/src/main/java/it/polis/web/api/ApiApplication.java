package it.polis.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Small machine-readable endpoints (version). Health is MicroProfile Health at /health. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
