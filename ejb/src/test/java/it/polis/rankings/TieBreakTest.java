package it.polis.rankings;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TieBreakTest {

    private static TieBreak.GpsKey key(String score, int pref, int children, String birth) {
        return new TieBreak.GpsKey(new BigDecimal(score), pref, children, LocalDate.parse(birth));
    }

    private static List<TieBreak.GpsKey> sorted(TieBreak.GpsKey... keys) {
        List<TieBreak.GpsKey> l = new ArrayList<>(List.of(keys));
        l.sort(TieBreak.GPS);
        return l;
    }

    @Test
    void higherScoreFirst() {
        var a = key("30.00", TieBreak.NO_TITLE, 0, "1990-01-01");
        var b = key("31", TieBreak.NO_TITLE, 0, "1990-01-01");
        assertEquals(List.of(b, a), sorted(a, b));
    }

    @Test
    void preferenceTitlesInTheirLegalOrderBeforeNoTitle() {
        var none = key("30", TieBreak.NO_TITLE, 5, "2000-01-01");
        var p5 = key("30", 5, 0, "1960-01-01");
        var p1 = key("30", 1, 0, "1960-01-01");
        assertEquals(List.of(p1, p5, none), sorted(none, p5, p1));
    }

    @Test
    void thenMoreChildren() {
        var one = key("30", 7, 1, "2000-01-01");
        var three = key("30", 7, 3, "1950-01-01");
        assertEquals(List.of(three, one), sorted(one, three));
    }

    @Test
    void thenTheYounger() {
        var older = key("30", TieBreak.NO_TITLE, 2, "1980-05-01");
        var younger = key("30", TieBreak.NO_TITLE, 2, "1985-05-01");
        assertEquals(List.of(younger, older), sorted(older, younger));
    }

    @Test
    void equalOnEverythingSharesAPosition() {
        TieBreak.Positions p = new TieBreak.Positions();
        assertEquals(1, p.next(key("40", 1, 0, "1990-01-01")));
        assertEquals(2, p.next(key("30", 1, 0, "1990-01-01")));
        assertEquals(2, p.next(key("30.0", 1, 0, "1990-01-01")));
        assertEquals(4, p.next(key("29", 1, 0, "1990-01-01")));
    }

    @Test
    void gaeEarlierInsertionFirst() {
        var late = new TieBreak.GaeKey(new BigDecimal("50"), LocalDate.parse("2008-06-01"));
        var early = new TieBreak.GaeKey(new BigDecimal("50"), LocalDate.parse("1999-06-01"));
        var better = new TieBreak.GaeKey(new BigDecimal("51"), LocalDate.parse("2010-06-01"));
        List<TieBreak.GaeKey> l = new ArrayList<>(List.of(late, early, better));
        l.sort(TieBreak.GAE);
        assertEquals(List.of(better, early, late), l);
    }
}
