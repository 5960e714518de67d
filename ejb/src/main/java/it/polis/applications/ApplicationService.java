package it.polis.applications;

import it.polis.identity.Account;
import it.polis.identity.AccountState;
import it.polis.identity.Argon2idPasswordHash;
import it.polis.identity.Citizen;
import it.polis.identity.Role;
import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A citizen's applications: open a draft, save it (explicitly or automatically), check it, submit it
 * with the personal code exactly once, withdraw it before the close. The caller is always the signed-in
 * account (never an id from the request), and only ACTIVE accounts may change anything. Every state
 * change is audited and written to the application's timeline.
 *
 * <p>Exactly once: the check page gets an idempotency key (a row in {@code app_submit_key}); a submit
 * locks the application row, and a key already used, or an application already submitted, answers with
 * the submission made before. The database enforces one live submission per application and one
 * submission per key. The window is judged at the instant the submit starts, so a submit that started
 * before the close completes even if it ends after it.
 */
@Stateless
@RolesAllowed(Role.CITIZEN)
public class ApplicationService {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Automatic saves closer than this to the last SAVED timeline entry update it instead of adding one. */
    private static final Duration SAVED_COALESCE = Duration.ofMinutes(10);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private Argon2idPasswordHash hasher;

    @Inject
    private ProtocolRegistry protocols;

    @jakarta.ejb.EJB
    private FormOptions options;

    @jakarta.ejb.EJB
    private SubmitAttempts attempts;

    @jakarta.ejb.EJB
    private GpsRecords gpsRecords;

    /** The caller's applications, most recently changed first. */
    public List<ApplicationView> mine() {
        Account me = me();
        Instant now = clock.now();
        return em.createNamedQuery(Application.BY_ACCOUNT, Application.class).setParameter("account", me.getId())
                .getResultStream().map(a -> view(a, now)).toList();
    }

