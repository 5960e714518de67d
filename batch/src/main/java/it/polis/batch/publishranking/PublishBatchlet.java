package it.polis.batch.publishranking;

import it.polis.rankings.RankingJobWork;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Publish mode: the approved version becomes the visible one in one transaction. */
@Dependent
@Named("rankingPublish")
public class PublishBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @EJB
    private RankingJobWork work;

    @Override
    public String process() {
        long version = JobParams.versionId(job, work);
        work.publish(version, JobParams.of(job).getProperty("requestedBy"));
        return "PUBLISHED " + version;
    }
}
