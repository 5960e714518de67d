package it.polis.rankings;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scoring engine: a score from a cycle's rules (data, {@link Rule}) and what an application declares.
 * No points are written here; every line of the result names the rule and the declared item behind it.
 *
 * <p>Service is counted per school year (1 September to 31 August): the days in the subject class and
 * the other days (overlaps counted once, in-class first). A school year with at least the YEAR_DAYS days
 * (166) counts in full (the yearly maximum); otherwise every 30 days make a month and a remainder of at
 * least MONTH_DAYS days (16) makes one more. A school year never gives more than the in-class maximum.
 */
public final class Scoring {

    /** One rule row of a cycle. */
    public record Rule(String code, RuleKind kind, String qualType, Integer gradeFrom, Integer gradeTo,
                       BigDecimal points, BigDecimal maxPoints, Integer maxCount) implements Serializable {
    }

    /** A declared title: its position on the form, type (ACCESS, TEACHING, PHD...), name and grade. */
    public record Title(int pos, String type, String name, int grade) implements Serializable {
    }

    /** A declared service period. */
    public record Service(int pos, String school, LocalDate from, LocalDate to, String subjectClass)
            implements Serializable {
    }

    /** One line of a score: the rule, its points, what earned them. */
    public record Line(String rule, BigDecimal points, String source) implements Serializable {
    }

    /** A score and its lines. */
    public record Score(BigDecimal total, List<Line> lines) implements Serializable {

        /** The lines as text, one a line, fields separated by '|' (what rnk_entry.breakdown keeps). */
        public String encoded() {
            StringBuilder sb = new StringBuilder();
            for (Line l : lines) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(l.rule()).append('|').append(l.points().toPlainString()).append('|')
                        .append(l.source().replace('|', '/').replace('\n', ' '));
            }
            return sb.toString();
        }

        public static List<Line> decode(String encoded) {
            List<Line> result = new ArrayList<>();
            if (encoded == null || encoded.isBlank()) {
                return result;
            }
            for (String row : encoded.split("\n")) {
                String[] f = row.split("\\|", 3);
                if (f.length == 3) {
                    result.add(new Line(f[0], new BigDecimal(f[1]), f[2]));
                }
            }
            return result;
        }
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final List<Rule> qualificationRules = new ArrayList<>();
    private final Rule serviceIn;
    private final Rule serviceOut;
    private final int monthDays;
    private final int yearDays;
    private final BigDecimal totalMax;

    public Scoring(List<Rule> rules) {
        Rule in = null;
        Rule out = null;
        Integer month = null;
        Integer year = null;
        BigDecimal max = null;
        for (Rule r : rules) {
            switch (r.kind()) {
                case QUALIFICATION -> qualificationRules.add(r);
                case SERVICE_IN -> in = r;
                case SERVICE_OUT -> out = r;
                case MONTH_DAYS -> month = r.points().intValue();
                case YEAR_DAYS -> year = r.points().intValue();
                case TOTAL_MAX -> max = r.points();
                default -> throw new IllegalArgumentException(r.kind().name());
            }
        }
        if (in == null || out == null || month == null || year == null) {
            throw new IllegalArgumentException("A cycle needs SERVICE_IN, SERVICE_OUT, MONTH_DAYS and YEAR_DAYS rules");
        }
        this.serviceIn = in;
        this.serviceOut = out;
        this.monthDays = month;
        this.yearDays = year;
        this.totalMax = max;
    }

    /** The score of an application in one subject class. */
    public Score score(String subjectClass, List<Title> titles, List<Service> services) {
        List<Line> lines = new ArrayList<>();
        BigDecimal total = qualifications(titles, lines).add(service(subjectClass, services, lines));
        if (totalMax != null && total.compareTo(totalMax) > 0) {
            lines.add(new Line("TOTAL_MAX", totalMax.subtract(total), "max " + totalMax.toPlainString()));
            total = totalMax;
        }
        return new Score(total.setScale(2, RoundingMode.UNNECESSARY), List.copyOf(lines));
    }

    private BigDecimal qualifications(List<Title> titles, List<Line> lines) {
        // Best first inside each type, so that caps keep the most valuable titles.
        Map<String, BigDecimal> usedByType = new HashMap<>();
        Map<String, Integer> countByType = new HashMap<>();
        List<Title> sorted = new ArrayList<>(titles);
        sorted.sort(Comparator.comparing((Title t) -> rule(t) == null ? BigDecimal.ZERO : rule(t).points())
                .reversed().thenComparingInt(Title::pos));
        BigDecimal total = ZERO;
        for (Title t : sorted) {
            String source = "#" + t.pos() + " " + t.type() + " " + t.name() + " (" + t.grade() + ")";
            if (t.grade() < 0) {
                throw new UnscorableApplication("title " + t.pos() + " has a negative grade");
            }
            Rule r = rule(t);
            if (r == null) {
                lines.add(new Line("-", ZERO, source + ": no rule"));
                continue;
            }
            BigDecimal used = usedByType.getOrDefault(t.type(), ZERO);
            int counted = countByType.getOrDefault(t.type(), 0);
            BigDecimal points = r.points();
            String note = "";
            if (r.maxCount() != null && counted >= r.maxCount()) {
                points = BigDecimal.ZERO;
                note = ": at most " + r.maxCount() + " " + t.type();
            } else if (r.maxPoints() != null && used.add(points).compareTo(r.maxPoints()) > 0) {
                points = r.maxPoints().subtract(used).max(BigDecimal.ZERO);
                note = ": max " + r.maxPoints().toPlainString();
            }
            points = points.setScale(2, RoundingMode.HALF_UP);
            usedByType.put(t.type(), used.add(points));
            countByType.put(t.type(), counted + 1);
            lines.add(new Line(r.code(), points, source + note));
            total = total.add(points);
        }
        return total;
    }

