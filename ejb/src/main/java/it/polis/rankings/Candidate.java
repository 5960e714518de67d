package it.polis.rankings;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What one GPS application declares for one subject class, as the scoring needs it. */
public record Candidate(long submissionId, long accountId, int band, LocalDate birthDate, int children,
                        int prefRank, List<Scoring.Title> titles, List<Scoring.Service> services)
        implements Serializable {
}
