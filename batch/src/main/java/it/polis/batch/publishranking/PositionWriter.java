package it.polis.batch.publishranking;

import it.polis.rankings.RankingJobWork;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/** Stores the positions of a chunk (an update: writing it twice changes nothing). */
@Dependent
@Named("rankingPositionWriter")
public class PositionWriter extends AbstractItemWriter {

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

    private Long version;

    private long version() {
        if (version == null) {
            version = JobParams.versionId(job, work);
        }
        return version;
    }

    @Override
    public void writeItems(List<Object> items) {
        List<RankingJobWork.Ranked> rows = new ArrayList<>(items.size());
        items.forEach(i -> rows.add((RankingJobWork.Ranked) i));
        work.writePositions(version(), province, subjectClass, rows);
    }
}
