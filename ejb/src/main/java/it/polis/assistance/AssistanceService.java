package it.polis.assistance;

import it.polis.identity.Account;
import it.polis.identity.Citizen;
import it.polis.identity.LockoutPolicy;
import it.polis.identity.Role;
import it.polis.identity.cf.CodiceFiscale;
import it.polis.identity.cf.CodiceFiscalePart;
import it.polis.platform.PortalClock;
import it.polis.platform.PortalSettings;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.mail.Outbox;
import it.polis.platform.mail.OutgoingMail;
import it.polis.reference.School;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Assistance requests ("assistenza online"). A school secretariat files a request for a person;
 * the school is always the caller's own account's (never a form field), so a request not filed
 * from a signed-in school account cannot exist. The ministry help desk takes a request (optimistic
 * locking: one operator only), answers it (mailed to the alternative address) and may act on the
 * account the codice fiscale points to: mail the user name to the account's own address, clear the
 * security question (the person sets a new one at the next sign-in), lift a sign-in lock. Every
 * change is audited and written to the request's history.
 */
@Stateless
@DeclareRoles({Role.SECRETARIAT, Role.HELP_DESK})
public class AssistanceService {

    public static final int DESCRIPTION_MAX = 2000;
    public static final int ANSWER_MAX = 4000;
    public static final int NAME_MAX = 100;

    private static final Pattern NUMBER = Pattern.compile("AST-\\d{4}-\\d{6,}");
    private static final Set<AssistanceState> ACTIONABLE = Set.of(AssistanceState.TAKEN, AssistanceState.ANSWERED);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private PortalClock clock;

    @Inject
    private PortalSettings settings;

    @Inject
    private AuditLog audit;

    @Inject
    private Outbox outbox;

    // ---- school side -------------------------------------------------------------------------------

    /** The caller's school (its email is the request's contact address). */
    @RolesAllowed(Role.SECRETARIAT)
    public School school() {
        Account me = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", me())
                .getResultStream().findFirst().orElse(null);
        School school = me == null || me.getSchoolCode() == null ? null : em.find(School.class, me.getSchoolCode());
        if (school == null) {
            throw new AssistanceRejected("ast.noSchool");
        }
        return school;
    }

    /**
     * Files a request for the caller's school. The same submission key twice (double click, form
     * sent again) gives back the request already filed.
     */
    @RolesAllowed(Role.SECRETARIAT)
    public AssistanceFiled file(AssistanceForm form) {
        School school = school();
        // One filing at a time per school: a form sent twice at once waits here, then finds the first.
        em.lock(school, LockModeType.PESSIMISTIC_WRITE);
        String key = form.submissionKey() == null || form.submissionKey().isBlank() ? UUID.randomUUID().toString()
                : form.submissionKey().trim();
        if (key.length() > 64) {
            throw new AssistanceRejected("ast.file.failed");
        }
        Optional<AssistanceRequest> already = bySubmissionKey(key);
        if (already.isPresent()) {
            AssistanceRequest r = already.get();
            if (!r.getSchoolCode().equals(school.getCode())) {
                throw new AssistanceRejected("ast.file.failed");
            }
            return new AssistanceFiled(r.getNumber(), serviceSchoolUnknown(r.getServiceSchoolCode()));
        }

        Map<String, String> problems = new LinkedHashMap<>();
        AssistanceKind kind = form.kind();
        if (kind == null) {
            problems.put("kind", "ast.kind.required");
            kind = AssistanceKind.OTHER; // check the rest as well, so every message shows at once
        }
        String cf = null;
        if (blank(form.codiceFiscale())) {
            problems.put("cf", "ast.cf.required");
        } else {
            Set<CodiceFiscalePart> cfProblems = CodiceFiscale.problems(form.codiceFiscale());
            if (cfProblems.contains(CodiceFiscalePart.FORMAT)) {
                problems.put("cf", "ast.cf.format");
            } else if (!cfProblems.isEmpty()) {
                problems.put("cf", "ast.cf.check");
            } else {
                cf = CodiceFiscale.parse(form.codiceFiscale()).value();
            }
        }
        String given = null;
        String family = null;
        LocalDate birth = null;
        if (kind.needsPersonalData()) {
            given = name(form.givenName(), "givenName", problems);
            family = name(form.familyName(), "familyName", problems);
            birth = form.birthDate();
            LocalDate today = clock.nowInRome().toLocalDate();
            if (birth == null) {
                problems.put("birthDate", "ast.birthDate.required");
            } else if (birth.isAfter(today.minusYears(14)) || birth.isBefore(LocalDate.of(1900, 1, 1))) {
                problems.put("birthDate", "ast.birthDate.invalid");
            }
        }
        String serviceSchool = null;
        if (kind.needsServiceSchool()) {
            serviceSchool = SchoolCodes.normalise(form.serviceSchoolCode());
            if (blank(serviceSchool)) {
                problems.put("serviceSchool", "ast.serviceSchool.required");
            } else if (!SchoolCodes.isWellFormed(serviceSchool)) {
                problems.put("serviceSchool", "ast.serviceSchool.format");
            }
        }
        String reply = null;
        if (blank(form.replyEmail())) {
            problems.put("replyEmail", "ast.replyEmail.required");
        } else {
            Optional<String> parsed = ReplyAddresses.parse(form.replyEmail());
            if (parsed.isEmpty()) {
                problems.put("replyEmail", "ast.replyEmail.invalid");
            } else if (ReplyAddresses.isMinistryAddress(parsed.get())) {
                problems.put("replyEmail", "ast.replyEmail.ministry");
            } else {
                reply = parsed.get();
            }
        }
        String description = form.description() == null ? "" : form.description().strip();
        if (description.isEmpty()) {
            problems.put("description", "ast.description.required");
        } else if (description.length() > DESCRIPTION_MAX) {
            problems.put("description", "ast.description.tooLong");
        }
        if (!problems.isEmpty()) {
            throw new AssistanceRejected(problems);
        }

        Instant now = clock.now();
        String locale = "en".equals(form.locale()) ? "en" : "it";
        AssistanceRequest r = new AssistanceRequest(nextNumber(), kind, school.getCode(), me(), school.getEmail(), cf,
                given, family, birth, serviceSchool, reply, description, locale, key, now);
        em.persist(r);
        em.flush();
        event(r, now, "FILED", kind.name());
        audit.record(me(), "ASSISTANCE_FILED", "assistance_request", r.getNumber(),
                "school " + school.getCode() + ", " + kind, null);
        return new AssistanceFiled(r.getNumber(), serviceSchoolUnknown(serviceSchool));
    }

