package it.polis.batch.console;

import it.polis.identity.Role;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.batch.BatchJobs;
import it.polis.rankings.RankingJobWork;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ministry's window on batch jobs: every job's executions with status, parameters, times and step
 * metrics; start with parameters, stop, restart, abandon. Looking needs one of the operator roles that
 * run jobs; acting on a job needs that job's own role ({@link #requiredRole}); every action is audited.
 * The parameter {@code requestedBy} is always the signed-in caller, whatever was typed. Every call to the
 * job operator goes through {@link BatchJobs}, so jobs the portal started anywhere are listed here.
 */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.RANKING_PUBLISHER, Role.RANKING_APPROVER, Role.CAMPAIGN_MANAGER})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchConsole {

    /** The email campaign job (started from the campaign pages, which also pause and resume it). */
    static final String SEND_CAMPAIGN = "send-campaign";

    /** Jobs the portal ships (listed even before their first run); the job repository adds any other. */
    static final List<String> KNOWN_JOBS = List.of(RankingJobWork.JOB, SEND_CAMPAIGN);

    /** Who may start, stop, restart or abandon a job; jobs not listed: the administrator. */
    static final Map<String, String> ROLE_BY_JOB = Map.of(RankingJobWork.JOB, Role.RANKING_PUBLISHER,
            SEND_CAMPAIGN, Role.CAMPAIGN_MANAGER);

    @Resource
    private SessionContext caller;

    @Inject
    private AuditLog audit;

    @EJB
    private RankingJobWork rankings;

    @EJB
    private ConsoleAudit consoleAudit;

    @EJB
    private BatchJobs jobs;

    public Set<String> jobNames() {
        Set<String> names = new TreeSet<>(KNOWN_JOBS);
        names.addAll(jobs.jobNames());
        return names;
    }

    public static String requiredRole(String jobName) {
        return ROLE_BY_JOB.getOrDefault(jobName, Role.ADMINISTRATOR);
    }

    public boolean mayOperate(String jobName) {
        return caller.isCallerInRole(requiredRole(jobName));
    }

    public List<JobExecution> recentExecutions(String jobName, int max) {
        List<JobExecution> result = new ArrayList<>();
        int count = jobs.instanceCount(jobName);
        for (var instance : jobs.instances(jobName, 0, Math.min(count, max))) {
            result.addAll(jobs.executions(instance));
        }
        result.sort(Comparator.comparing(JobExecution::getCreateTime).reversed());
        return result.size() > max ? result.subList(0, max) : result;
    }

    /** The latest executions of every job (or one), newest first, with summed step metrics. */
    public List<ExecutionRow> executions(String onlyJob, int max) {
        List<ExecutionRow> rows = new ArrayList<>();
        for (String job : jobs.jobNames()) {
            if (onlyJob != null && !onlyJob.isBlank() && !onlyJob.equals(job)) {
                continue;
            }
            int count = jobs.instanceCount(job);
            for (JobInstance instance : jobs.instances(job, 0, Math.min(count, max))) {
                for (JobExecution e : jobs.executions(instance)) {
                    long read = 0;
                    long written = 0;
                    long skipped = 0;
                    List<StepExecution> steps = jobs.steps(e.getExecutionId());
                    for (StepExecution s : steps) {
                        read += metric(s, Metric.MetricType.READ_COUNT);
                        written += metric(s, Metric.MetricType.WRITE_COUNT);
                        skipped += metric(s, Metric.MetricType.READ_SKIP_COUNT)
                                + metric(s, Metric.MetricType.PROCESS_SKIP_COUNT)
                                + metric(s, Metric.MetricType.WRITE_SKIP_COUNT);
                    }
                    rows.add(ExecutionRow.of(e, instance.getInstanceId(), steps.size(), read, written, skipped));
                }
            }
        }
        rows.sort(Comparator.comparing(ExecutionRow::createTime).reversed()
                .thenComparing(Comparator.comparingLong(ExecutionRow::executionId).reversed()));
        return rows.size() > max ? rows.subList(0, max) : rows;
    }

    public ExecutionRow execution(long executionId) {
        JobExecution e = jobs.execution(executionId);
        JobInstance i = jobs.instance(executionId);
        return ExecutionRow.of(e, i.getInstanceId(), jobs.steps(executionId).size(), 0, 0, 0);
    }

    public List<StepRow> steps(long executionId) {
        List<StepRow> rows = new ArrayList<>();
        for (StepExecution s : jobs.steps(executionId)) {
            Object data = s.getPersistentUserData();
            String error = data instanceof String t && t.startsWith("ERROR ") ? t.substring(6) : null;
            rows.add(new StepRow(s.getStepExecutionId(), s.getStepName(), String.valueOf(s.getBatchStatus()),
                    s.getExitStatus(), s.getStartTime(), s.getEndTime(), metric(s, Metric.MetricType.READ_COUNT),
                    metric(s, Metric.MetricType.WRITE_COUNT), metric(s, Metric.MetricType.COMMIT_COUNT),
                    metric(s, Metric.MetricType.ROLLBACK_COUNT), metric(s, Metric.MetricType.READ_SKIP_COUNT),
                    metric(s, Metric.MetricType.PROCESS_SKIP_COUNT), metric(s, Metric.MetricType.WRITE_SKIP_COUNT),
                    metric(s, Metric.MetricType.FILTER_COUNT), error));
        }
        return rows;
    }

    /** Starts a job; returns the execution id. */
    public long start(String jobName, Properties parameters) {
        check(jobName);
        Properties p = new Properties();
        if (parameters != null) {
            p.putAll(parameters);
        }
        p.setProperty("requestedBy", me());
        long id;
        try {
            id = jobs.start(jobName, p);
        } catch (jakarta.batch.operations.JobStartException e) {
            throw new BatchRefused("batch.start.failed");
        }
        consoleAudit.record(me(), "BATCH_STARTED", id, jobName + " " + ExecutionRow.parameters(p));
        return id;
    }

    public void stop(long executionId) {
        String job = jobs.execution(executionId).getJobName();
        check(job);
        try {
            jobs.stop(executionId);
        } catch (jakarta.batch.operations.JobExecutionNotRunningException e) {
            throw new BatchRefused("batch.notRunning");
        }
        consoleAudit.record(me(), "BATCH_STOPPED", executionId, job);
    }

    /** Restarts a failed or stopped execution with its own parameters; returns the new execution id. */
    public long restart(long executionId) {
        String job = jobs.execution(executionId).getJobName();
        check(job);
        long id;
        try {
            id = jobs.restart(executionId, jobs.parameters(executionId));
        } catch (jakarta.batch.operations.JobRestartException
                 | jakarta.batch.operations.JobExecutionAlreadyCompleteException
                 | jakarta.batch.operations.JobExecutionNotMostRecentException e) {
            throw new BatchRefused("batch.restart.refused");
        }
        consoleAudit.record(me(), "BATCH_RESTARTED", id, job + " from execution " + executionId);
        return id;
    }

    public void abandon(long executionId) {
        String job = jobs.execution(executionId).getJobName();
        check(job);
        try {
            jobs.abandon(executionId);
        } catch (jakarta.batch.operations.JobExecutionIsRunningException e) {
            throw new BatchRefused("batch.abandon.running");
        }
        if (RankingJobWork.JOB.equals(job)) {
            consoleAudit.rankingAbandoned(jobs.instance(executionId).getInstanceId());
        }
        consoleAudit.record(me(), "BATCH_ABANDONED", executionId, job);
    }

    private void check(String jobName) {
        if (!mayOperate(jobName)) {
            consoleAudit.record(me(), "BATCH_REFUSED", null, jobName + " needs " + requiredRole(jobName));
            throw new BatchRefused("batch.role.missing");
        }
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private static long metric(StepExecution s, Metric.MetricType type) {
        Metric[] metrics = s.getMetrics();
        if (metrics != null) {
            for (Metric m : metrics) {
                if (m.getType() == type) {
                    return m.getValue();
                }
            }
        }
        return 0;
    }
}
