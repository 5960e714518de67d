package it.polis.rankings;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * The order of a ranking. GPS: higher score first; on equal scores the legal preference titles
 * (DPR 487/1994 art. 5: the best title held, by its legal order, before no title), then more children,
 * then the younger candidate. Two rows equal on all four share a position (SQL {@code RANK()}).
 * GAE: higher score first, then the earlier insertion.
 */
public final class TieBreak {

    /** The preference rank of a candidate without any preference title (after every title). */
    public static final int NO_TITLE = 99;

    /** What the GPS order looks at. */
    public record GpsKey(BigDecimal score, int prefRank, int children, LocalDate birthDate) implements Serializable {
    }

    /** What the GAE order looks at. */
    public record GaeKey(BigDecimal score, LocalDate insertedOn) implements Serializable {
    }

    public static final Comparator<GpsKey> GPS = Comparator.comparing(GpsKey::score, Comparator.reverseOrder())
            .thenComparingInt(GpsKey::prefRank)
            .thenComparing(GpsKey::children, Comparator.reverseOrder())
            .thenComparing(GpsKey::birthDate, Comparator.reverseOrder());

    public static final Comparator<GaeKey> GAE = Comparator.comparing(GaeKey::score, Comparator.reverseOrder())
            .thenComparing(GaeKey::insertedOn);

    private TieBreak() {
    }

    /**
     * Positions in a sorted run (RANK semantics): call {@link #next} with each key in order; equal keys
     * get the position of the first of them.
     */
    public static final class Positions implements Serializable {
        private static final long serialVersionUID = 1L;
        private long seen;
        private long position;
        private GpsKey last;

        public Positions() {
        }

        public Positions(long seen, long position, GpsKey last) {
            this.seen = seen;
            this.position = position;
            this.last = last;
        }

        public long next(GpsKey key) {
            seen++;
            if (last == null || GPS.compare(last, key) != 0) {
                position = seen;
            }
            last = key;
            return position;
        }

        public long seen() {
            return seen;
        }

        public long position() {
            return position;
        }

        public GpsKey last() {
            return last;
        }
    }
}
