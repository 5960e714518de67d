package it.polis.batch.publishranking;

import it.polis.rankings.RankingJobWork;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.Properties;

/** First step: the version this run works on (a new candidate for a dry run, the approved one to publish). */
@Dependent
@Named("rankingPrepare")
public class PrepareBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @EJB
    private RankingJobWork work;

    @Override
    public String process() {
        Properties p = JobParams.of(job);
        long version = work.prepare(job.getInstanceId(), p.getProperty("cycle"), p.getProperty("scope", "ALL"),
                p.getProperty("mode", RankingJobWork.DRY_RUN), JobParams.version(job), p.getProperty("requestedBy"));
        return "VERSION " + version;
    }
}
