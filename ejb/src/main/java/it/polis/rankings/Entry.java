package it.polis.rankings;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A scored candidate of one partition, as the job writes it (position comes in a later step). */
public record Entry(long submissionId, long accountId, int band, BigDecimal score, int prefRank, int children,
                   LocalDate birthDate, String breakdown) implements Serializable {

    public TieBreak.GpsKey key() {
        return new TieBreak.GpsKey(score, prefRank, children, birthDate);
    }
}
