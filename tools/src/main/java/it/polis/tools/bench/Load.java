package it.polis.tools.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Closed-loop HTTP load: {@code threads} platform threads each send GET requests one after the
 * other for a fixed duration (no think time) and record every latency. Only status 200 counts as
 * a success. By default no cookies are sent (every request is a new anonymous visitor); with
 * {@code reuseCookie} each thread keeps the first JSESSIONID it gets, like a returning visitor.
 */
public final class Load {

    /** The outcome of one or more runs against one URL. Latencies are sorted, in nanoseconds. */
    public record Result(String url, long ok, long errors, double seconds, long newSessions, long bytes,
                         long[] latencies, String firstError) {

        public double rate() {
            return seconds <= 0 ? 0 : ok / seconds;
        }

        public double percentileMillis(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, i))] / 1e6;
        }

        /** JSESSIONID cookies handed out per successful request. */
        public double newSessionsPerRequest() {
            return ok == 0 ? 0 : (double) newSessions / ok;
        }

        public Result plus(Result other) {
            long[] all = Arrays.copyOf(latencies, latencies.length + other.latencies.length);
            System.arraycopy(other.latencies, 0, all, latencies.length, other.latencies.length);
            Arrays.sort(all);
            return new Result(url, ok + other.ok, errors + other.errors, seconds + other.seconds,
                    newSessions + other.newSessions, bytes + other.bytes, all,
                    firstError != null ? firstError : other.firstError);
        }

        public String summary() {
            return String.format(Locale.ROOT, "%.1f req/s, p50 %.1f ms, p99 %.1f ms, %d ok, %d errors, %.2f new "
                            + "sessions/request, %.1f KB/response", rate(), percentileMillis(50), percentileMillis(99),
                    ok, errors, newSessionsPerRequest(), ok == 0 ? 0 : bytes / 1024.0 / ok);
        }
    }

    private Load() {
    }

    /** Runs the load for {@code duration}; the result's seconds are from the first request to the last answer. */
    public static Result run(HttpClient client, String url, int threads, Duration duration, boolean reuseCookie)
            throws InterruptedException {
        URI uri = URI.create(url);
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-load");
            t.setDaemon(true);
            return t;
        });
        long t0 = System.nanoTime();
        List<Future<Result>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> worker(client, uri, deadline, reuseCookie)));
            }
            Result total = null;
            for (Future<Result> f : futures) {
                Result r;
                try {
                    r = f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("Load thread failed", e.getCause());
                }
                total = total == null ? r : total.plus(r);
            }
            double seconds = BenchContext.since(t0);
            return new Result(url, total.ok(), total.errors(), seconds, total.newSessions(), total.bytes(),
                    total.latencies(), total.firstError());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result worker(HttpClient client, URI uri, long deadline, boolean reuseCookie) {
        long[] lat = new long[4096];
        int n = 0;
        long ok = 0;
        long errors = 0;
        long sessions = 0;
        long bytes = 0;
        String cookie = null;
        String firstError = null;
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html").header("Accept-Language", "it-IT,it;q=0.9");
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            long s = System.nanoTime();
            try {
                HttpResponse<byte[]> response = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                long d = System.nanoTime() - s;
                if (response.statusCode() == 200) {
                    ok++;
                    bytes += response.body().length;
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = d;
                } else {
                    errors++;
                    if (firstError == null) {
                        firstError = "HTTP " + response.statusCode();
                    }
                }
                Optional<String> session = sessionCookie(response);
                if (session.isPresent()) {
                    sessions++;
                    if (reuseCookie) {
                        cookie = session.get();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                errors++;
                if (firstError == null) {
                    firstError = e.toString();
                }
            }
        }
        long[] latencies = Arrays.copyOf(lat, n);
        Arrays.sort(latencies);
        return new Result(uri.toString(), ok, errors, 0, sessions, bytes, latencies, firstError);
    }

    /** The {@code JSESSIONID=...} pair of a Set-Cookie header, if the response starts a session. */
    public static Optional<String> sessionCookie(HttpResponse<?> response) {
        for (String h : response.headers().allValues("set-cookie")) {
            if (h.startsWith("JSESSIONID=")) {
                int semi = h.indexOf(';');
                return Optional.of(semi < 0 ? h : h.substring(0, semi));
            }
        }
        return Optional.empty();
    }
}
