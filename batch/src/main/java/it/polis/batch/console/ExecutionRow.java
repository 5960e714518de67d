package it.polis.batch.console;

import jakarta.batch.runtime.JobExecution;

import java.io.Serializable;
import java.util.Date;
import java.util.Properties;
import java.util.TreeMap;

/** One job execution as the console lists it. */
public record ExecutionRow(long executionId, long instanceId, String jobName, String batchStatus, String exitStatus,
                           Date createTime, Date startTime, Date endTime, String parameters, int steps,
                           long read, long written, long skipped) implements Serializable {

    static String parameters(Properties p) {
        if (p == null || p.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(p).forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }

    public boolean running() {
        return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus) || "STOPPING".equals(batchStatus);
    }

    public boolean restartable() {
        return "FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus);
    }

    static ExecutionRow of(JobExecution e, long instanceId, int steps, long read, long written, long skipped) {
        return new ExecutionRow(e.getExecutionId(), instanceId, e.getJobName(), String.valueOf(e.getBatchStatus()),
                e.getExitStatus(), e.getCreateTime(), e.getStartTime(), e.getEndTime(),
                parameters(e.getJobParameters()), steps, read, written, skipped);
    }
}
