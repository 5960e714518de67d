package it.polis.batch.publishranking;

import it.polis.rankings.RankingJobWork;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;

import java.util.Properties;

/** The job's parameters, read from the execution (restarts see the parameters they were restarted with). */
final class JobParams {

    private JobParams() {
    }

    static Properties of(JobContext job) {
        Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        return p == null ? new Properties() : p;
    }

    static Long version(JobContext job) {
        String v = of(job).getProperty("version");
        return v == null || v.isBlank() ? null : Long.valueOf(v.trim());
    }

    static long versionId(JobContext job, RankingJobWork work) {
        return work.versionOf(job.getInstanceId(), version(job));
    }

    static long number(JobContext job, String name, long fallback) {
        String v = of(job).getProperty(name);
        try {
            return v == null || v.isBlank() ? fallback : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
