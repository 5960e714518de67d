package it.polis.tools.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client of the portal's dev-only {@code /dev/heap} endpoint (it.polis.web.dev.HeapServlet):
 * used heap after a full GC and the number of active HTTP sessions.
 */
public final class HeapProbe {

    /** One reading. {@code invalidated} is -1 unless sessions were invalidated first. */
    public record Reading(long usedBytes, long committedBytes, long maxBytes, long sessions, long sessionsCreated,
                          long invalidated, long gcMillis) {

        public double usedMb() {
            return usedBytes / (1024.0 * 1024.0);
        }
    }

    private final URI uri;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    HeapProbe(String baseUrl) {
        this.uri = URI.create(baseUrl + "/dev/heap");
    }

    /** Full GC, then used heap and sessions. */
    public Reading read() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    /** Invalidates every HTTP session, then full GC, then used heap and sessions. */
    public Reading invalidateSessions() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(uri + "?action=invalidate"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The lowest of a few readings: a full GC leaves a little noise (background tasks), this trims it. */
    public Reading readSettled(int readings) throws IOException, InterruptedException {
        Reading best = null;
        for (int i = 0; i < readings; i++) {
            Reading r = read();
            if (best == null || r.usedBytes() < best.usedBytes()) {
                best = r;
            }
        }
        return best;
    }

    private Reading send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            throw new IllegalStateException(uri + " answered 404: is dev mode on (polis.dev.enabled=true)?");
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        String body = response.body();
        return new Reading(field(body, "usedBytes"), field(body, "committedBytes"), field(body, "maxBytes"),
                field(body, "sessions"), field(body, "sessionsCreated"), optional(body, "invalidated"),
                field(body, "gcMillis"));
    }

    private static long field(String json, String name) {
        long v = optional(json, name);
        if (v == Long.MIN_VALUE) {
            throw new IllegalStateException("No '" + name + "' in " + json);
        }
        return v;
    }

    private static long optional(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(-?\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : (name.equals("invalidated") ? -1 : Long.MIN_VALUE);
    }
}
