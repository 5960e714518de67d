package it.polis.identity.admin;

import it.polis.identity.Account;
import it.polis.identity.AccountKind;
import it.polis.identity.AccountState;
import it.polis.identity.Argon2idPasswordHash;
import it.polis.identity.Citizen;
import it.polis.identity.Role;
import it.polis.identity.cf.CodiceFiscale;
import it.polis.platform.PortalClock;
import it.polis.platform.PortalSettings;
import it.polis.platform.audit.AuditEvent;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.mail.Outbox;
import it.polis.platform.mail.OutgoingMail;
import it.polis.reference.School;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ministry's administration: operator accounts (roles, enable/disable, password), school
 * secretariat accounts (from the school reference data), citizen accounts (unlock, suspend,
 * reactivate) and the audit log. Administrators only, enforced here; every change is audited with
 * the administrator as actor, and the person concerned is told by mail.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class AdministrationService {

    /** The roles an operator account may hold. */
    public static final List<String> OPERATOR_ROLES = List.of(Role.ADMINISTRATOR, Role.PROCEDURE_ADMIN,
            Role.RANKING_PUBLISHER, Role.RANKING_APPROVER, Role.CAMPAIGN_MANAGER, Role.HELP_DESK);

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,79}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final int REASON_MAX = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Argon2idPasswordHash hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private Outbox outbox;

    @Inject
    private PortalClock clock;

    @Inject
    private PortalSettings settings;

    // ---- operators ------------------------------------------------------------------------------

    public long countOperators(String search) {
        return where(em, Long.class, "SELECT COUNT(a) FROM Account a", operatorConditions(search), "")
                .getSingleResult();
    }

    public List<StaffAccount> operators(String search, int first, int max) {
        Instant now = clock.now();
        return where(em, Account.class, "SELECT a FROM Account a", operatorConditions(search), " ORDER BY a.username")
                .setFirstResult(first).setMaxResults(max).getResultList().stream()
                .map(a -> StaffAccount.of(a, now)).toList();
    }

    public Optional<StaffAccount> operator(long id) {
        Account a = em.find(Account.class, id);
        return a == null || a.getKind() != AccountKind.OPERATOR ? Optional.empty()
                : Optional.of(StaffAccount.of(a, clock.now()));
    }

    /**
     * A new operator account. With a codice fiscale it is linked to the staff directory and signs in
     * with the person's {@code @istruzione.it} credentials (no portal password); without, a random
     * password is emailed.
     */
    public StaffAccount createOperator(String username, String displayName, String email, String codiceFiscale,
                                       Set<String> roles) {
        String name = trim(username).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new AdministrationRejected("admin.operator.username.invalid");
        }
        String display = trim(displayName);
        if (display.isEmpty() || display.length() > 200) {
            throw new AdministrationRejected("admin.operator.name.invalid");
        }
        String mail = trim(email);
        if (mail.length() > 254 || !EMAIL.matcher(mail).matches()) {
            throw new AdministrationRejected("admin.operator.email.invalid");
        }
        String cf = trim(codiceFiscale).toUpperCase(Locale.ROOT);
        if (!cf.isEmpty() && !CodiceFiscale.isValid(cf)) {
            throw new AdministrationRejected("admin.operator.cf.invalid");
        }
        Set<String> wanted = checkedRoles(roles);
        if (findAccount(name).isPresent()) {
            throw new AdministrationRejected("admin.operator.username.taken");
        }
        if (!cf.isEmpty() && !em.createNamedQuery(Account.STAFF_BY_CF, Account.class).setParameter("cf", cf)
                .getResultList().isEmpty()) {
            throw new AdministrationRejected("admin.operator.cf.taken");
        }
        Account a = new Account(name, AccountKind.OPERATOR, AccountState.ACTIVE, display, mail, clock.now());
        a.getRoles().addAll(wanted);
        String password = null;
        if (cf.isEmpty()) {
            password = TemporaryPasswords.generate();
            a.setPasswordHash(hasher.generate(password.toCharArray()));
        } else {
            a.setCodiceFiscale(cf);
        }
        em.persist(a);
        em.flush();
        audit.record(caller(), "OPERATOR_CREATED", "account", String.valueOf(a.getId()),
                name + " roles " + new TreeSet<>(wanted) + (cf.isEmpty() ? "" : ", staff directory link"), null);
        if (password == null) {
            mail(a, "staff-account-linked", Map.of());
        } else {
            mail(a, "staff-account-created", Map.of("password", password));
        }
        return StaffAccount.of(a, clock.now());
    }

    public StaffAccount changeRoles(long id, Set<String> roles, String reason) {
        Account a = operatorForUpdate(id);
        Set<String> wanted = checkedRoles(roles);
        String why = reason(reason);
        boolean losesAdmin = a.getRoles().contains(Role.ADMINISTRATOR) && !wanted.contains(Role.ADMINISTRATOR);
        if (losesAdmin && isMe(a)) {
            throw new AdministrationRejected("admin.operator.self.adminRole");
        }
        if (losesAdmin && a.getState() == AccountState.ACTIVE && activeAdministrators() <= 1) {
            throw new AdministrationRejected("admin.operator.lastAdmin");
        }
        Set<String> before = new TreeSet<>(a.getRoles());
        a.getRoles().clear();
        a.getRoles().addAll(wanted);
        audit.record(caller(), "OPERATOR_ROLES_CHANGED", "account", String.valueOf(a.getId()),
                a.getUsername() + " " + before + " -> " + new TreeSet<>(wanted) + "; " + why, null);
        return StaffAccount.of(a, clock.now());
    }

    public StaffAccount setOperatorEnabled(long id, boolean enabled, String reason) {
        Account a = operatorForUpdate(id);
        String why = reason(reason);
        if (!enabled && isMe(a)) {
            throw new AdministrationRejected("admin.operator.self.disable");
        }
        if (!enabled && a.getRoles().contains(Role.ADMINISTRATOR) && a.getState() == AccountState.ACTIVE
                && activeAdministrators() <= 1) {
            throw new AdministrationRejected("admin.operator.lastAdmin");
        }
        changeState(a, enabled, why, "OPERATOR");
        return StaffAccount.of(a, clock.now());
    }

    /** A new random password, emailed; directory-linked accounts have none to reset. */
    public StaffAccount resetOperatorPassword(long id) {
        Account a = operatorForUpdate(id);
        if (a.isDirectoryLinked()) {
            throw new AdministrationRejected("admin.operator.directory");
        }
        newPassword(a, "OPERATOR_PASSWORD_RESET");
        return StaffAccount.of(a, clock.now());
    }

    // ---- schools --------------------------------------------------------------------------------

    public long countSchools(String search) {
        return where(em, Long.class, "SELECT COUNT(s) FROM School s", schoolConditions(search), "").getSingleResult();
    }

    public List<SchoolAccount> schools(String search, int first, int max) {
        List<School> page = where(em, School.class, "SELECT s FROM School s", schoolConditions(search),
                " ORDER BY s.code").setFirstResult(first).setMaxResults(max).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, Account> accounts = em.createNamedQuery(Account.BY_USERNAMES, Account.class)
                .setParameter("usernames", page.stream().map(School::getCode).toList()).getResultStream()
                .filter(a -> a.getKind() == AccountKind.SECRETARIAT)
                .collect(Collectors.toMap(Account::getUsername, Function.identity()));
        return page.stream().map(s -> school(s, accounts.get(s.getCode()))).toList();
    }

    /**
     * Sets a new random password for the school's secretariat account, creating the account from the
     * reference data when the school has none yet; the password goes to the school's institutional mailbox.
     */
    public SchoolAccount setSchoolPassword(String code) {
        School s = em.find(School.class, trim(code).toUpperCase(Locale.ROOT));
        if (s == null) {
            throw new AdministrationRejected("admin.school.unknown");
        }
        if (s.getEmail() == null || s.getEmail().isBlank()) {
            throw new AdministrationRejected("admin.school.noMailbox");
        }
        Optional<Account> existing = findAccount(s.getCode());
        if (existing.isPresent() && existing.get().getKind() != AccountKind.SECRETARIAT) {
            throw new AdministrationRejected("admin.school.usernameTaken");
        }
        if (existing.isEmpty()) {
            Account a = new Account(s.getCode(), AccountKind.SECRETARIAT, AccountState.ACTIVE, "Segreteria " + s.getName(),
                    s.getEmail(), clock.now());
            a.setSchoolCode(s.getCode());
            a.getRoles().add(Role.SECRETARIAT);
            String password = TemporaryPasswords.generate();
            a.setPasswordHash(hasher.generate(password.toCharArray()));
            em.persist(a);
            em.flush();
            audit.record(caller(), "SCHOOL_ACCOUNT_CREATED", "school", s.getCode(), "account " + a.getId(), null);
            mail(a, "staff-account-created", Map.of("password", password));
            return school(s, a);
        }
        Account a = em.find(Account.class, existing.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        newPassword(a, "SCHOOL_PASSWORD_RESET");
        return school(s, a);
    }

    public SchoolAccount setSchoolEnabled(String code, boolean enabled, String reason) {
        School s = em.find(School.class, trim(code).toUpperCase(Locale.ROOT));
        Account a = s == null ? null : findAccount(s.getCode()).filter(x -> x.getKind() == AccountKind.SECRETARIAT)
                .orElse(null);
        if (a == null) {
            throw new AdministrationRejected("admin.school.noAccount");
        }
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        changeState(a, enabled, reason(reason), "SCHOOL");
        return school(s, a);
    }

    // ---- citizens -------------------------------------------------------------------------------

    /** A citizen by codice fiscale, user name or registration number. */
    public Optional<CitizenAccount> findCitizen(String query) {
        String q = trim(query);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        String upper = q.toUpperCase(Locale.ROOT);
        Optional<Citizen> c = em.createNamedQuery(Citizen.BY_ACTIVE_CF, Citizen.class).setParameter("cf", upper)
                .getResultStream().findFirst();
        if (c.isEmpty()) {
            c = em.createNamedQuery(Citizen.BY_REGISTRATION_NUMBER, Citizen.class).setParameter("number", upper)
                    .getResultStream().findFirst();
        }
        if (c.isEmpty()) {
            c = em.createNamedQuery(Citizen.BY_USERNAME, Citizen.class)
                    .setParameter("username", q.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
        }
        if (c.isEmpty()) {
            // An expired registration keeps its CF for history only.
            c = em.createQuery("SELECT c FROM Citizen c WHERE c.codiceFiscale = :cf ORDER BY c.registeredAt DESC",
                    Citizen.class).setParameter("cf", upper).setMaxResults(1).getResultStream().findFirst();
        }
        Instant now = clock.now();
        return c.map(x -> citizen(x, now));
    }

    /** Lifts the lock-out after repeated failed sign-ins. */
    public CitizenAccount unlockCitizen(long accountId, String reason) {
        Citizen c = citizenForUpdate(accountId);
        String why = reason(reason);
        Account a = c.getAccount();
        int failures = a.getFailedSignIns();
        a.resetFailedSignIns();
        audit.record(caller(), "CITIZEN_UNLOCKED", "account", String.valueOf(a.getId()),
                a.getUsername() + " after " + failures + " failures; " + why, null);
        return citizen(c, clock.now());
    }

    /** SUSPENDED: cannot sign in until reactivated; the person is told why by mail. */
    public CitizenAccount suspendCitizen(long accountId, String reason) {
        Citizen c = citizenForUpdate(accountId);
        String why = reason(reason);
        Account a = c.getAccount();
        if (a.getState() != AccountState.ACTIVE) {
            throw new AdministrationRejected("admin.citizen.notActive");
        }
        a.setState(AccountState.SUSPENDED);
        audit.record(caller(), "CITIZEN_SUSPENDED", "account", String.valueOf(a.getId()), a.getUsername() + "; " + why,
                null);
        mail(a, "account-suspended", Map.of("reason", why));
        return citizen(c, clock.now());
    }

    public CitizenAccount reactivateCitizen(long accountId, String reason) {
        Citizen c = citizenForUpdate(accountId);
        String why = reason(reason);
        Account a = c.getAccount();
        if (a.getState() != AccountState.SUSPENDED) {
            throw new AdministrationRejected("admin.citizen.notSuspended");
        }
        a.setState(AccountState.ACTIVE);
        a.resetFailedSignIns();
        audit.record(caller(), "CITIZEN_REACTIVATED", "account", String.valueOf(a.getId()),
                a.getUsername() + "; " + why, null);
        mail(a, "account-reactivated", Map.of("reason", why));
        return citizen(c, clock.now());
    }

    // ---- audit log ------------------------------------------------------------------------------

    public long countAudit(AuditFilter filter) {
        return where(em, Long.class, "SELECT COUNT(e) FROM AuditEvent e", auditConditions(filter), "")
                .getSingleResult();
    }

    /** Newest first. */
    public List<AuditEntry> audit(AuditFilter filter, int first, int max) {
        return where(em, AuditEvent.class, "SELECT e FROM AuditEvent e", auditConditions(filter),
                " ORDER BY e.occurredAt DESC, e.id DESC").setFirstResult(first).setMaxResults(max).getResultStream()
                .map(e -> new AuditEntry(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getTargetType(),
                        e.getTargetId(), e.getDetail(), e.getClientAddr())).toList();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Map<String, Object> operatorConditions(String search) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("a.kind = :kind", AccountKind.OPERATOR);
        String s = trim(search).toLowerCase(Locale.ROOT);
        if (!s.isEmpty()) {
            c.put("(LOWER(a.username) LIKE :s OR LOWER(a.displayName) LIKE :s OR LOWER(a.email) LIKE :s"
                    + " OR LOWER(a.codiceFiscale) LIKE :s)", like(s));
        }
        return c;
    }

    private Map<String, Object> schoolConditions(String search) {
        Map<String, Object> c = new LinkedHashMap<>();
        String s = trim(search).toLowerCase(Locale.ROOT);
        if (!s.isEmpty()) {
            c.put("(LOWER(s.code) LIKE :s OR LOWER(s.name) LIKE :s OR LOWER(s.comune) LIKE :s)", like(s));
        }
        return c;
    }

    private Map<String, Object> auditConditions(AuditFilter f) {
        Map<String, Object> c = new LinkedHashMap<>();
        if (f == null) {
            return c;
        }
        if (!trim(f.actor()).isEmpty()) {
            c.put("e.actor = :actor", trim(f.actor()));
        }
        if (!trim(f.action()).isEmpty()) {
            c.put("e.action = :action", trim(f.action()).toUpperCase(Locale.ROOT));
        }
        String target = trim(f.target());
        if (!target.isEmpty()) {
            List<String> ids = new ArrayList<>(List.of(target, target.toUpperCase(Locale.ROOT)));
            findAccount(target).or(() -> findAccount(target.toLowerCase(Locale.ROOT)))
                    .ifPresent(a -> ids.add(String.valueOf(a.getId())));
            c.put("e.targetId IN :targets", ids);
        }
        if (f.from() != null) {
            c.put("e.occurredAt >= :from", f.from().atStartOfDay(PortalClock.ROME).toInstant());
        }
        if (f.to() != null) {
            c.put("e.occurredAt < :to", f.to().plusDays(1).atStartOfDay(PortalClock.ROME).toInstant());
        }
        return c;
    }

    /** A query from conditions of the form "expr :param", each bound to its value. */
    private static <T> TypedQuery<T> where(EntityManager em, Class<T> type, String select, Map<String, Object> conditions,
                                           String orderBy) {
        StringBuilder jpql = new StringBuilder(select);
        String glue = " WHERE ";
        for (String cond : conditions.keySet()) {
            jpql.append(glue).append(cond);
            glue = " AND ";
        }
        TypedQuery<T> q = em.createQuery(jpql + orderBy, type);
        conditions.forEach((cond, value) -> {
            var m = Pattern.compile(":(\\w+)").matcher(cond);
            if (m.find()) {
                q.setParameter(m.group(1), value);
            }
        });
        return q;
    }

    private static String like(String s) {
        return "%" + s.replace("\\", "").replace("%", "").replace("_", "") + "%";
    }

    private Set<String> checkedRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AdministrationRejected("admin.operator.roles.required");
        }
        if (!OPERATOR_ROLES.containsAll(roles)) {
            throw new AdministrationRejected("admin.operator.roles.invalid");
        }
        return Set.copyOf(roles);
    }

    private String reason(String reason) {
        String r = trim(reason);
        if (r.isEmpty()) {
            throw new AdministrationRejected("admin.reason.required");
        }
        if (r.length() > REASON_MAX) {
            throw new AdministrationRejected("admin.reason.tooLong");
        }
        return r;
    }

    private void changeState(Account a, boolean enabled, String why, String what) {
        AccountState target = enabled ? AccountState.ACTIVE : AccountState.SUSPENDED;
        if (a.getState() == target) {
            return; // double click, second tab: already done
        }
        if (a.getState() != AccountState.ACTIVE && a.getState() != AccountState.SUSPENDED) {
            throw new AdministrationRejected("admin.state.unchangeable");
        }
        a.setState(target);
        if (enabled) {
            a.resetFailedSignIns();
        }
        audit.record(caller(), what + (enabled ? "_ENABLED" : "_DISABLED"), "account", String.valueOf(a.getId()),
                a.getUsername() + "; " + why, null);
        mail(a, enabled ? "account-reactivated" : "account-suspended", Map.of("reason", why));
    }

    private void newPassword(Account a, String action) {
        String password = TemporaryPasswords.generate();
        a.setPasswordHash(hasher.generate(password.toCharArray()));
        a.resetFailedSignIns();
        audit.record(caller(), action, "account", String.valueOf(a.getId()), a.getUsername(), null);
        mail(a, "staff-password-reset", Map.of("password", password));
    }

    private void mail(Account a, String template, Map<String, String> extra) {
        if (a.getEmail() == null || a.getEmail().isBlank()) {
            return;
        }
        OutgoingMail m = OutgoingMail.template(template).to(a.getEmail(), a.getLocale())
                .param("name", a.getDisplayName()).param("username", a.getUsername())
                .param("link", settings.publicUrl() + "/login.xhtml")
                .about("account", a.getId());
        extra.forEach(m::param);
        outbox.queue(m);
    }

    private Account operatorForUpdate(long id) {
        Account a = em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || a.getKind() != AccountKind.OPERATOR) {
            throw new AdministrationRejected("admin.operator.unknown");
        }
        return a;
    }

    private Citizen citizenForUpdate(long accountId) {
        Account a = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        Citizen c = a == null ? null : em.find(Citizen.class, accountId);
        if (c == null) {
            throw new AdministrationRejected("admin.citizen.unknown");
        }
        return c;
    }

    private long activeAdministrators() {
        return em.createNamedQuery(Account.COUNT_ACTIVE_WITH_ROLE, Long.class).setParameter("role", Role.ADMINISTRATOR)
                .getSingleResult();
    }

    private boolean isMe(Account a) {
        return a.getUsername().equals(caller());
    }

    private Optional<Account> findAccount(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    private SchoolAccount school(School s, Account a) {
        return new SchoolAccount(s.getCode(), s.getName(), s.getComune(), s.getProvinceCode(), s.getEmail(),
                a == null ? null : a.getId(), a == null ? null : a.getState().name());
    }

    private static CitizenAccount citizen(Citizen c, Instant now) {
        Account a = c.getAccount();
        return new CitizenAccount(a.getId(), a.getUsername(), c.getCodiceFiscale(), c.getFullName(),
                c.getRegistrationNumber(), a.getEmail(), a.getState().name(), a.getFailedSignIns(), a.getLockedUntil(),
                a.getLockedUntil() != null && a.getLockedUntil().isAfter(now));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
