package it.polis.batch.publishranking;

import it.polis.rankings.RankingJobWork;
import jakarta.batch.api.Decider;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Dry run (compute a candidate) or publish (switch to an approved version). */
@Dependent
@Named("rankingMode")
public class ModeDecider implements Decider {

    @Inject
    private JobContext job;

    @Override
    public String decide(StepExecution[] executions) {
        return JobParams.of(job).getProperty("mode", RankingJobWork.DRY_RUN);
    }
}
