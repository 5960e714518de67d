package it.polis.batch.publishranking;

import it.polis.rankings.RankingJobWork;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.util.List;
import java.util.Properties;

/** One partition per province x subject class in the run's scope. */
@Dependent
@Named("rankingPartitions")
public class ProvinceClassMapper implements PartitionMapper {

    @Inject
    private JobContext job;

    @EJB
    private RankingJobWork work;

    @Override
    public PartitionPlan mapPartitions() {
        long version = JobParams.versionId(job, work);
        List<String[]> parts = work.partitions(version);
        PartitionPlanImpl plan = new PartitionPlanImpl();
        int n = Math.max(1, parts.size());
        Properties[] props = new Properties[n];
        for (int i = 0; i < n; i++) {
            props[i] = new Properties();
            // an empty run still needs one partition: it reads nothing
            props[i].setProperty("province", parts.isEmpty() ? "-" : parts.get(i)[0]);
            props[i].setProperty("subjectClass", parts.isEmpty() ? "-" : parts.get(i)[1]);
        }
        plan.setPartitions(n);
        plan.setThreads((int) Math.min(n, Math.max(1, JobParams.number(job, "threads", 2))));
        plan.setPartitionProperties(props);
        // A new plan on every start and restart: this JBatch cannot restart the partitions of a step killed
        // mid-way (their number was never stored), so the readers find where each partition got to in the
        // rows already committed (ScoreReader, RankReader) and the writers replace rather than duplicate.
        plan.setPartitionsOverride(true);
        return plan;
    }
}
