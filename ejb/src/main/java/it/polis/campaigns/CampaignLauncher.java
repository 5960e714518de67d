package it.polis.campaigns;

import it.polis.platform.batch.BatchJobs;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.Dependent;

import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the send-campaign job (batch module, {@code META-INF/batch-jobs/send-campaign.xml}) through
 * {@link BatchJobs}, so the batch console lists and operates its executions too, outside any transaction (callers make sure: the job must see the committed audience).
 * Resuming restarts the last execution when the job repository allows it (STOPPED or FAILED, e.g. after a
 * crash once the start-up recovery marked it FAILED), else starts a new one: the job reads what is still
 * PENDING either way.
 */
@Dependent
class CampaignLauncher {

    @jakarta.inject.Inject
    private CampaignSettings settings;

    @jakarta.ejb.EJB
    private BatchJobs jobs;

    static final String JOB = "send-campaign";
    static final String PARAM = "campaignId";
    private static final Logger LOG = Logger.getLogger(CampaignLauncher.class.getName());
    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    long start(long campaignId) {
        return jobs.start(JOB, params(campaignId));
    }

    long resume(long campaignId, Long lastExecution) {
        if (lastExecution != null) {
            try {
                BatchStatus s = jobs.execution(lastExecution).getBatchStatus();
                if (s == BatchStatus.STOPPED || s == BatchStatus.FAILED) {
                    return jobs.restart(lastExecution, params(campaignId));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "Campaign " + campaignId + ": execution " + lastExecution
                        + " cannot be restarted, starting a new one", e);
            }
        }
        return start(campaignId);
    }

    /** Whether the execution is running now (unknown executions are not). */
    boolean running(Long execution) {
        return execution != null && RUNNING.contains(status(execution));
    }

    /** Whether the job repository says the execution ended (false when it cannot tell). */
    boolean ended(Long execution) {
        BatchStatus s = status(execution);
        return s != null && !RUNNING.contains(s);
    }

    BatchStatus status(Long execution) {
        if (execution == null) {
            return null;
        }
        try {
            JobExecution e = jobs.execution(execution);
            return e == null ? null : e.getBatchStatus();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Properties params(long campaignId) {
        Properties p = new Properties();
        p.setProperty(PARAM, String.valueOf(campaignId));
        p.setProperty("chunkSize", String.valueOf(settings.chunkSize()));
        return p;
    }
}
