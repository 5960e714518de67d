package it.polis.rankings;

import java.io.Serializable;
import java.time.Instant;

/** A ranking version as the ministry pages show it. */
public record VersionView(long id, String cycleCode, VersionState state, String scope, Long jobInstanceId,
                          String runBy, Instant runAt, Instant computedAt, String approvedBy, Instant approvedAt,
                          String publishedBy, Instant publishedAt, Long previousVersionId, Long baseVersionId,
                          int entries, int entered, int left, int up, int down, int scoreChanged,
                          boolean visible) implements Serializable {

    static VersionView of(RankingVersion v, RankingCycle c) {
        return new VersionView(v.getId(), c.getCode(), v.getState(), v.getScope(), v.getJobInstanceId(), v.getRunBy(),
                v.getRunAt(), v.getComputedAt(), v.getApprovedBy(), v.getApprovedAt(), v.getPublishedBy(),
                v.getPublishedAt(), v.getPreviousVersionId(), v.getBaseVersionId(), v.getEntries(),
                v.getDiffEntered(), v.getDiffLeft(), v.getDiffUp(), v.getDiffDown(), v.getDiffScore(),
                v.getId().equals(c.getPublishedVersionId()));
    }
}
