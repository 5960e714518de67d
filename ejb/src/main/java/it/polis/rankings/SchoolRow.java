package it.polis.rankings;

import java.io.Serializable;
import java.math.BigDecimal;

/** One row of a school's own ranking (the name only: the school sees who is in its list). */
public record SchoolRow(String subjectClass, int band, long position, String name, BigDecimal score,
                        long submissionId) implements Serializable {

    public String key() {
        return subjectClass + "-" + band + "-" + submissionId;
    }
}
