package it.polis.campaigns;

import it.polis.applications.Procedure;
import it.polis.identity.Account;
import it.polis.identity.AccountDirectory;
import it.polis.identity.Role;
import it.polis.platform.InstantConverter;
import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.mail.Outbox;
import it.polis.platform.mail.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Email campaigns for the campaign manager: edit, count the audience, preview with a real recipient's
 * data, test send to oneself, schedule or start now, pause, resume, cancel, statistics. Every state
 * change is audited; refusals are {@link CampaignRejected}, {@link CampaignStateConflict} or
 * {@link CampaignNotFound}, and change nothing.
 */
@Stateless
@RolesAllowed(Role.CAMPAIGN_MANAGER)
public class CampaignService {

    private static final InstantConverter TIME = new InstantConverter();

    /** A procedure to choose in the editor. */
    public record ProcedureChoice(long id, String code, String titleIt, String titleEn, Instant closesAt)
            implements Serializable {

        public String title(String language) {
            return "en".equals(language) ? titleEn : titleIt;
        }
    }

    /** The campaign rendered for one real recipient, in both languages. */
    public record Preview(long accountId, String username, String name, String email, String language,
                          boolean inAudience, String subjectIt, String textIt, String subjectEn, String textEn)
            implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private CampaignSettings settings;

    @Inject
    private CampaignMail mail;

    @Inject
    private CampaignLauncher launcher;

    @EJB
    private CampaignTransitions transitions;

    @EJB
    private Outbox outbox;

    @Inject
    private AccountDirectory accounts;

    /** Every campaign with its statistics, newest first. */
    public List<CampaignStats> list() {
        List<CampaignStats> out = new ArrayList<>();
        for (Campaign c : em.createNamedQuery(Campaign.ALL, Campaign.class).getResultList()) {
            out.add(stats(c));
        }
        return out;
    }

    public CampaignData find(long id) {
        return campaign(id).data();
    }

    /** Defaults of a new campaign (throttle and auto-pause threshold from the settings). */
    public CampaignData blank() {
        return new CampaignData(null, "", CampaignKind.INFORMATIONAL, Segment.ALL_ACTIVE, null, null, null, null,
                "", "", "", "", null, settings.rate(), settings.errorThreshold(), null, 0);
    }

    public List<ProcedureChoice> procedures() {
        return em.createNamedQuery(Procedure.ALL, Procedure.class).getResultStream()
                .map(p -> new ProcedureChoice(p.getId(), p.getCode(), p.getTitleIt(), p.getTitleEn(), p.getClosesAt()))
                .toList();
    }

    /**
     * Creates or edits a campaign (DRAFT or SCHEDULED only). Returns its id.
     *
     * @throws CampaignRejected a field is missing or wrong
     * @throws CampaignStateConflict it started meanwhile, or was edited in another tab
     */
    public long save(CampaignData d, String clientAddr) {
        check(d);
        Instant now = clock.now();
        Campaign c;
        boolean created = d.id() == null;
        if (created) {
            c = new Campaign(me(), now);
        } else {
            c = campaign(d.id());
            em.lock(c, LockModeType.PESSIMISTIC_WRITE);
            if (!c.getState().editable() || c.getVersion() != d.version()) {
                throw new CampaignStateConflict(c.getState());
            }
        }
        c.edit(d, now);
        if (created) {
            em.persist(c);
            em.flush();
        }
        audit.record(me(), created ? "CAMPAIGN_CREATED" : "CAMPAIGN_EDITED", "campaign", String.valueOf(c.getId()),
                c.getName() + " (" + c.getKind() + ", " + c.getSegment() + ")", clientAddr);
        return c.getId();
    }

    /** How many the segment selects now (informational: without those who opted out). */
    public long count(SegmentQuery.Params params, CampaignKind kind) {
        SegmentQuery.Sql sql = SegmentQuery.count(params.checked(), kind == null ? CampaignKind.SERVICE : kind, clock.now());
        return ((Number) query(sql).getSingleResult()).longValue();
    }