    /** A request this school filed, by number (the confirmation page); empty for another school's. */
    @RolesAllowed(Role.SECRETARIAT)
    public Optional<AssistanceRow> mineByNumber(String number) {
        String code = school().getCode();
        return byNumber(number).filter(r -> r.getSchoolCode().equals(code)).map(AssistanceRow::of);
    }

    /** A request filed with this submission key by this school (after a double click raced). */
    @RolesAllowed(Role.SECRETARIAT)
    public Optional<String> mineBySubmissionKey(String key) {
        String code = school().getCode();
        return bySubmissionKey(key).filter(r -> r.getSchoolCode().equals(code)).map(AssistanceRequest::getNumber);
    }

    /** This school's requests, newest first. */
    @RolesAllowed(Role.SECRETARIAT)
    public List<AssistanceRow> mine(int first, int max) {
        return em.createNamedQuery(AssistanceRequest.BY_SCHOOL, AssistanceRequest.class)
                .setParameter("school", school().getCode()).setFirstResult(first).setMaxResults(max)
                .getResultStream().map(AssistanceRow::of).toList();
    }

    @RolesAllowed(Role.SECRETARIAT)
    public long countMine() {
        return em.createNamedQuery(AssistanceRequest.COUNT_BY_SCHOOL, Long.class)
                .setParameter("school", school().getCode()).getSingleResult();
    }

    // ---- help desk ---------------------------------------------------------------------------------

    @RolesAllowed(Role.HELP_DESK)
    public List<AssistanceRow> queue(AssistanceQuery query, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AssistanceRequest> q = cb.createQuery(AssistanceRequest.class);
        Root<AssistanceRequest> r = q.from(AssistanceRequest.class);
        q.select(r).where(filters(cb, r, query)).orderBy(cb.desc(r.get("createdAt")), cb.desc(r.get("id")));
        return em.createQuery(q).setFirstResult(first).setMaxResults(max).getResultStream().map(AssistanceRow::of)
                .toList();
    }

    @RolesAllowed(Role.HELP_DESK)
    public long count(AssistanceQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AssistanceRequest> r = q.from(AssistanceRequest.class);
        q.select(cb.count(r)).where(filters(cb, r, query));
        return em.createQuery(q).getSingleResult();
    }

