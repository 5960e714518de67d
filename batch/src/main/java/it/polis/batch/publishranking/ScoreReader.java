package it.polis.batch.publishranking;

import it.polis.rankings.Candidate;
import it.polis.rankings.RankingJobWork;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The applications of one partition in submission order, a page at a time; the checkpoint is the last
 * submission read, and the last one written says the same after a crash, so a restart goes on after the last
 * committed chunk.
 */
@Dependent
@Named("rankingScoreReader")
public class ScoreReader extends AbstractItemReader {

    private static final int PAGE = 500;

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

    private long version;
    private long last;
    private long delayMs;
    private final Deque<Candidate> buffer = new ArrayDeque<>();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        version = JobParams.versionId(job, work);
        // The partition plan is made anew on a restart (see ProvinceClassMapper): the committed rows tell
        // where this partition got to.
        last = Math.max(checkpoint == null ? 0 : (Long) checkpoint, work.lastWritten(version, province, subjectClass));
        delayMs = work.allowedItemDelayMs(JobParams.number(job, "itemDelayMs", 0));
    }

    @Override
    public Object readItem() throws InterruptedException {
        if (buffer.isEmpty() && !exhausted) {
            var page = work.candidates(version, province, subjectClass, last, PAGE);
            buffer.addAll(page);
            exhausted = page.size() < PAGE;
        }
        Candidate c = buffer.poll();
        if (c != null) {
            last = c.submissionId();
            if (delayMs > 0) {
                Thread.sleep(delayMs);
            }
        }
        return c;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
