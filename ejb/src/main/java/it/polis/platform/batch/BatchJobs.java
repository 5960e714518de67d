package it.polis.platform.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one place the portal talks to the Jakarta Batch {@link JobOperator}. Payara tags every job execution
 * with the bean that started it and shows, stops or restarts it only for that same bean; going through here,
 * every job the portal starts (rankings, campaigns, the console's own starts) is visible to the batch console
 * and can be operated from it. Callers check roles (this bean is reachable from server code only).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {

    public long start(String jobName, Properties parameters) {
        return operator().start(jobName, parameters);
    }

    public long restart(long executionId, Properties parameters) {
        return operator().restart(executionId, parameters);
    }

    public void stop(long executionId) {
        operator().stop(executionId);
    }

    public void abandon(long executionId) {
        operator().abandon(executionId);
    }

    /** Names of the jobs that have run (not the inner jobs Payara makes for partitions, named ":n:step:i"). */
    public Set<String> jobNames() {
        Set<String> names = new TreeSet<>();
        for (String n : operator().getJobNames()) {
            if (!n.startsWith(":")) {
                names.add(n);
            }
        }
        return names;
    }

    public int instanceCount(String jobName) {
        return operator().getJobInstanceCount(jobName);
    }

    public List<JobInstance> instances(String jobName, int start, int count) {
        return operator().getJobInstances(jobName, start, count);
    }

    public List<JobExecution> executions(JobInstance instance) {
        return operator().getJobExecutions(instance);
    }

    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    public JobInstance instance(long executionId) {
        return operator().getJobInstance(executionId);
    }

    public Properties parameters(long executionId) {
        return operator().getParameters(executionId);
    }

    public List<StepExecution> steps(long executionId) {
        return operator().getStepExecutions(executionId);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
