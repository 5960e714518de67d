package it.polis.campaigns;

import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Duration;
import java.time.Instant;

/**
 * The transactional halves of starting and resuming a campaign (internal: {@link CampaignService},
 * {@link CampaignScheduler} and {@link BounceReader} call them; the job is launched between them, outside
 * any transaction). Each one locks the campaign row, so two tabs or a double click start one job only.
 */
@Stateless
@PermitAll
public class CampaignTransitions {

    /** A job whose heartbeat is older than this is gone (the server went down under it). */
    static final Duration HEARTBEAT_TIMEOUT = Duration.ofSeconds(60);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private CampaignLauncher launcher;

    /**
     * Freezes the audience and makes the campaign RUNNING (no execution yet).
     *
     * @param version the version the caller saw, or -1 (scheduler)
     * @throws CampaignStateConflict not DRAFT or SCHEDULED, or changed meanwhile
     * @throws CampaignRejected the audience is empty
     */
    public int prepareStart(long id, int version, String actor, String clientAddr) {
        Campaign c = locked(id);
        if (!c.getState().editable() || (version >= 0 && version != c.getVersion())) {
            throw new CampaignStateConflict(c.getState());
        }
        Instant now = clock.now();
        SegmentQuery.Params p = c.data().segmentParams().checked();
        SegmentQuery.Sql sql = SegmentQuery.materialize(id, p, c.getKind(), now);
        Query q = em.createNativeQuery(sql.text());
        for (int i = 0; i < sql.params().size(); i++) {
            q.setParameter(i + 1, sql.params().get(i));
        }
        int audience = q.executeUpdate();
        if (audience == 0) {
            throw new CampaignRejected("cmp.audience.empty");
        }
        c.started(audience, 0, now);
        c.setExecution(null);
        c.heartbeat(now);
        audit.record(actor, "CAMPAIGN_STARTED", "campaign", String.valueOf(id),
                c.getName() + ": " + audience + " recipients, " + c.getSegment(), clientAddr);
        return audience;
    }

    /**
     * Makes a PAUSED (or interrupted) campaign RUNNING again; returns its last execution (to restart).
     *
     * @throws CampaignStateConflict neither paused nor interrupted, or changed meanwhile
     */
    public Long prepareResume(long id, int version, String actor, String clientAddr) {
        Campaign c = locked(id);
        if ((version >= 0 && version != c.getVersion()) || !(c.getState() == CampaignState.PAUSED || interrupted(c))) {
            throw new CampaignStateConflict(c.getState());
        }
        Long last = c.getExecutionId();
        String why = c.getState() == CampaignState.PAUSED ? "paused" : "interrupted";
        c.resumed(0, clock.now());
        c.setExecution(null);
        c.heartbeat(clock.now());
        audit.record(actor, "CAMPAIGN_RESUMED", "campaign", String.valueOf(id),
                "was " + why + (last == null ? "" : ", execution " + last), clientAddr);
        return last;
    }

    /**
     * A RUNNING campaign whose last execution COMPLETED with recipients left to retry: its next execution
     * may start. Returns false when that is no longer the case (another instance was first).
     */
    public boolean prepareRetry(long id) {
        Campaign c = locked(id);
        if (!retryDue(c)) {
            return false;
        }
        c.resumed(0, clock.now());
        c.setExecution(null);
        c.heartbeat(clock.now());
        return true;
    }

    /** The job was launched: its execution is the campaign's (unless the job already said so). */
    public void attach(long id, long execution) {
        Campaign c = locked(id);
        if (c.getState() == CampaignState.RUNNING && c.getExecutionId() == null) {
            c.setExecution(execution);
        }
    }

    /** The job could not be launched: the campaign waits, PAUSED, with the reason. */
    public void launchFailed(long id, String reason) {
        Campaign c = locked(id);
        if (c.getState() == CampaignState.RUNNING) {
            Instant now = clock.now();
            c.request(Campaign.Control.PAUSE, "JOB_NOT_STARTED " + reason, now);
            c.paused(now);
            audit.record("system", "CAMPAIGN_PAUSED", "campaign", String.valueOf(id), "job not started: " + reason, null);
        }
    }

    /** A scheduled campaign that cannot start (its audience is empty now): back to DRAFT, audited. */
    public void emptyAtStart(long id, String why) {
        Campaign c = locked(id);
        if (c.getState() == CampaignState.SCHEDULED) {
            c.unschedule(clock.now());
            audit.record("system", "CAMPAIGN_UNSCHEDULED", "campaign", String.valueOf(id), why, null);
        }
    }

    /** RUNNING, its job ended with recipients to send again: the scheduler launches the next execution. */
    static boolean retryDue(Campaign c) {
        return c.getState() == CampaignState.RUNNING && c.getControl() == null && c.getHeartbeatAt() == null
                && Campaign.RETRY.equals(c.getPauseReason());
    }

    /**
     * Whether a job works on the campaign now: its heartbeat is recent and the job repository does not
     * say the execution ended (after a crash the start-up recovery marks it FAILED). Internal.
     */
    public boolean jobAlive(Campaign c) {
        if (c.getHeartbeatAt() == null || c.getHeartbeatAt().isBefore(clock.now().minus(HEARTBEAT_TIMEOUT))) {
            return false;
        }
        return c.getExecutionId() == null || !launcher.ended(c.getExecutionId());
    }

    /** RUNNING while no job works on it (the server went down under it), and not waiting for its retry. Internal. */
    public boolean interrupted(Campaign c) {
        return c.getState() == CampaignState.RUNNING && !jobAlive(c) && !retryDue(c);
    }

    private Campaign locked(long id) {
        Campaign c = em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new CampaignNotFound(id);
        }
        return c;
    }
}
