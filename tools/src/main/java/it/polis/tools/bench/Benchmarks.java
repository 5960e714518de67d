package it.polis.tools.bench;

import it.polis.platform.demo.DemoLogins;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The registry of benchmarks, by name, in the order "all" runs them. Add new ones here
 * (and describe them in docs/benchmarks.md).
 */
public final class Benchmarks {

    private static final Map<String, Supplier<Benchmark>> ALL = new LinkedHashMap<>();

    static {
        // startup first: it restarts the portal, so the others always measure a freshly started one.
        register(StartupBenchmark::new);
        register(HomeBenchmark::new);
        register(() -> new SessionHeapBenchmark("session-heap", new SessionHeapBenchmark.AnonymousVisitor(), 100));
        register(() -> new SessionHeapBenchmark("session-heap-signed-in", new SessionHeapBenchmark.SignedInVisitor(
                DemoLogins.CITIZEN_USERNAME, DemoLogins.CITIZEN_PASSWORD), 100, 400));
        register(SignInBenchmark::new);
        register(SubmitBenchmark::new);
        register(CampaignBenchmark::new);
        register(RankingBenchmark::new);
    }

    private Benchmarks() {
    }

    static void register(Supplier<Benchmark> factory) {
        String name = factory.get().name();
        if (ALL.putIfAbsent(name, factory) != null) {
            throw new IllegalStateException("Duplicate benchmark name " + name);
        }
    }

    public static Collection<String> names() {
        return List.copyOf(ALL.keySet());
    }

    public static Benchmark create(String name) {
        Supplier<Benchmark> f = ALL.get(name);
        if (f == null) {
            throw new IllegalArgumentException("Unknown benchmark '" + name + "'; known: " + String.join(", ", names()));
        }
        return f.get();
    }

    /** Parses {@code polis.bench}: "all" (or empty) or a comma list of names, run in registry order. */
    public static List<Benchmark> select(String spec) {
        List<Benchmark> result = new ArrayList<>();
        if (spec == null || spec.isBlank() || spec.trim().equalsIgnoreCase("all")) {
            for (String n : ALL.keySet()) {
                result.add(create(n));
            }
            return result;
        }
        List<String> wanted = new ArrayList<>();
        for (String s : spec.split(",")) {
            String n = s.trim().toLowerCase();
            if (!n.isEmpty()) {
                create(n); // fail early on a typo
                wanted.add(n);
            }
        }
        for (String n : ALL.keySet()) {
            if (wanted.contains(n)) {
                result.add(create(n));
            }
        }
        return result;
    }
}
