package it.polis.identity.activity;

import it.polis.identity.Account;
import it.polis.identity.AccountKind;
import it.polis.identity.Role;
import it.polis.platform.audit.AuditEvent;
import it.polis.reference.School;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in citizen's account activity from the audit log: their sign-ins, recoveries and
 * credential changes, and what others did to the account (identification by a school, look-ups),
 * newest first, one page at a time. Always the caller's own account.
 */
@Stateless
@RolesAllowed(Role.CITIZEN)
public class ActivityService {

    public static final int MAX_PAGE = 100;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    public List<ActivityEntry> page(int first, int max) {
        Account me = me();
        if (me == null) {
            return List.of();
        }
        List<AuditEvent> events = em.createNamedQuery(AuditEvent.BY_ACCOUNT, AuditEvent.class)
                .setParameter("username", me.getUsername()).setParameter("accountId", String.valueOf(me.getId()))
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, MAX_PAGE)))
                .getResultList();
        Map<String, ActivityEntry> actors = new HashMap<>();
        return events.stream().map(e -> entry(e, me, actors)).toList();
    }

    public long count() {
        Account me = me();
        return me == null ? 0 : em.createNamedQuery(AuditEvent.COUNT_BY_ACCOUNT, Long.class)
                .setParameter("username", me.getUsername()).setParameter("accountId", String.valueOf(me.getId()))
                .getSingleResult();
    }

    private ActivityEntry entry(AuditEvent e, Account me, Map<String, ActivityEntry> actors) {
        ActivityEntry who = actors.computeIfAbsent(e.getActor(), actor -> who(actor, me));
        return new ActivityEntry(e.getId(), e.getOccurredAt(), e.getAction(), who.by(), who.byName(), who.byCode(),
                e.getClientAddr(), note(e));
    }

    /** Who an actor is, for the owner's eyes: schools by name and code, ministry staff without names. */
    private ActivityEntry who(String actor, Account me) {
        if (actor.equals(me.getUsername())) {
            return by(ActivityEntry.By.SELF, null, null);
        }
        if ("anonymous".equals(actor)) {
            return by(ActivityEntry.By.ANONYMOUS, null, null);
        }
        if ("system".equals(actor)) {
            return by(ActivityEntry.By.SYSTEM, null, null);
        }
        Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", actor)
                .getResultStream().findFirst().orElse(null);
        if (account != null && account.getKind() == AccountKind.SECRETARIAT) {
            String code = account.getSchoolCode() == null ? account.getUsername() : account.getSchoolCode();
            School school = em.find(School.class, code);
            return by(ActivityEntry.By.SCHOOL, school == null ? account.getDisplayName() : school.getName(), code);
        }
        if (account != null && account.getKind() == AccountKind.OPERATOR) {
            return by(ActivityEntry.By.MINISTRY, null, null);
        }
        return by(ActivityEntry.By.OTHER, actor, null);
    }

    private static ActivityEntry by(ActivityEntry.By by, String name, String code) {
        return new ActivityEntry(0, null, null, by, name, code, null, null);
    }

    /** Refused sign-ins say why, in a few known words; other details stay in the audit log. */
    static String note(AuditEvent e) {
        String d = e.getDetail();
        if (d == null || !"SIGN_IN_REFUSED".equals(e.getAction())) {
            return null;
        }
        if (d.startsWith("wrong password")) {
            return "wrongPassword";
        }
        if (d.startsWith("account locked")) {
            return "accountLocked";
        }
        if (d.startsWith("address locked")) {
            return "addressLocked";
        }
        if (d.startsWith("state")) {
            return "state";
        }
        return null;
    }

    private Account me() {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", caller.getCallerPrincipal().getName()).getResultStream().findFirst()
                .orElse(null);
    }
}
