package it.polis.rankings;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A citizen's place in one ranking: kind (GPS, SCHOOL, ATA_SCHOOL, ATA_24, GAE), where (province, school),
 * which list (subject class or ATA profile), band, score, position out of how many, and for GPS the lines
 * of the score.
 */
public record MyPosition(String kind, String cycle, String province, String school, String list, Integer band,
                         BigDecimal score, long position, long of, List<Scoring.Line> lines) implements Serializable {
}
