package it.polis.tools.bench;

import java.util.List;
import java.util.Locale;

/**
 * One result: a measured value next to its baseline from the same run, their ratio
 * (measured / baseline) and the goal that ratio should meet. {@code details} are extra
 * lines printed under the table (latencies, partial times, ...).
 */
public record Figure(String benchmark, String label, double measured, String unit, String baselineLabel,
                     double baseline, Goal goal, List<String> details) {

    public double ratio() {
        return baseline == 0 ? Double.NaN : measured / baseline;
    }

    public boolean met() {
        return goal == null || goal.met(ratio());
    }

    /** A goal on the ratio measured / baseline. */
    public record Goal(boolean atLeast, double ratio) {

        public static Goal atLeast(double ratio) {
            return new Goal(true, ratio);
        }

        public static Goal atMost(double ratio) {
            return new Goal(false, ratio);
        }

        public boolean met(double actual) {
            return !Double.isNaN(actual) && (atLeast ? actual >= ratio : actual <= ratio);
        }

        @Override
        public String toString() {
            return (atLeast ? ">= " : "<= ") + String.format(Locale.ROOT, "%.2fx", ratio);
        }
    }
}
