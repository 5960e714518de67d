package it.polis.web.api;

import it.polis.platform.captcha.Captcha;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/captcha/challenge: a fresh signed proof-of-work challenge for the anti-robot widget
 * (composite component {@code polis:captcha}). Public, creates no session, never cached.
 */
@Path("captcha")
public class CaptchaResource {

    @Inject
    private Captcha captcha;

    @GET
    @Path("challenge")
    @Produces(MediaType.APPLICATION_JSON)
    public Response challenge() {
        return Response.ok(captcha.createChallenge(), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .build();
    }
}