    /** Schools that filed requests (for the queue's filter). */
    @RolesAllowed(Role.HELP_DESK)
    public List<String> schoolsWithRequests() {
        return em.createQuery("SELECT DISTINCT r.schoolCode FROM AssistanceRequest r ORDER BY r.schoolCode",
                String.class).getResultList();
    }

    @RolesAllowed(Role.HELP_DESK)
    public Optional<AssistanceDetail> detail(long id) {
        AssistanceRequest r = em.find(AssistanceRequest.class, id);
        if (r == null) {
            return Optional.empty();
        }
        School school = em.find(School.class, r.getSchoolCode());
        List<AssistanceDetail.Event> history = em.createNamedQuery(AssistanceEvent.BY_REQUEST, AssistanceEvent.class)
                .setParameter("request", r).getResultStream()
                .map(e -> new AssistanceDetail.Event(e.getOccurredAt(), e.getActor(), e.getAction(), e.getDetail()))
                .toList();
        AssistanceDetail.AccountMatch match = citizen(r).map(c -> {
            Account a = c.getAccount();
            return new AssistanceDetail.AccountMatch(a.getUsername(), a.getState().name(),
                    LockoutPolicy.isLocked(a.getLockedUntil(), clock.now()), a.getLockedUntil(), a.getFailedSignIns(),
                    c.getSecurityAnswerHash() != null, mask(a.getEmail()));
        }).orElse(null);
        return Optional.of(new AssistanceDetail(r.getId(), r.getNumber(), r.getKind(), r.getState(),
                r.getSchoolCode(), school == null ? r.getSchoolCode() : school.getName(), r.getFiledBy(),
                r.getSchoolEmail(), r.getCodiceFiscale(), r.getGivenName(), r.getFamilyName(), r.getBirthDate(),
                r.getServiceSchoolCode(), r.getReplyEmail(), r.getDescription(), r.getCreatedAt(), r.getAssignedTo(),
                r.getTakenAt(), r.getAnswer(), r.getAnsweredBy(), r.getAnsweredAt(), r.getVersion(), match,
                history));
    }

    /**
     * Assigns the request to the caller. {@code version} is the one the operator saw: if the request
     * changed since (another operator took it), nothing happens and {@link AssistanceConflict} says who
     * has it. Taking one's own request again (double click) changes nothing.
     */
    @RolesAllowed(Role.HELP_DESK)
    public void take(long id, int version) {
        AssistanceRequest r = request(id);
        if (r.getState() == AssistanceState.TAKEN && me().equals(r.getAssignedTo())) {
            return;
        }
        if (r.getState() != AssistanceState.NEW || r.getVersion() != version) {
            throw new AssistanceConflict(r.getAssignedTo());
        }
        Instant now = clock.now();
        r.take(me(), now);
        try {
            em.flush(); // the version check happens here: a concurrent take makes it fail
        } catch (PersistenceException e) {
            throw new AssistanceConflict(null);
        }
        event(r, now, "TAKEN", null);
        audit.record(me(), "ASSISTANCE_TAKEN", "assistance_request", r.getNumber(), null, null);
    }

    /** Answers a request the caller has taken; the answer is mailed to the alternative address. */
    @RolesAllowed(Role.HELP_DESK)
    public void answer(long id, int version, String text) {
        AssistanceRequest r = request(id);
        String answer = text == null ? "" : text.strip();
        if (answer.isEmpty()) {
            throw new AssistanceRejected(Map.of("answer", "ast.answer.required"));
        }
        if (answer.length() > ANSWER_MAX) {
            throw new AssistanceRejected(Map.of("answer", "ast.answer.tooLong"));
        }
        if (r.getState() == AssistanceState.ANSWERED && me().equals(r.getAnsweredBy()) && answer.equals(r.getAnswer())) {
            return; // the same answer sent twice
        }
        mustBeMine(r, version, Set.of(AssistanceState.TAKEN));
        Instant now = clock.now();
        r.answer(me(), answer, now);
        flushOrConflict(r);
        event(r, now, "ANSWERED", null);
        audit.record(me(), "ASSISTANCE_ANSWERED", "assistance_request", r.getNumber(), null, null);
        outbox.queue(OutgoingMail.template("assistance-answer").to(r.getReplyEmail(), r.getLocale())
                .param("number", r.getNumber()).param("kind", kindLabel(r.getKind(), r.getLocale()))
                .param("filedAt", r.getCreatedAt()).param("answer", answer)
                .about("assistance_request", r.getId()).dedupKey("assistance-answer:" + r.getId()));
    }

