package it.polis.batch.publishranking;

import it.polis.rankings.RankingJobWork;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The school rankings of a partition, from its GPS positions and the schools chosen. */
@Dependent
@Named("rankingSchools")
public class SchoolsBatchlet extends AbstractBatchlet {

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String province;

    @Inject
    @BatchProperty
    private String subjectClass;

    @EJB
    private RankingJobWork work;

    @Override
    public String process() {
        return "ROWS " + work.deriveSchools(JobParams.versionId(job, work), province, subjectClass);
    }
}
