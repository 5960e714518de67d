package it.polis.campaigns;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.Dependent;

import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the send-campaign job (batch module, {@code META-INF/batch-jobs/send-campaign.xml}) through the
 * JobOperator, outside any transaction (callers make sure: the job must see the committed audience).
 * Resuming restarts the last execution when the job repository allows it (STOPPED or FAILED, e.g. after a
 * crash once the start-up recovery marked it FAILED), else starts a new one: the job reads what is still
 * PENDING either way.
 */
@Dependent
class CampaignLauncher {

    @jakarta.inject.Inject
    private CampaignSettings settings;

    static final String JOB = "send-campaign";
    static final String PARAM = "campaignId";
    private static final Logger LOG = Logger.getLogger(CampaignLauncher.class.getName());
    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    long start(long campaignId) {
        return operator().start(JOB, params(campaignId));
    }

    long resume(long campaignId, Long lastExecution) {
        if (lastExecution != null) {
            JobOperator op = operator();
            try {
                BatchStatus s = op.getJobExecution(lastExecution).getBatchStatus();
                if (s == BatchStatus.STOPPED || s == BatchStatus.FAILED) {
                    return op.restart(lastExecution, params(campaignId));
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
            JobExecution e = operator().getJobExecution(execution);
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

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
