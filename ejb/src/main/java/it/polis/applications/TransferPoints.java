package it.polis.applications;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The points a transfer request declares, with the rule behind each (simplified from the national
 * mobility contract tables): years of permanent service, family reunion, children by age. Shown on the
 * check page, the application and the receipt, so the applicant sees why the total is what it is.
 */
public final class TransferPoints {

    public static final int PER_SERVICE_YEAR = 6;
    public static final int FAMILY_REUNION = 6;
    public static final int PER_CHILD_UNDER_6 = 4;
    public static final int PER_CHILD_6_TO_17 = 3;
    public static final int MAX_CHILDREN = 15;

    /** One line of the breakdown: the rule (a message key), how many units, the points it gives. */
    public record Line(String ruleKey, int units, int points) implements Serializable {
    }

    public record Points(int total, List<Line> lines) implements Serializable {
    }

    private TransferPoints() {
    }

    /** The points of a transfer form; fields left blank or out of range count as nothing. */
    public static Points of(FormData data) {
        List<Line> lines = new ArrayList<>();
        int years = count(data, "serviceYears");
        if (years > 0 && years <= 45) {
            lines.add(new Line("app.points.serviceYears", years, years * PER_SERVICE_YEAR));
        }
        String reason = data.get("familyReason");
        if (reason != null && !"NONE".equals(reason) && ApplicationForms.FAMILY_REASONS.contains(reason)) {
            lines.add(new Line("app.points.family." + reason, 1, FAMILY_REUNION));
        }
        int young = Math.min(count(data, "childrenUnder6"), MAX_CHILDREN);
        if (young > 0) {
            lines.add(new Line("app.points.childrenUnder6", young, young * PER_CHILD_UNDER_6));
        }
        int older = Math.min(count(data, "children6to17"), MAX_CHILDREN);
        if (older > 0) {
            lines.add(new Line("app.points.children6to17", older, older * PER_CHILD_6_TO_17));
        }
        return new Points(lines.stream().mapToInt(Line::points).sum(), List.copyOf(lines));
    }

    /** A small whole number typed in a field; 0 when blank or not a number. */
    static int count(FormData data, String field) {
        String v = data.get(field);
        return v != null && v.matches("\\d{1,2}") ? Integer.parseInt(v) : 0;
    }
}
