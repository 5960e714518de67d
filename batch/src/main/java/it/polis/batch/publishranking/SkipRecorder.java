package it.polis.batch.publishranking;

import it.polis.rankings.Candidate;
import it.polis.rankings.RankingJobWork;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.api.chunk.listener.SkipWriteListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.List;

/** Records every application the scoring step skipped, with the reason, for the ministry to see. */
@Dependent
@Named("rankingSkips")
public class SkipRecorder implements SkipProcessListener, SkipReadListener, SkipWriteListener {

    @Inject
    private JobContext job;

    @EJB
    private RankingJobWork work;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        Long id = item instanceof Candidate c ? c.submissionId() : null;
        work.recordSkip(JobParams.versionId(job, work), id, ex.getMessage());
    }

    @Override
    public void onSkipReadItem(Exception ex) {
        work.recordSkip(JobParams.versionId(job, work), null, "read: " + ex.getMessage());
    }

    @Override
    public void onSkipWriteItem(List<Object> items, Exception ex) {
        work.recordSkip(JobParams.versionId(job, work), null, "write of " + items.size() + " items: "
                + ex.getMessage());
    }
}