    /** Closes an answered request the caller has. */
    @RolesAllowed(Role.HELP_DESK)
    public void close(long id, int version) {
        AssistanceRequest r = request(id);
        if (r.getState() == AssistanceState.CLOSED) {
            return;
        }
        mustBeMine(r, version, Set.of(AssistanceState.ANSWERED));
        Instant now = clock.now();
        r.close(now);
        flushOrConflict(r);
        event(r, now, "CLOSED", null);
        audit.record(me(), "ASSISTANCE_CLOSED", "assistance_request", r.getNumber(), null, null);
    }

    /**
     * Mails the user name to the account's own registered address (never to the alternative one:
     * whoever wrote it may not be the owner).
     */
    @RolesAllowed(Role.HELP_DESK)
    public void sendUsername(long id) {
        AssistanceRequest r = actionable(id);
        Citizen c = citizen(r).orElseThrow(AssistanceNoAccount::new);
        Account a = c.getAccount();
        if (a.getEmail() == null) {
            throw new AssistanceRejected("ast.action.noEmail");
        }
        Instant now = clock.now();
        outbox.queue(OutgoingMail.template("assistance-username").to(a.getEmail(), a.getLocale())
                .param("name", c.getFullName()).param("username", a.getUsername()).param("number", r.getNumber())
                .param("loginLink", settings.publicUrl() + "/login.xhtml")
                .about("account", a.getId())
                .dedupKey("assistance-username:" + r.getId() + ":" + now.getEpochSecond() / 60));
        accountAction(r, a, now, "USERNAME_SENT", "ASSISTANCE_USERNAME_SENT");
    }

    /**
     * Clears the security question and answer: at the next sign-in the person sets a new one, proving
     * who they are with the current personal code. The person is told by email.
     *
     * @return false when there was no security question to clear
     */
    @RolesAllowed(Role.HELP_DESK)
    public boolean resetSecurityQuestion(long id) {
        AssistanceRequest r = actionable(id);
        Citizen c = citizen(r).orElseThrow(AssistanceNoAccount::new);
        if (c.getSecurityQuestion() == null && c.getSecurityAnswerHash() == null) {
            return false;
        }
        Account a = c.getAccount();
        Instant now = clock.now();
        c.setSecurityQuestion(null, null);
        accountAction(r, a, now, "SECURITY_QUESTION_RESET", "ASSISTANCE_SECURITY_QUESTION_RESET");
        if (a.getEmail() != null) {
            outbox.queue(OutgoingMail.template("assistance-security-reset").to(a.getEmail(), a.getLocale())
                    .param("name", c.getFullName()).param("number", r.getNumber())
                    .param("loginLink", settings.publicUrl() + "/login.xhtml")
                    .about("account", a.getId())
                    .dedupKey("assistance-security-reset:" + r.getId() + ":" + now.getEpochSecond()));
        }
        return true;
    }

