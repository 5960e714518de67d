package it.polis.applications;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the receipts of submitted applications, every 2 seconds, on every instance (the job row lock
 * makes two instances never do the same job). A failed job is retried later with a backoff; nothing is
 * lost if the server stops, as the jobs are rows committed with the submits.
 */
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class ReceiptWorker {

    private static final Logger LOG = Logger.getLogger(ReceiptWorker.class.getName());

    @EJB
    private ReceiptService receipts;

    @Inject
    private ApplicationSettings settings;

    private final ReentrantLock running = new ReentrantLock();

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "application receipts")
    void onSchedule() {
        if (!settings.receiptsEnabled() || !running.tryLock()) {
            return;
        }
        try {
            runDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Receipts: run failed, retried at the next tick", e);
        } finally {
            running.unlock();
        }
    }

    /** Does the due jobs now; returns how many were done. */
    public int runDue() {
        int done = 0;
        for (int round = 0; round < 20; round++) {
            List<Long> ids = receipts.dueJobs(50);
            if (ids.isEmpty()) {
                break;
            }
            int before = done;
            for (Long id : ids) {
                try {
                    if (receipts.process(id)) {
                        done++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Receipts: job " + id + " failed, retried later", e);
                    try {
                        receipts.failed(id, String.valueOf(e));
                    } catch (RuntimeException again) {
                        LOG.log(Level.WARNING, "Receipts: cannot record the failure of job " + id, again);
                    }
                }
            }
            if (done == before || ids.size() < 50) {
                break;
            }
        }
        return done;
    }
}
