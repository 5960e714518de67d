package it.polis.batch.console;

import it.polis.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The ministry's window on batch jobs: which jobs exist and their recent executions.
 * Only operators who run jobs may look. Start/stop/restart arrive with the jobs themselves.
 */
@Stateless
@RolesAllowed({Role.ADMINISTRATOR, Role.RANKING_PUBLISHER, Role.RANKING_APPROVER, Role.CAMPAIGN_MANAGER})
public class BatchConsole {

    public Set<String> jobNames() {
        return operator().getJobNames();
    }

    public List<JobExecution> recentExecutions(String jobName, int max) {
        JobOperator op = operator();
        List<JobExecution> result = new ArrayList<>();
        int count = op.getJobInstanceCount(jobName);
        for (var instance : op.getJobInstances(jobName, 0, Math.min(count, max))) {
            result.addAll(op.getJobExecutions(instance));
        }
        result.sort(Comparator.comparing(JobExecution::getCreateTime).reversed());
        return result.size() > max ? result.subList(0, max) : result;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