    /** Lifts a sign-in lock of the account (failed sign-ins forgotten). */
    @RolesAllowed(Role.HELP_DESK)
    public void unlock(long id) {
        AssistanceRequest r = actionable(id);
        Citizen c = citizen(r).orElseThrow(AssistanceNoAccount::new);
        Account a = c.getAccount();
        Instant now = clock.now();
        a.resetFailedSignIns();
        accountAction(r, a, now, "UNLOCKED", "ASSISTANCE_ACCOUNT_UNLOCKED");
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private void accountAction(AssistanceRequest r, Account a, Instant now, String event, String auditAction) {
        event(r, now, event, a.getUsername());
        audit.record(me(), auditAction, "account", String.valueOf(a.getId()), "request " + r.getNumber(), null);
        audit.record(me(), auditAction, "assistance_request", r.getNumber(), "account " + a.getId(), null);
    }

    private AssistanceRequest actionable(long id) {
        AssistanceRequest r = request(id);
        if (!ACTIONABLE.contains(r.getState()) || !me().equals(r.getAssignedTo())) {
            throw new AssistanceRejected("ast.action.takeFirst");
        }
        return r;
    }

    private void mustBeMine(AssistanceRequest r, int version, Set<AssistanceState> states) {
        if (!me().equals(r.getAssignedTo())) {
            throw new AssistanceConflict(r.getAssignedTo());
        }
        if (r.getVersion() != version) {
            throw new AssistanceConflict(r.getAssignedTo());
        }
        if (!states.contains(r.getState())) {
            throw new AssistanceRejected("ast.state.notAllowed");
        }
    }

    private void flushOrConflict(AssistanceRequest r) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new AssistanceConflict(r.getAssignedTo());
        }
    }

    private AssistanceRequest request(long id) {
        AssistanceRequest r = em.find(AssistanceRequest.class, id);
        if (r == null) {
            throw new AssistanceRejected("ast.notFound");
        }
        return r;
    }

    private Optional<Citizen> citizen(AssistanceRequest r) {
        if (r.getCodiceFiscale() == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Citizen.BY_ACTIVE_CF, Citizen.class).setParameter("cf", r.getCodiceFiscale())
                .getResultStream().findFirst();
    }

    private Optional<AssistanceRequest> byNumber(String number) {
        if (number == null || !NUMBER.matcher(number.trim().toUpperCase(Locale.ROOT)).matches()) {
            return Optional.empty();
        }
        return em.createNamedQuery(AssistanceRequest.BY_NUMBER, AssistanceRequest.class)
                .setParameter("number", number.trim().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private Optional<AssistanceRequest> bySubmissionKey(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(AssistanceRequest.BY_SUBMISSION_KEY, AssistanceRequest.class)
                .setParameter("key", key.trim()).getResultStream().findFirst();
    }

    private Predicate[] filters(CriteriaBuilder cb, Root<AssistanceRequest> r, AssistanceQuery query) {
        List<Predicate> where = new ArrayList<>();
        AssistanceQuery q = query == null ? AssistanceQuery.all() : query;
        if (q.state() != null) {
            where.add(cb.equal(r.get("state"), q.state()));
        }
        if (q.kind() != null) {
            where.add(cb.equal(r.get("kind"), q.kind()));
        }
        if (!blank(q.schoolCode())) {
            where.add(cb.equal(r.get("schoolCode"), SchoolCodes.normalise(q.schoolCode())));
        }
        if (q.from() != null) {
            where.add(cb.greaterThanOrEqualTo(r.get("createdAt"), q.from().atStartOfDay(PortalClock.ROME).toInstant()));
        }
        if (q.to() != null) {
            where.add(cb.lessThan(r.get("createdAt"), q.to().plusDays(1).atStartOfDay(PortalClock.ROME).toInstant()));
        }
        if (!blank(q.search())) {
            String s = q.search().strip().toUpperCase(Locale.ROOT);
            if (CodiceFiscale.isValid(s)) {
                where.add(cb.equal(r.get("codiceFiscale"), CodiceFiscale.parse(s).value()));
            } else if (NUMBER.matcher(s).matches()) {
                where.add(cb.equal(r.get("number"), s));
            } else {
                String like = "%" + s.replaceAll("[%_\\\\]", "") + "%";
                where.add(cb.or(cb.like(cb.upper(r.get("familyName")), like),
                        cb.like(cb.upper(r.get("givenName")), like),
                        cb.like(r.get("codiceFiscale"), like),
                        cb.like(r.get("number"), like)));
            }
        }
        return where.toArray(Predicate[]::new);
    }

    private String nextNumber() {
        Number seq = (Number) em.createNativeQuery("SELECT assistance_number_seq.NEXTVAL FROM DUAL").getSingleResult();
        return String.format("AST-%d-%06d", clock.nowInRome().getYear(), seq.longValue());
    }

    private boolean serviceSchoolUnknown(String code) {
        return code != null && em.find(School.class, code) == null;
    }

    private void event(AssistanceRequest r, Instant when, String action, String detail) {
        em.persist(new AssistanceEvent(r, when, me(), action, detail));
    }

    private static String name(String raw, String field, Map<String, String> problems) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            problems.put(field, "ast." + field + ".required");
            return null;
        }
        if (v.length() > NAME_MAX) {
            problems.put(field, "ast." + field + ".tooLong");
            return null;
        }
        return v;
    }

    static String mask(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at < 1) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    private static String kindLabel(AssistanceKind kind, String locale) {
        boolean en = "en".equals(locale);
        return switch (kind) {
            case PASSWORD_NO_SECURITY_QUESTION -> en ? "password without security question"
                    : "password senza domanda di sicurezza";
            case FORGOTTEN_USERNAME -> en ? "forgotten user name" : "nome utente dimenticato";
            case OTHER -> en ? "other" : "altro";
        };
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