    private Rule rule(Title t) {
        for (Rule r : qualificationRules) {
            if (r.qualType().equals(t.type()) && (r.gradeFrom() == null || t.grade() >= r.gradeFrom())
                    && (r.gradeTo() == null || t.grade() <= r.gradeTo())) {
                return r;
            }
        }
        return null;
    }

    private BigDecimal service(String subjectClass, List<Service> services, List<Line> lines) {
        // school year start -> days in class / other days (bit i = day i from 1 September)
        TreeMap<Integer, BitSet> inDays = new TreeMap<>();
        TreeMap<Integer, BitSet> outDays = new TreeMap<>();
        Map<Integer, List<Integer>> sources = new HashMap<>();
        for (Service s : services) {
            if (s.from() == null || s.to() == null || s.to().isBefore(s.from())) {
                throw new UnscorableApplication("service " + s.pos() + " has no valid dates");
            }
            boolean in = subjectClass.equals(s.subjectClass());
            for (LocalDate d = s.from(); !d.isAfter(s.to()); ) {
                int year = schoolYear(d);
                LocalDate yearEnd = LocalDate.of(year + 1, 8, 31);
                LocalDate end = s.to().isBefore(yearEnd) ? s.to() : yearEnd;
                LocalDate yearStart = LocalDate.of(year, 9, 1);
                int a = (int) ChronoUnit.DAYS.between(yearStart, d);
                int b = (int) ChronoUnit.DAYS.between(yearStart, end);
                (in ? inDays : outDays).computeIfAbsent(year, k -> new BitSet(366)).set(a, b + 1);
                List<Integer> src = sources.computeIfAbsent(year, k -> new ArrayList<>());
                if (!src.contains(s.pos())) {
                    src.add(s.pos());
                }
                d = end.plusDays(1);
            }
        }
        TreeMap<Integer, Boolean> years = new TreeMap<>();
        inDays.keySet().forEach(y -> years.put(y, true));
        outDays.keySet().forEach(y -> years.put(y, true));
        BigDecimal total = ZERO;
        for (int year : years.keySet()) {
            BitSet inSet = inDays.getOrDefault(year, new BitSet());
            BitSet outSet = (BitSet) outDays.getOrDefault(year, new BitSet()).clone();
            outSet.andNot(inSet);
            String label = year + "/" + String.format("%02d", (year + 1) % 100);
            String services1 = " #" + sources.get(year).stream().sorted().map(String::valueOf)
                    .reduce((x, y) -> x + ",#" + y).orElse("");
            BigDecimal yearCap = serviceIn.maxPoints();
            BigDecimal inPoints = ZERO;
            if (!inSet.isEmpty()) {
                inPoints = points(inSet.cardinality(), serviceIn);
                lines.add(new Line(serviceIn.code(), inPoints, label + " " + subjectClass + ": "
                        + inSet.cardinality() + " d" + explain(inSet.cardinality()) + services1));
            }
            if (!outSet.isEmpty()) {
                BigDecimal outPoints = points(outSet.cardinality(), serviceOut);
                String note = "";
                if (yearCap != null && inPoints.add(outPoints).compareTo(yearCap) > 0) {
                    outPoints = yearCap.subtract(inPoints).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
                    note = ", year max " + yearCap.toPlainString();
                }
                lines.add(new Line(serviceOut.code(), outPoints, label + " other: " + outSet.cardinality() + " d"
                        + explain(outSet.cardinality()) + note + services1));
                total = total.add(outPoints);
            }
            total = total.add(inPoints);
        }
        return total;
    }

    private String explain(int days) {
        if (days >= yearDays) {
            return " >= " + yearDays + ": full year";
        }
        return " = " + months(days) + " m";
    }

    /** Months of service in a school year for so many days: 30 a month, a remainder of 16+ days one more. */
    public int months(int days) {
        return days / 30 + (days % 30 >= monthDays ? 1 : 0);
    }

    private BigDecimal points(int days, Rule rule) {
        BigDecimal cap = rule.maxPoints();
        if (days >= yearDays && cap != null) {
            return cap.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal p = rule.points().multiply(BigDecimal.valueOf(months(days)));
        if (cap != null && p.compareTo(cap) > 0) {
            p = cap;
        }
        return p.setScale(2, RoundingMode.HALF_UP);
    }

    /** The school year a day belongs to, by its starting calendar year (2019 for 2019/20). */
    public static int schoolYear(LocalDate d) {
        return d.getMonthValue() >= 9 ? d.getYear() : d.getYear() - 1;
    }
}