    /** The caller's application to a procedure: the existing one, or a new draft while the procedure is open. */
    public long open(long procedureId) {
        Account me = active();
        Procedure p = em.find(Procedure.class, procedureId);
        if (p == null) {
            throw new ApplicationRejected("app.proc.notFound");
        }
        List<Application> existing = em.createNamedQuery(Application.BY_ACCOUNT_AND_PROCEDURE, Application.class)
                .setParameter("account", me.getId()).setParameter("procedure", procedureId).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0).getId();
        }
        Instant now = clock.now();
        switch (p.phaseAt(now)) {
            case UPCOMING -> throw new ApplicationRejected("app.open.notYet");
            case CLOSED -> throw new ApplicationRejected("app.open.closed");
            default -> { }
        }
        if (!ApplicationForms.supported(p.getKind())) {
            throw new ApplicationRejected("app.kind.notYet");
        }
        if (p.isStaffOnly() && !isStaff(me)) {
            throw new ApplicationRejected("app.open.staffOnly");
        }
        Application a = new Application(p, me, now);
        em.persist(a);
        em.flush();
        event(a, now, ApplicationEvent.CREATED, null);
        audit.record(me.getUsername(), "APPLICATION_CREATED", "application", String.valueOf(a.getId()),
                "procedure " + p.getCode(), null);
        return a.getId();
    }

    public ApplicationView get(long applicationId) {
        return view(own(applicationId, false), clock.now());
    }

    /**
     * Saves what was typed in a draft (only the form's fields, within size limits). An automatic save
     * adds no new timeline entry when one was added a short while ago.
     */
    public ApplicationView save(long applicationId, Map<String, String> fields, boolean automatic) {
        Account me = active();
        Application a = own(applicationId, true);
        Instant now = clock.now();
        editable(a, now);
        FormData merged = mergedData(a, fields);
        if (!merged.equals(a.formData())) {
            a.setFormData(merged, now);
            List<ApplicationEvent> events = timelineOf(a.getId());
            ApplicationEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
            if (last != null && ApplicationEvent.SAVED.equals(last.getKind())
                    && Duration.between(last.getAt(), now).compareTo(SAVED_COALESCE) < 0) {
                last.touch(now);
            } else {
                event(a, now, ApplicationEvent.SAVED, automatic ? "auto" : null);
                audit.record(me.getUsername(), "APPLICATION_SAVED", "application", String.valueOf(a.getId()),
                        automatic ? "automatic" : null, null);
            }
        }
        return view(a, now);
    }

    /** What a submit would refuse in the current draft (for the check page). */
    public List<ApplicationForms.Problem> problems(long applicationId) {
        Application a = own(applicationId, false);
        Procedure p = a.getProcedure();
        return ApplicationForms.validate(p.getKind(), a.formData(), clock.nowInRome().toLocalDate(), options.lookup(),
                p.getMaxPreferences(), ApplicationForms.procedureDeclarations(p.getDeclarations()).size());
    }

    /** A new idempotency key for one check-your-answers page of the caller's draft. */
    public String issueSubmitKey(long applicationId) {
        Account me = me();
        Application a = own(applicationId, false);
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new SubmitKey(key, a.getId(), me.getId(), clock.now()));
        return key;
    }

    /**
     * Submits the draft with the personal code. Repeats with the same key, or after the application was
     * submitted from another page, return the earlier submission (flagged {@code repeated}).
     */
    public SubmitOutcome submit(long applicationId, String idempotencyKey, String personalCode) {
        Instant started = clock.now();
        Account me = me();
        if (me.getState() != AccountState.ACTIVE) {
            throw new ApplicationRejected("app.submit.notActive");
        }
        SubmitKey key = idempotencyKey == null ? null : em.find(SubmitKey.class, idempotencyKey);
        if (key == null || !key.getAccountId().equals(me.getId()) || key.getApplicationId() != applicationId) {
            throw new ApplicationRejected("app.submit.pageExpired");
        }
        if (key.getSubmissionId() != null) {
            return repeated(applicationId, key.getSubmissionId());
        }
        if (attempts.blocked(me.getUsername(), started)) {
            throw new ApplicationRejected("app.submit.cpBlocked");
        }
        Citizen citizen = em.find(Citizen.class, me.getId());
        if (personalCode == null || personalCode.isBlank() || citizen == null || citizen.getPersonalCodeHash() == null
                || !hasher.verify(personalCode.trim().toCharArray(), citizen.getPersonalCodeHash())) {
            attempts.wrongCode(me.getUsername(), applicationId);
            throw new ApplicationRejected("app.submit.cpWrong");
        }
        // One submit at a time per application: the row lock orders them (application, then counter).
        Application a = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || !a.getAccount().getId().equals(me.getId())) {
            throw new ApplicationRejected("app.notFound");
        }
        em.refresh(key);
        if (key.getSubmissionId() != null) {
            return repeated(applicationId, key.getSubmissionId());
        }
        if (a.getState() == ApplicationState.SUBMITTED) {
            return repeated(applicationId, a.getSubmissionId());
        }
        Procedure p = a.getProcedure();
        if (!started.isBefore(p.getClosesAt())) {
            throw new ApplicationRejected("app.submit.closed");
        }
        if (started.isBefore(p.getOpensAt())) {
            throw new ApplicationRejected("app.open.notYet");
        }
        FormData data = a.formData();
        // Everything again, against the procedure as it is now (maximum, declarations may have changed).
        List<ApplicationForms.Problem> problems = ApplicationForms.validate(p.getKind(), data,
                started.atZone(PortalClock.ROME).toLocalDate(), options.lookup(), p.getMaxPreferences(),
                ApplicationForms.procedureDeclarations(p.getDeclarations()).size());
        if (!problems.isEmpty()) {
            throw new ApplicationRejected("app.submit.incomplete", problems);
        }
        Instant now = clock.now();
        ProtocolNumber number = protocols.next(now);
        Submission s = new Submission(a.getId(), number, idempotencyKey, started, now, data);
        em.persist(s);
        em.flush();
        a.submitted(s, now);
        key.used(s.getId());
        em.persist(new ReceiptJob(s.getId(), now));
        if (p.getKind() == ProcedureKind.GPS) {
            gpsRecords.store(s.getId(), data);
        }
        event(a, now, ApplicationEvent.SUBMITTED, number.text());
        audit.record(me.getUsername(), "APPLICATION_SUBMITTED", "application", String.valueOf(a.getId()),
                "protocol " + number.text(), null);
        return new SubmitOutcome(a.getId(), s.getId(), s.getProtocol(), now, false);
    }

    /** Withdraws a submitted application before the close: the protocol is annulled, the draft comes back. */
    public void withdraw(long applicationId) {
        Account me = active();
        Application a = em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || !a.getAccount().getId().equals(me.getId())) {
            throw new ApplicationRejected("app.notFound");
        }
        Instant now = clock.now();
        if (!a.getProcedure().isOpenAt(now)) {
            throw new ApplicationRejected("app.closed.readOnly");
        }
        if (a.getState() != ApplicationState.SUBMITTED) {
            throw new ApplicationRejected("app.withdraw.notSubmitted");
        }
        Submission s = em.find(Submission.class, a.getSubmissionId());
        s.annul(now);
        a.withdrawn(now);
        event(a, now, ApplicationEvent.WITHDRAWN, s.getProtocol());
        audit.record(me.getUsername(), "APPLICATION_WITHDRAWN", "application", String.valueOf(a.getId()),
                "protocol annulled " + s.getProtocol(), null);
    }

    public List<TimelineEntry> timeline(long applicationId) {
        Application a = own(applicationId, false);
        return timelineOf(a.getId()).stream().map(e -> new TimelineEntry(e.getAt(), e.getKind(), e.getDetail()))
                .toList();
    }

    /** Every submission of the application, annulled ones included (protocol, state, receipt). */
    public List<SubmissionView> submissions(long applicationId) {
        Application a = own(applicationId, false);
        return em.createNamedQuery(Submission.BY_APPLICATION, Submission.class).setParameter("application", a.getId())
                .getResultStream().map(SubmissionView::of).toList();
    }

    /** The receipt PDF of one of the caller's submissions, once made. */
    public java.util.Optional<Receipt> receipt(long submissionId) {
        Account me = me();
        Submission s = em.find(Submission.class, submissionId);
        if (s == null || s.getReceiptPdf() == null) {
            return java.util.Optional.empty();
        }
        Application a = em.find(Application.class, s.getApplicationId());
        if (!a.getAccount().getId().equals(me.getId())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Receipt(s.getProtocol(), s.getReceiptPdf(), s.getContentSha256()));
    }

    // ------------------------------------------------------------------------------------------------

    private SubmitOutcome repeated(long applicationId, long submissionId) {
        Submission s = em.find(Submission.class, submissionId);
        return new SubmitOutcome(applicationId, s.getId(), s.getProtocol(), s.getSubmittedAt(), true);
    }

    private FormData mergedData(Application a, Map<String, String> fields) {
        Map<String, String> all = new java.util.HashMap<>(a.formData().asMap());
        fields.forEach((k, v) -> {
            if (v == null || v.isBlank()) {
                all.remove(k);
            } else {
                all.put(k, v);
            }
        });
        return ApplicationForms.clean(a.getProcedure().getKind(), all);
    }

    private void editable(Application a, Instant now) {
        if (!a.getProcedure().isOpenAt(now)) {
            throw new ApplicationRejected("app.closed.readOnly");
        }
        if (a.getState() != ApplicationState.DRAFT) {
            throw new ApplicationRejected("app.save.submitted");
        }
    }

    private ApplicationView view(Application a, Instant now) {
        Procedure p = a.getProcedure();
        boolean open = p.isOpenAt(now);
        Submission s = a.getSubmissionId() == null ? null : em.find(Submission.class, a.getSubmissionId());
        return new ApplicationView(a.getId(), ProcedureData.of(p), a.getState(), a.formData().asMap(),
                a.getCreatedAt(), a.getUpdatedAt(), open && a.getState() == ApplicationState.DRAFT,
                open && a.getState() == ApplicationState.SUBMITTED, s == null ? null : s.getId(),
                s == null ? null : s.getProtocol(), s == null ? null : s.getSubmittedAt(),
                s != null && s.getReceiptGeneratedAt() != null);
    }

    private List<ApplicationEvent> timelineOf(long applicationId) {
        return em.createNamedQuery(ApplicationEvent.BY_APPLICATION, ApplicationEvent.class)
                .setParameter("application", applicationId).getResultList();
    }

    private void event(Application a, Instant at, String kind, String detail) {
        em.persist(new ApplicationEvent(a.getId(), at, kind, detail));
    }

    private Application own(long applicationId, boolean lock) {
        Account me = me();
        Application a = lock ? em.find(Application.class, applicationId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Application.class, applicationId);
        if (a == null || !a.getAccount().getId().equals(me.getId())) {
            throw new ApplicationRejected("app.notFound");
        }
        return a;
    }

    private Account me() {
        String username = caller.getCallerPrincipal().getName();
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst().orElseThrow(() -> new ApplicationRejected("app.notFound"));
    }

    /** The caller, who must be ACTIVE to change anything (a role from an older sign-in is not enough). */
    private Account active() {
        Account me = me();
        if (me.getState() != AccountState.ACTIVE) {
            throw new ApplicationRejected("app.submit.notActive");
        }
        return me;
    }

    /** School staff: an account with a ministry (istruzione.it) mailbox. */
    private static boolean isStaff(Account a) {
        return a.getEmail() != null && a.getEmail().toLowerCase(java.util.Locale.ROOT).endsWith("@istruzione.it");
    }
}
