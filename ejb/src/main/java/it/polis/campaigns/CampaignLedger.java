package it.polis.campaigns;

import it.polis.identity.contact.SmsInformationService;
import it.polis.identity.contact.SmsTopic;
import it.polis.platform.InstantConverter;
import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The send-campaign job's access to campaign data (not for pages: they use {@link CampaignService}).
 *
 * <p>The per-recipient marks ({@link #markSent}, {@link #markFailed}) run outside the chunk's transaction
 * and commit on their own, right after the SMTP server answered, so a crash (kill -9) loses at most the
 * mark of the one message in flight; the reader always reads what is still PENDING, so a restart goes on
 * with exactly the recipients not sent yet, whatever the job repository's checkpoint says.
 */
@Stateless
@PermitAll
public class CampaignLedger {

    private static final Logger LOG = Logger.getLogger(CampaignLedger.class.getName());
    private static final InstantConverter TIME = new InstantConverter();

    /** What the console asks of the running job. */
    public enum Signal {
        GO, PAUSE, CANCEL, STOP
    }

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "jdbc/polis")
    private DataSource db;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private CampaignSettings settings;

    @EJB
    private SmsInformationService sms;

    /**
     * A job execution takes the campaign: it becomes the campaign's execution. Null when the campaign is
     * not RUNNING (cancelled or paused meanwhile): the job then ends at once.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public JobCampaign begin(long campaignId, long executionId) {
        Campaign c = em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.getState() != CampaignState.RUNNING) {
            return null;
        }
        if (c.getExecutionId() == null || c.getExecutionId() != executionId) {
            c.resumed(executionId, clock.now());
        }
        c.heartbeat(clock.now());
        return JobCampaign.of(c);
    }

    /**
     * Up to max PENDING recipients after the given account id, in account order, with what rendering needs.
     * Two plain queries: the page from campaign_recipient alone (its index is in that order, so no sort of
     * the whole audience per page), then the names of that page and the procedures it mentions.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<RecipientData> pending(long campaignId, long afterAccountId, int max) {
        String page = "SELECT account_id, email, locale, procedure_id, application_id, attempts FROM campaign_recipient"
                + " WHERE campaign_id = ? AND state = 'PENDING' AND account_id > ?"
                + " ORDER BY campaign_id, state, account_id FETCH FIRST " + Math.max(1, max) + " ROWS ONLY";
        record Row(long account, String email, String locale, Long procedure, Long application, int attempts) {
        }
        List<Row> rows = new ArrayList<>(max);
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        java.util.Map<Long, Object[]> procedures = new java.util.HashMap<>();
        try (Connection con = db.getConnection()) {
            try (PreparedStatement ps = con.prepareStatement(page)) {
                ps.setLong(1, campaignId);
                ps.setLong(2, afterAccountId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long proc = rs.getLong(4);
                        Long procedure = rs.wasNull() ? null : proc;
                        long app = rs.getLong(5);
                        Long application = rs.wasNull() ? null : app;
                        rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), procedure, application,
                                rs.getInt(6)));
                    }
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < rows.size(); i++) {
                in.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement ps = con.prepareStatement("SELECT a.id, c.given_name, a.display_name FROM account a"
                    + " LEFT JOIN citizen c ON c.account_id = a.id WHERE a.id IN (" + in + ")")) {
                for (int i = 0; i < rows.size(); i++) {
                    ps.setLong(i + 1, rows.get(i).account());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String given = rs.getString(2);
                        names.put(rs.getLong(1), given != null ? given : rs.getString(3));
                    }
                }
            }
            for (Row r : rows) {
                if (r.procedure() != null && !procedures.containsKey(r.procedure())) {
                    try (PreparedStatement ps = con.prepareStatement(
                            "SELECT code, title_it, title_en, closes_at FROM app_procedure WHERE id = ?")) {
                        ps.setLong(1, r.procedure());
                        try (ResultSet rs = ps.executeQuery()) {
                            procedures.put(r.procedure(), rs.next() ? new Object[] {rs.getString(1), rs.getString(2),
                                    rs.getString(3), rs.getTimestamp(4)} : new Object[4]);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the recipients of campaign " + campaignId, e);
        }
        List<RecipientData> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Object[] p = r.procedure() == null ? new Object[4] : procedures.get(r.procedure());
            Timestamp closes = (Timestamp) p[3];
            out.add(new RecipientData(campaignId, r.account(), r.email(), r.locale(), names.get(r.account()),
                    (String) p[0], (String) p[1], (String) p[2],
                    closes == null ? null : TIME.convertToEntityAttribute(closes), r.application(), r.attempts()));
        }
        return out;
    }

    /** The SMTP server accepted the message: SENT, committed at once. False when the row was no longer PENDING. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean markSent(long campaignId, long accountId) {
        return update("UPDATE campaign_recipient SET state = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL"
                + " WHERE campaign_id = ? AND account_id = ? AND state = 'PENDING'", TIME.convertToDatabaseColumn(clock.now()),
                campaignId, accountId) == 1;
    }

    /**
     * A send failed: FAILED when permanent (the server refused the address) or when the attempts are used
     * up, else it stays PENDING for another attempt (attempts counted). Committed at once.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void markFailed(long campaignId, long accountId, String error, boolean permanent) {
        String e = error == null ? null : error.length() <= 500 ? error : error.substring(0, 500);
        int max = settings.sendAttempts();
        update("UPDATE campaign_recipient SET attempts = attempts + 1, last_error = ?, state = CASE WHEN ? = 1"
                + " OR attempts + 1 >= ? THEN 'FAILED' ELSE 'PENDING' END"
                + " WHERE campaign_id = ? AND account_id = ? AND state = 'PENDING'", e, permanent ? 1 : 0, max,
                campaignId, accountId);
    }

    /** Recipients still PENDING. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long pendingCount(long campaignId) {
        try (Connection con = db.getConnection(); PreparedStatement ps = con.prepareStatement(
                "SELECT COUNT(*) FROM campaign_recipient WHERE campaign_id = ? AND state = 'PENDING'")) {
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the job should do now: go on, or stop sending (pause, cancel, or another execution took over). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Signal signal(long campaignId, long executionId) {
        update("UPDATE campaign SET heartbeat_at = ? WHERE id = ? AND execution_id = ? AND state = 'RUNNING'",
                TIME.convertToDatabaseColumn(clock.now()), campaignId, executionId);
        try (Connection con = db.getConnection(); PreparedStatement ps = con.prepareStatement(
                "SELECT state, control, execution_id FROM campaign WHERE id = ?")) {
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Signal.STOP;
                }
                String state = rs.getString(1);
                String control = rs.getString(2);
                long exec = rs.getLong(3);
                boolean noExec = rs.wasNull();
                if ("CANCEL".equals(control) || "CANCELLED".equals(state)) {
                    return Signal.CANCEL;
                }
                if ("PAUSE".equals(control) || "PAUSED".equals(state)) {
                    return Signal.PAUSE;
                }
                if (!"RUNNING".equals(state) || (!noExec && exec != executionId)) {
                    return Signal.STOP;
                }
                return Signal.GO;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The error rate passed the campaign's threshold: the job pauses it (resumable from the console). Committed at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void autoPause(long campaignId, String reason) {
        Campaign c = em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.getState() != CampaignState.RUNNING || c.getControl() != null) {
            return;
        }
        c.request(Campaign.Control.PAUSE, reason, clock.now());
        audit.record("system", "CAMPAIGN_AUTO_PAUSED", "campaign", String.valueOf(campaignId), reason, null);
    }

    /**
     * The job execution ended (any way): the campaign becomes COMPLETED when nobody is left to send to,
     * CANCELLED or PAUSED as asked, PAUSED with a reason when the job failed or was stopped; a job that
     * completed with recipients left to retry keeps the campaign RUNNING for the next execution
     * ({@link CampaignScheduler}). An old execution that is no
     * longer the campaign's changes nothing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CampaignState jobEnded(long campaignId, long executionId, String batchStatus, String exitStatus) {
        Campaign c = em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            return null;
        }
        if (c.getState() != CampaignState.RUNNING || c.getExecutionId() == null || c.getExecutionId() != executionId) {
            return c.getState();
        }
        Instant now = clock.now();
        c.heartbeat(null);
        long pending = pendingCount(campaignId);
        String detail = "execution " + executionId + " " + batchStatus;
        if (c.getControl() == Campaign.Control.CANCEL) {
            int n = em.createNativeQuery("UPDATE campaign_recipient SET state = 'CANCELLED'"
                    + " WHERE campaign_id = ? AND state = 'PENDING'").setParameter(1, campaignId).executeUpdate();
            c.finished(CampaignState.CANCELLED, now);
            audit.record("system", "CAMPAIGN_CANCELLED", "campaign", String.valueOf(campaignId),
                    detail + ", " + n + " not sent", null);
        } else if (pending == 0) {
            c.finished(CampaignState.COMPLETED, now);
            audit.record("system", "CAMPAIGN_COMPLETED", "campaign", String.valueOf(campaignId), detail, null);
        } else if (c.getControl() == Campaign.Control.PAUSE) {
            c.paused(now);
            audit.record("system", "CAMPAIGN_PAUSED", "campaign", String.valueOf(campaignId),
                    detail + ", " + pending + " to send" + (c.getPauseReason() == null ? "" : ": " + c.getPauseReason()), null);
        } else if ("COMPLETED".equals(batchStatus)) {
            // Left behind the reader (transient failures, soft bounces): still RUNNING, the scheduler
            // launches the next execution (attempts per recipient are limited, so this ends).
            c.retryLater(now);
            audit.record("system", "CAMPAIGN_RETRY_PENDING", "campaign", String.valueOf(campaignId),
                    detail + ", " + pending + " to send again", null);
        } else {
            c.request(Campaign.Control.PAUSE, "JOB_" + batchStatus + (exitStatus == null ? "" : " " + exitStatus), now);
            c.paused(now);
            audit.record("system", "CAMPAIGN_PAUSED", "campaign", String.valueOf(campaignId),
                    detail + " (job ended), " + pending + " to send", null);
        }
        LOG.info(() -> "Campaign " + campaignId + ": " + detail + " -> " + c.getState());
        return c.getState();
    }

    /**
     * The SMS variant: queued through the SMS information service (topic {@link SmsTopic#DEADLINES}) when
     * the person opted in and verified the phone; false when not.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sms(long accountId, String text) {
        return sms.notify(accountId, SmsTopic.DEADLINES, text);
    }

    private int update(String sql, Object... params) {
        try (Connection con = db.getConnection(); PreparedStatement ps = con.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    ps.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    ps.setObject(i + 1, params[i]);
                }
            }
            int n = ps.executeUpdate();
            if (!con.getAutoCommit()) {
                con.commit();
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException("Campaign ledger update failed", e);
        }
    }
}
