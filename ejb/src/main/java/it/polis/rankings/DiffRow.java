package it.polis.rankings;

import java.io.Serializable;
import java.math.BigDecimal;

/** One change of a candidate version against the published one. */
public record DiffRow(String province, String subjectClass, int band, long submissionId, String kind,
                     Long oldPosition, Long newPosition, BigDecimal oldScore, BigDecimal newScore)
        implements Serializable {

    public String key() {
        return province + "-" + subjectClass + "-" + band + "-" + submissionId;
    }
}
