package it.polis.batch.publishranking;

import it.polis.rankings.RankingJobWork;
import it.polis.rankings.TieBreak;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * A partition's entries in ranking order with their positions (ties share one). The checkpoint holds
 * how far it got and the position state, so a restart numbers on exactly as an uninterrupted run.
 */
@Dependent
@Named("rankingRankReader")
public class RankReader extends AbstractItemReader {

    record Mark(int index, int band, TieBreak.Positions positions) implements Serializable {
    }

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

    private List<RankingJobWork.Ranked> rows;
    private int index;
    private int band = -1;
    private TieBreak.Positions positions = new TieBreak.Positions();

    @Override
    public void open(Serializable checkpoint) {
        rows = work.rankOrder(JobParams.versionId(job, work), province, subjectClass);
        if (checkpoint instanceof Mark m) {
            index = m.index();
            band = m.band();
            positions = m.positions();
            return;
        }
        // A restart with a new partition plan: go on after the last committed position, with the tie state
        // of the rows before it.
        while (index < rows.size() && rows.get(index).position() > 0) {
            index++;
        }
        if (index > 0) {
            RankingJobWork.Ranked previous = rows.get(index - 1);
            band = previous.band();
            long seenInBand = rows.subList(0, index).stream().filter(r -> r.band() == previous.band()).count();
            positions = new TieBreak.Positions(seenInBand, previous.position(), previous.key());
        }
    }

    @Override
    public Object readItem() {
        if (index >= rows.size()) {
            return null;
        }
        RankingJobWork.Ranked r = rows.get(index++);
        if (r.band() != band) {
            band = r.band();
            positions = new TieBreak.Positions();
        }
        return r.at(positions.next(r.key()));
    }

    @Override
    public Serializable checkpointInfo() {
        return new Mark(index, band, positions);
    }
}
