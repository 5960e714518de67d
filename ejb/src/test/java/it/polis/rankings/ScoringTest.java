package it.polis.rankings;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scoring with the rules of cycle GPS-2027-29 exactly as the migration loads them. */
class ScoringTest {

    /** The rnk_rule rows of the migration, parsed from its INSERT statements. */
    static List<Scoring.Rule> migrationRules() {
        String sql;
        try (InputStream in = ScoringTest.class.getResourceAsStream("/db/migration/common/V31__ranking_rules.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Matcher m = Pattern.compile("INSERT INTO rnk_rule \\([^)]*\\)\\s*VALUES \\((.*)\\);").matcher(sql);
        List<Scoring.Rule> rules = new ArrayList<>();
        while (m.find()) {
            List<String> v = values(m.group(1));
            rules.add(new Scoring.Rule(v.get(2), RuleKind.valueOf(v.get(3)), v.get(4), integer(v.get(5)),
                    integer(v.get(6)), new BigDecimal(v.get(7)), v.get(8) == null ? null : new BigDecimal(v.get(8)),
                    integer(v.get(9))));
        }
        assertEquals(14, rules.size(), "rules parsed from the migration");
        return rules;
    }

    private static List<String> values(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    cur.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(clean(cur.toString()));
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(clean(cur.toString()));
        return out;
    }

    private static String clean(String s) {
        String t = s.trim();
        return t.equals("NULL") ? null : t;
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private final Scoring scoring = new Scoring(migrationRules());

    private static Scoring.Service service(int pos, String from, String to, String cls) {
        return new Scoring.Service(pos, "RMIC81200D", LocalDate.parse(from), LocalDate.parse(to), cls);
    }

    private static BigDecimal p(String s) {
        return new BigDecimal(s);
    }

    @Test
    void accessTitleByGradeAndOnlyTheBestCounts() {
        Scoring.Score s = scoring.score("A022", List.of(new Scoring.Title(1, "ACCESS", "Laurea", 110),
                new Scoring.Title(2, "ACCESS", "Laurea bis", 85)), List.of());
        assertEquals(0, p("20").compareTo(s.total()), s.lines().toString());
        assertEquals("ACC-106", s.lines().get(0).rule());
        assertEquals(0, s.lines().get(1).points().signum(), "the second access title gives nothing");
        assertTrue(s.lines().get(1).source().contains("at most 1"));
        assertEquals(0, p("14").compareTo(scoring.score("A022",
                List.of(new Scoring.Title(1, "ACCESS", "L", 80)), List.of()).total()));
        assertEquals(0, p("12").compareTo(scoring.score("A022",
                List.of(new Scoring.Title(1, "ACCESS", "L", 79)), List.of()).total()));
    }

    @Test
    void typeMaximaCapTheTotals() {
        Scoring.Score s = scoring.score("A022", List.of(new Scoring.Title(1, "MASTER", "M1", 0),
                new Scoring.Title(2, "MASTER", "M2", 0), new Scoring.Title(3, "MASTER", "M3", 0),
                new Scoring.Title(4, "MASTER", "M4", 0), new Scoring.Title(5, "CERTIFICATION", "C1", 0),
                new Scoring.Title(6, "CERTIFICATION", "C2", 0), new Scoring.Title(7, "CERTIFICATION", "C3", 0),
                new Scoring.Title(8, "UNKNOWN", "?", 0)), List.of());
        assertEquals(0, p("9").compareTo(s.total()), "3 masters (max 3) + 2 certifications (max 6)");
        assertEquals(8, s.lines().size(), "every declared title has a line, even those giving nothing");
    }

    @Test
    void sixteenDaysMakeAMonthFifteenDoNot() {
        assertEquals(1, scoring.months(16));
        assertEquals(0, scoring.months(15));
        assertEquals(2, scoring.months(46));
        assertEquals(1, scoring.months(45));
        // 1..16 October: 16 days in class = 1 month = 2 points
        assertEquals(0, p("2").compareTo(scoring.score("A022", List.of(),
                List.of(service(1, "2024-10-01", "2024-10-16", "A022"))).total()));
        assertEquals(0, scoring.score("A022", List.of(),
                List.of(service(1, "2024-10-01", "2024-10-15", "A022"))).total().signum());
    }

    @Test
    void a166DayYearCountsInFull() {
        // 166 days from 1 October 2024: the full year, 12 points, though 166/30 is 5 months + 16 days (6 months)
        LocalDate from = LocalDate.of(2024, 10, 1);
        Scoring.Score full = scoring.score("A022", List.of(),
                List.of(service(1, from.toString(), from.plusDays(165).toString(), "A022")));
        assertEquals(0, p("12").compareTo(full.total()), full.lines().toString());
        assertTrue(full.lines().get(0).source().contains("full year"));
        // 165 days: 5 months + 15 days = 5 months = 10 points
        Scoring.Score almost = scoring.score("A022", List.of(),
                List.of(service(1, from.toString(), from.plusDays(164).toString(), "A022")));
        assertEquals(0, p("10").compareTo(almost.total()), almost.lines().toString());
    }

    @Test
    void serviceOutOfClassAndYearCapsAndOverlaps() {
        // the same days declared twice (in and out of class) count once, in class
        Scoring.Score s = scoring.score("A022", List.of(), List.of(
                service(1, "2024-09-01", "2024-10-30", "A022"),
                service(2, "2024-09-01", "2024-10-30", "A028"),
                service(3, "2024-11-01", "2024-12-30", "A028")));
        // in class: 60 days = 2 months = 4; out: 60 days = 2 months = 2
        assertEquals(0, p("6").compareTo(s.total()), s.lines().toString());
        // a full year in class plus out-of-class days: the year never gives more than 12
        Scoring.Score capped = scoring.score("A022", List.of(), List.of(
                service(1, "2023-09-01", "2024-03-31", "A022"), service(2, "2024-04-01", "2024-06-30", "A028")));
        assertEquals(0, p("12").compareTo(capped.total()), capped.lines().toString());
        // a period across two school years is split at 31 August
        Scoring.Score split = scoring.score("A022", List.of(), List.of(service(1, "2024-08-02", "2024-09-16", "A022")));
        assertEquals(2, split.lines().size(), split.lines().toString());
        assertEquals(0, p("4").compareTo(split.total()), "30 days (1 month) + 16 days (1 month)");
    }

    @Test
    void breakdownSurvivesItsTextForm() {
        Scoring.Score s = scoring.score("A022", List.of(new Scoring.Title(1, "PHD", "Dottorato | fisica", 0)),
                List.of(service(1, "2024-10-01", "2024-10-16", "A022")));
        List<Scoring.Line> back = Scoring.Score.decode(s.encoded());
        assertEquals(2, back.size());
        assertEquals("PHD", back.get(0).rule());
        assertEquals(0, p("12").compareTo(back.get(0).points()));
        assertEquals("SRV-IN", back.get(1).rule());
    }

    @Test
    void badDatesCannotBeScored() {
        assertThrows(UnscorableApplication.class, () -> scoring.score("A022", List.of(),
                List.of(service(1, "2024-10-16", "2024-10-01", "A022"))));
    }
}
