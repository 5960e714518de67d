package it.polis.it.rankings;

import it.polis.identity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/**
 * Calls made with one ministry role each (in-container tests of role rules): whatever a bean here calls
 * runs as a caller holding that role only.
 */
final class Callers {

    private Callers() {
    }

    /** Tells who calls it: the principal name a run-as caller passes on. */
    @Stateless
    @PermitAll
    public static class Names {
        @Resource
        private SessionContext ctx;

        public String whoCallsMe() {
            return ctx.getCallerPrincipal().getName();
        }
    }

    @Stateless
    @RunAs(Role.RANKING_PUBLISHER)
    @DeclareRoles(Role.RANKING_PUBLISHER)
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public static class Publisher {
        @EJB
        private Names names;

        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }

        public String name() {
            return names.whoCallsMe();
        }
    }

    @Stateless
    @RunAs(Role.RANKING_APPROVER)
    @DeclareRoles(Role.RANKING_APPROVER)
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public static class Approver {
        @EJB
        private Names names;

        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }

        public String name() {
            return names.whoCallsMe();
        }
    }

    @Stateless
    @RunAs(Role.PROCEDURE_ADMIN)
    @DeclareRoles(Role.PROCEDURE_ADMIN)
    @PermitAll
    public static class ProcedureAdmin {
        public <T> T call(Callable<T> work) throws Exception {
            return work.call();
        }
    }
}