    /**
     * The campaign as one real recipient would read it: the account with that user name, or the first of
     * the audience when blank. Nothing is saved or sent.
     *
     * @throws CampaignRejected unknown user name, not a citizen, or an empty audience
     */
    public Preview preview(CampaignData d, String username) {
        check(d);
        RecipientData r = recipient(d, username);
        JobCampaign c = new JobCampaign(d.id() == null ? 0 : d.id(), d.name(), d.kind(), d.subjectIt(), d.bodyIt(),
                d.subjectEn(), d.bodyEn(), d.smsText(), d.ratePerSecond(), d.errorThreshold());
        RecipientData it = withLocale(r, "it");
        RecipientData en = withLocale(r, "en");
        CampaignTemplate.Rendered ri = mail.render(c, it);
        CampaignTemplate.Rendered re = mail.render(c, en);
        Account a = em.find(Account.class, r.accountId());
        return new Preview(r.accountId(), a.getUsername(), r.name(), r.email(), CampaignTemplate.language(r.locale()),
                r.attempts() == 0, ri.subject(), ri.text(), re.subject(), re.text());
    }

    /**
     * Sends the campaign, rendered for a real recipient (as {@link #preview}), to the caller's own address,
     * once in Italian and once in English, through the outbox. Returns the address.
     *
     * @throws CampaignRejected the caller has no email address, or as {@link #preview}
     */
    public String testSend(CampaignData d, String username, String clientAddr) {
        Preview p = preview(d, username);
        Account me = accounts.byUsername(me()).orElseThrow();
        if (me.getEmail() == null || me.getEmail().isBlank()) {
            throw new CampaignRejected("cmp.test.noEmail");
        }
        outbox.queue(OutgoingMail.notice("[PROVA] " + p.subjectIt(), p.textIt()).to(me.getEmail(), "it")
                .about("campaign-test", d.id() == null ? "new" : String.valueOf(d.id())));
        outbox.queue(OutgoingMail.notice("[TEST] " + p.subjectEn(), p.textEn()).to(me.getEmail(), "en")
                .about("campaign-test", d.id() == null ? "new" : String.valueOf(d.id())));
        audit.record(me(), "CAMPAIGN_TEST_SENT", "campaign", d.id() == null ? null : String.valueOf(d.id()),
                "rendered for account " + p.accountId(), clientAddr);
        return me.getEmail();
    }

    /**
     * Schedules a saved campaign: the scheduler starts it at that time (Rome time shown, instant stored).
     *
     * @throws CampaignRejected the time is not in the future
     */
    public void schedule(long id, int version, Instant at, String clientAddr) {
        Campaign c = campaign(id);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        if (!c.getState().editable() || c.getVersion() != version) {
            throw new CampaignStateConflict(c.getState());
        }
        if (at == null || !at.isAfter(clock.now())) {
            throw new CampaignRejected("scheduledAt", "cmp.schedule.past");
        }
        check(c.data());
        c.schedule(at, clock.now());
        audit.record(me(), "CAMPAIGN_SCHEDULED", "campaign", String.valueOf(id), at.toString(), clientAddr);
    }

    /** Back to DRAFT from SCHEDULED. */
    public void unschedule(long id, int version, String clientAddr) {
        Campaign c = campaign(id);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        if (c.getState() != CampaignState.SCHEDULED || c.getVersion() != version) {
            throw new CampaignStateConflict(c.getState());
        }
        c.unschedule(clock.now());
        audit.record(me(), "CAMPAIGN_UNSCHEDULED", "campaign", String.valueOf(id), null, clientAddr);
    }

    /**
     * Starts now: freezes the audience (one PENDING row per recipient) and launches the send-campaign job.
     * Returns the audience size.
     *
     * @throws CampaignRejected empty audience, or the job could not be launched (the campaign is then PAUSED)
     * @throws CampaignStateConflict already started, or changed meanwhile
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int start(long id, int version, String clientAddr) {
        int audience = transitions.prepareStart(id, version, me(), clientAddr);
        launch(id, null, false);
        return audience;
    }

    /**
     * Resumes a PAUSED or interrupted campaign: restarts its last job execution (or starts a new one); the
     * job sends to those still PENDING only.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resume(long id, int version, String clientAddr) {
        Long last = transitions.prepareResume(id, version, me(), clientAddr);
        launch(id, last, true);
    }

    /**
     * Asks the running job to pause (it stops within a message or two; the listener makes it PAUSED); an
     * interrupted campaign is paused at once.
     */
    public void pause(long id, String clientAddr) {
        Campaign c = campaign(id);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        if (c.getState() != CampaignState.RUNNING || c.getControl() != null) {
            throw new CampaignStateConflict(c.getState());
        }
        Instant now = clock.now();
        c.request(Campaign.Control.PAUSE, "OPERATOR", now);
        if (transitions.interrupted(c)) {
            c.paused(now);
        }
        audit.record(me(), "CAMPAIGN_PAUSE_REQUESTED", "campaign", String.valueOf(id), null, clientAddr);
    }

