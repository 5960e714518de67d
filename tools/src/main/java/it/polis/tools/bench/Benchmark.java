package it.polis.tools.bench;

import java.util.List;

/**
 * One named benchmark. It measures something on the portal started by {@link Bench} and, in the
 * same run and with the same settings, a baseline to compare it with; each {@link Figure} carries
 * both and their ratio, which is what the goals are checked against (never absolute times: the
 * machine is shared and noisy). Register new ones in {@link Benchmarks}.
 */
public interface Benchmark {

    /** The name used in {@code -Dpolis.bench=...}: lower case, words separated by '-'. */
    String name();

    /** One line for the list of benchmarks and the docs. */
    String description();

    /**
     * Runs the benchmark. It may stop and restart the portal, but must leave it running and ready
     * (or throw). Throwing marks the benchmark as failed; the others still run.
     */
    List<Figure> run(BenchContext ctx) throws Exception;
}
