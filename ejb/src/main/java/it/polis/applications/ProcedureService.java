package it.polis.applications;

import it.polis.identity.Role;
import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Procedures: the procedure admin creates and edits them; everybody may read the catalogue. */
@Stateless
@RolesAllowed(Role.PROCEDURE_ADMIN)
public class ProcedureService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{2,39}");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    /** Every procedure, latest closing first (public: the catalogue). */
    @PermitAll
    public List<ProcedureData> all() {
        return em.createNamedQuery(Procedure.ALL, Procedure.class).getResultStream().map(ProcedureData::of).toList();
    }

    @PermitAll
    public Optional<ProcedureData> find(long id) {
        return Optional.ofNullable(em.find(Procedure.class, id)).map(ProcedureData::of);
    }

    /** Creates (id null) or updates a procedure; returns its id. */
    public long save(ProcedureData d) {
        String code = d.code() == null ? "" : d.code().trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new ApplicationRejected("app.proc.code.invalid");
        }
        if (d.kind() == null) {
            throw new ApplicationRejected("app.proc.kind.required");
        }
        if (blank(d.titleIt()) || blank(d.titleEn())) {
            throw new ApplicationRejected("app.proc.title.required");
        }
        if (d.opensAt() == null || d.closesAt() == null) {
            throw new ApplicationRejected("app.proc.window.required");
        }
        if (!d.closesAt().isAfter(d.opensAt())) {
            throw new ApplicationRejected("app.proc.window.order");
        }
        int maxPreferences = d.maxPreferences();
        int limit = switch (d.kind()) {
            case TRANSFER -> 15;
            case GPS -> 150;
            default -> 0;
        };
        if (maxPreferences < 0 || maxPreferences > limit) {
            throw new ApplicationRejected("app.proc.maxPreferences.range");
        }
        Instant now = clock.now();
        Procedure p;
        boolean created = d.id() == null;
        List<Procedure> sameCode = em.createNamedQuery(Procedure.BY_CODE, Procedure.class)
                .setParameter("code", code).getResultList();
        if (!sameCode.isEmpty() && (created || !sameCode.get(0).getId().equals(d.id()))) {
            throw new ApplicationRejected("app.proc.code.taken");
        }
        if (created) {
            p = new Procedure(code, now);
            em.persist(p);
        } else {
            p = em.find(Procedure.class, d.id());
            if (p == null) {
                throw new ApplicationRejected("app.proc.notFound");
            }
        }
        p.setKind(d.kind());
        p.setTitleIt(d.titleIt().trim());
        p.setTitleEn(d.titleEn().trim());
        p.setDescriptionIt(limit(d.descriptionIt(), 2000));
        p.setDescriptionEn(limit(d.descriptionEn(), 2000));
        p.setOpensAt(d.opensAt());
        p.setClosesAt(d.closesAt());
        p.setStaffOnly(d.staffOnly());
        p.setMaxPreferences(maxPreferences);
        p.setDeclarations(limit(d.declarations(), 1000));
        p.setUpdatedAt(now);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ApplicationRejected("app.proc.changedMeanwhile");
        }
        audit.record(caller.getCallerPrincipal().getName(), created ? "PROCEDURE_CREATED" : "PROCEDURE_UPDATED",
                "procedure", String.valueOf(p.getId()), code + " " + d.kind() + " " + d.opensAt() + " - "
                        + d.closesAt(), null);
        return p.getId();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String limit(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }
}
