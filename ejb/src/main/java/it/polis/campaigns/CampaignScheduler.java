package it.polis.campaigns;

import it.polis.platform.PortalClock;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts SCHEDULED campaigns whose time has come, every 15 seconds, on the instance that runs batch jobs
 * ({@code polis.batch.node}). The start itself is {@link CampaignTransitions#prepareStart}
 * under a row lock, so two instances never start one campaign twice.
 */
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class CampaignScheduler {

    private static final Logger LOG = Logger.getLogger(CampaignScheduler.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalClock clock;

    @Inject
    private CampaignSettings settings;

    @Inject
    private CampaignLauncher launcher;

    @EJB
    private CampaignTransitions transitions;

    private final AtomicBoolean busy = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "campaign scheduler")
    void onSchedule() {
        if (!settings.schedulerEnabled() || !busy.compareAndSet(false, true)) {
            return;
        }
        try {
            startDue();
            retryLeftovers();
        } finally {
            busy.set(false);
        }
    }

    /**
     * Launches the next execution of RUNNING campaigns whose last one completed with recipients left to
     * send again (transient failures, soft bounces); returns how many.
     */
    public int retryLeftovers() {
        int launched = 0;
        for (Campaign c : em.createNamedQuery(Campaign.RUNNING, Campaign.class).getResultList()) {
            if (!CampaignTransitions.retryDue(c)) {
                continue;
            }
            long id = c.getId();
            try {
                if (transitions.prepareRetry(id)) {
                    transitions.attach(id, launcher.start(id));
                    launched++;
                }
            } catch (RuntimeException e) {
                transitions.launchFailed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return launched;
    }

    /** Starts every due campaign now; returns how many were started. */
    public int startDue() {
        List<Long> due = em.createNamedQuery(Campaign.DUE, Long.class).setParameter("now", clock.now()).getResultList();
        int started = 0;
        for (Long id : due) {
            try {
                transitions.prepareStart(id, -1, "system", null);
            } catch (CampaignStateConflict e) {
                continue; // another instance was first
            } catch (CampaignRejected e) {
                LOG.warning(() -> "Scheduled campaign " + id + " not started: " + e.messageKey());
                transitions.emptyAtStart(id, e.messageKey());
                continue;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Scheduled campaign " + id + " not started", e);
                continue;
            }
            try {
                transitions.attach(id, launcher.start(id));
                started++;
            } catch (RuntimeException e) {
                transitions.launchFailed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return started;
    }
}
