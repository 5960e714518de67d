package it.polis.it.support;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fresh citizens for tests that change credentials or data, created through the dev-only
 * {@code /dev/citizen} endpoint so the shared demo citizen stays untouched.
 */
public final class Citizens {

    /** A created citizen's data and secrets. */
    public record TestCitizen(String username, String password, String cf, String givenName, String familyName,
                              String birthDate, String email, String registrationNumber, String personalCode,
                              String securityQuestion, String securityAnswer) {
    }

    private Citizens() {
    }

    /** Identified, personal code and security question set, signs in straight to the personal area. */
    public static TestCitizen active(TestPortal portal) {
        return create(portal, "ACTIVE");
    }

    /** Email confirmed, waiting for identification at a school (temporary personal code). */
    public static TestCitizen awaitingIdentification(TestPortal portal) {
        return create(portal, "EMAIL_CONFIRMED");
    }

    private static TestCitizen create(TestPortal portal, String state) {
        HttpResponse<String> r = Http.post(portal.url("/dev/citizen"), "state=" + state);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("/dev/citizen answered " + r.statusCode() + ": " + r.body());
        }
        Map<String, String> v = new LinkedHashMap<>();
        for (String line : r.body().split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                v.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new TestCitizen(v.get("username"), v.get("password"), v.get("cf"), v.get("givenName"),
                v.get("familyName"), v.get("birthDate"), v.get("email"), v.get("registrationNumber"),
                v.get("personalCode"), v.get("securityQuestion"), v.get("securityAnswer"));
    }
}
