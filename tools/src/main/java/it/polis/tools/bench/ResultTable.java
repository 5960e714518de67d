package it.polis.tools.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The summary printed at the end: one row per figure, measured next to baseline, ratio and goal. */
final class ResultTable {

    private static final String ROW = "%-13s %-26s %14s   %-16s %14s %8s  %-9s %s%n";

    private ResultTable() {
    }

    static String line(Figure f) {
        return String.format(Locale.ROOT, "%s: %s %s vs %s %s = %s (goal %s) %s", f.benchmark(), f.label(),
                value(f.measured(), f.unit()), f.baselineLabel(), value(f.baseline(), f.unit()), ratio(f.ratio()),
                f.goal(), f.met() ? "met" : "MISSED");
    }

    static String render(Map<String, List<Figure>> results, Map<String, String> failures,
                         BenchContext.Settings settings, double totalSeconds) {
        StringBuilder sb = new StringBuilder();
        String rule = "=".repeat(118) + "\n";
        sb.append('\n').append(rule);
        sb.append(String.format(Locale.ROOT, "POLIS benchmarks  (%d cores, %d client threads, %d s per measurement, "
                        + "%d sessions; total %.0f s)%n", Runtime.getRuntime().availableProcessors(), settings.threads(),
                settings.seconds(), settings.sessions(), totalSeconds));
        sb.append(rule);
        sb.append(String.format(Locale.ROOT, ROW, "benchmark", "figure", "measured", "baseline", "", "ratio",
                "goal", "status"));
        sb.append("-".repeat(118)).append('\n');
        for (var e : results.entrySet()) {
            for (Figure f : e.getValue()) {
                sb.append(String.format(Locale.ROOT, ROW, f.benchmark(), f.label(), value(f.measured(), f.unit()),
                        f.baselineLabel(), value(f.baseline(), f.unit()), ratio(f.ratio()),
                        f.goal() == null ? "" : f.goal().toString(), f.met() ? "met" : "MISSED"));
            }
        }
        for (var e : failures.entrySet()) {
            sb.append(String.format(Locale.ROOT, "%-13s FAILED: %s%n", e.getKey(), e.getValue()));
        }
        sb.append("-".repeat(118)).append('\n');
        for (var e : results.entrySet()) {
            for (Figure f : e.getValue()) {
                for (String d : f.details()) {
                    sb.append("  ").append(f.benchmark()).append(": ").append(d).append('\n');
                }
            }
        }
        sb.append(rule);
        return sb.toString();
    }

    static String value(double v, String unit) {
        String n = Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.1f", v);
        return n + " " + unit;
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? "n/a" : String.format(Locale.ROOT, "%.2fx", r);
    }
}
