package it.polis.batch.publishranking;

import it.polis.rankings.Candidate;
import it.polis.rankings.Entry;
import it.polis.rankings.RankingJobWork;
import it.polis.rankings.Scoring;
import it.polis.rankings.UnscorableApplication;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Scores an application in the partition's subject class with the cycle's rules. */
@Dependent
@Named("rankingScoreProcessor")
public class ScoreProcessor implements ItemProcessor {

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String subjectClass;

    @EJB
    private RankingJobWork work;

    private Scoring scoring;

    @Override
    public Object processItem(Object item) {
        if (scoring == null) {
            scoring = work.scoring(JobParams.versionId(job, work));
        }
        Candidate c = (Candidate) item;
        if (c.birthDate() == null) {
            throw new UnscorableApplication("submission " + c.submissionId() + ": no birth date");
        }
        Scoring.Score s = scoring.score(subjectClass, c.titles(), c.services());
        return new Entry(c.submissionId(), c.accountId(), c.band(), s.total(), c.prefRank(), c.children(),
                c.birthDate(), s.encoded());
    }
}
