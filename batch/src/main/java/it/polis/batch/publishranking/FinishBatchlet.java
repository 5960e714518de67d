package it.polis.batch.publishranking;

import it.polis.rankings.RankingJobWork;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Last step of a dry run: partitions outside the scope carried over, the diff, the candidate ready. */
@Dependent
@Named("rankingFinish")
public class FinishBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @EJB
    private RankingJobWork work;

    @Override
    public String process() {
        long version = JobParams.versionId(job, work);
        work.carryOver(version, work.partitions(version));
        work.finishDryRun(version);
        return "CANDIDATE " + version;
    }
}