    /**
     * Cancels: nothing more is sent. A running job stops within a message or two (its listener marks the
     * rest CANCELLED); a draft, scheduled, paused or interrupted campaign is cancelled at once.
     */
    public void cancel(long id, String clientAddr) {
        Campaign c = campaign(id);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        if (c.getState().finished() || c.getControl() == Campaign.Control.CANCEL) {
            throw new CampaignStateConflict(c.getState());
        }
        Instant now = clock.now();
        c.request(Campaign.Control.CANCEL, "OPERATOR", now);
        if (c.getState() != CampaignState.RUNNING || transitions.interrupted(c)) {
            int n = em.createNativeQuery("UPDATE campaign_recipient SET state = 'CANCELLED' WHERE campaign_id = ?"
                    + " AND state = 'PENDING'").setParameter(1, id).executeUpdate();
            c.finished(CampaignState.CANCELLED, now);
            audit.record(me(), "CAMPAIGN_CANCELLED", "campaign", String.valueOf(id), n + " not sent", clientAddr);
        } else {
            audit.record(me(), "CAMPAIGN_CANCEL_REQUESTED", "campaign", String.valueOf(id), null, clientAddr);
        }
    }

    public CampaignStats stats(long id) {
        return stats(campaign(id));
    }

    private CampaignStats stats(Campaign c) {
        Map<String, Long> byState = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT state, COUNT(*) FROM campaign_recipient WHERE campaign_id = ?"
                + " GROUP BY state").setParameter(1, c.getId()).getResultList()) {
            Object[] r = (Object[]) row;
            byState.put((String) r[0], ((Number) r[1]).longValue());
        }
        long unsubscribed = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM campaign_optout WHERE campaign_id = ?")
                .setParameter(1, c.getId()).getSingleResult()).longValue();
        Instant now = clock.now();
        double rate = 0;
        BatchStatus status = launcher.status(c.getExecutionId());
        boolean running = transitions.jobAlive(c) || CampaignTransitions.retryDue(c);
        if (c.getState() == CampaignState.RUNNING) {
            long window = 10;
            long recent = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM campaign_recipient WHERE campaign_id = ?"
                            + " AND sent_at > ?").setParameter(1, c.getId())
                    .setParameter(2, TIME.convertToDatabaseColumn(now.minusSeconds(window))).getSingleResult()).longValue();
            rate = recent / (double) window;
        }
        long audience = c.getAudience() == null ? 0 : c.getAudience();
        return new CampaignStats(c.getId(), c.getName(), c.getKind(), c.getState(), c.getControl(), c.getPauseReason(),
                audience, byState.getOrDefault("PENDING", 0L), byState.getOrDefault("SENT", 0L),
                byState.getOrDefault("FAILED", 0L), byState.getOrDefault("BOUNCED", 0L),
                byState.getOrDefault("CANCELLED", 0L), unsubscribed, rate, c.getRatePerSecond(), c.getExecutionId(),
                status == null ? null : status.name(),
                running,
                c.getStartedAt(), c.getFinishedAt(), c.getScheduledAt(), c.getVersion());
    }

    private void launch(long id, Long last, boolean resume) {
        long execution;
        try {
            execution = resume ? launcher.resume(id, last) : launcher.start(id);
        } catch (RuntimeException e) {
            transitions.launchFailed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw new CampaignRejected("cmp.job.notStarted");
        }
        transitions.attach(id, execution);
    }

    private void check(CampaignData d) {
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 200) {
            throw new CampaignRejected("name", "cmp.name.required");
        }
        if (d.kind() == null) {
            throw new CampaignRejected("kind", "cmp.kind.required");
        }
        SegmentQuery.Params p = d.segmentParams().checked();
        if (d.procedureId() != null && em.find(Procedure.class, d.procedureId()) == null) {
            throw new CampaignRejected("procedure", "cmp.procedure.required");
        }
        checkTemplate("subjectIt", d.subjectIt(), 300, p);
        checkTemplate("bodyIt", d.bodyIt(), 20_000, p);
        checkTemplate("subjectEn", d.subjectEn(), 300, p);
        checkTemplate("bodyEn", d.bodyEn(), 20_000, p);
        if (d.smsText() != null && d.smsText().strip().length() > 320) {
            throw new CampaignRejected("smsText", "cmp.sms.tooLong");
        }
        if (d.ratePerSecond() < 1 || d.ratePerSecond() > settings.maxRate()) {
            throw new CampaignRejected("rate", "cmp.rate.range");
        }
        if (d.errorThreshold() < 1 || d.errorThreshold() > 100) {
            throw new CampaignRejected("threshold", "cmp.threshold.range");
        }
    }

    private static void checkTemplate(String field, String text, int max, SegmentQuery.Params p) {
        if (text == null || text.isBlank()) {
            throw new CampaignRejected(field, "cmp.template.required");
        }
        if (text.length() > max) {
            throw new CampaignRejected(field, "cmp.template.tooLong");
        }
        if (!CampaignTemplate.unknown(text).isEmpty()) {
            throw new CampaignRejected(field, "cmp.template.unknownPlaceholder");
        }
        Set<String> used = CampaignTemplate.placeholders(text);
        if (p.procedureId() == null && p.segment() != Segment.DRAFTS_CLOSING
                && used.stream().anyMatch(CampaignTemplate.PROCEDURE_PLACEHOLDERS::contains)) {
            throw new CampaignRejected(field, "cmp.template.needsProcedure");
        }
    }

    /** The recipient data of the named account (or the first of the audience); attempts 0 = in the audience. */
    private RecipientData recipient(CampaignData d, String username) {
        SegmentQuery.Sql audience = SegmentQuery.audience(d.segmentParams().checked(), d.kind(), clock.now());
        Object[] row;
        boolean inAudience = true;
        if (username == null || username.isBlank()) {
            List<?> rows = query(new SegmentQuery.Sql("SELECT aud.account_id, aud.procedure_id, aud.application_id FROM ("
                    + audience.text() + ") aud ORDER BY aud.account_id FETCH FIRST 1 ROWS ONLY", audience.params()))
                    .getResultList();
            if (rows.isEmpty()) {
                throw new CampaignRejected("previewUser", "cmp.audience.empty");
            }
            row = (Object[]) rows.get(0);
        } else {
            Account a = accounts.byUsername(username.strip()).orElse(null);
            if (a == null || a.getKind() != it.polis.identity.AccountKind.CITIZEN || a.getEmail() == null) {
                throw new CampaignRejected("previewUser", "cmp.preview.unknownUser");
            }
            List<Object> params = new ArrayList<>(audience.params());
            params.add(a.getId());
            List<?> rows = query(new SegmentQuery.Sql("SELECT aud.account_id, aud.procedure_id, aud.application_id FROM ("
                    + audience.text() + ") aud WHERE aud.account_id = ?", params)).getResultList();
            if (rows.isEmpty()) {
                inAudience = false;
                row = new Object[] {a.getId(), d.procedureId(), null};
            } else {
                row = (Object[]) rows.get(0);
            }
        }
        long accountId = ((Number) row[0]).longValue();
        Long procedureId = row[1] == null ? null : ((Number) row[1]).longValue();
        Long applicationId = row[2] == null ? null : ((Number) row[2]).longValue();
        Object[] who = (Object[]) em.createNativeQuery("SELECT a.email, a.locale, c.given_name, a.display_name FROM account a"
                + " LEFT JOIN citizen c ON c.account_id = a.id WHERE a.id = ?").setParameter(1, accountId).getSingleResult();
        Procedure proc = procedureId == null ? null : em.find(Procedure.class, procedureId);
        return new RecipientData(d.id() == null ? 0 : d.id(), accountId, (String) who[0], (String) who[1],
                who[2] != null ? (String) who[2] : (String) who[3], proc == null ? null : proc.getCode(),
                proc == null ? null : proc.getTitleIt(), proc == null ? null : proc.getTitleEn(),
                proc == null ? null : proc.getClosesAt(), applicationId, inAudience ? 0 : 1);
    }

    private static RecipientData withLocale(RecipientData r, String locale) {
        return new RecipientData(r.campaignId(), r.accountId(), r.email(), locale, r.name(), r.procedureCode(),
                r.procedureTitleIt(), r.procedureTitleEn(), r.deadline(), r.applicationId(), r.attempts());
    }

    private Query query(SegmentQuery.Sql sql) {
        Query q = em.createNativeQuery(sql.text());
        for (int i = 0; i < sql.params().size(); i++) {
            q.setParameter(i + 1, sql.params().get(i));
        }
        return q;
    }

    private Campaign campaign(long id) {
        Campaign c = em.find(Campaign.class, id);
        if (c == null) {
            throw new CampaignNotFound(id);
        }
        return c;
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }


}
