package it.polis.web.shell;

import it.polis.identity.SignInService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Form sign-in (login.xhtml) against every identity store, remembering the caller in the HTTP
 * session; a protected page asked for without a signed-in caller leads to the form, and back to the
 * page after sign-in.
 *
 * <p>Why not the built-in custom-form mechanism: its session re-use ({@code @AutoApplySession}) hands
 * the container only the session's principal, and Payara 6 then rebuilds the caller's groups
 * through a security context shared between request threads; under concurrent requests a signed-in
 * caller was sometimes served without roles (a 403). Here every request hands the container the
 * caller's name AND groups kept in the session, so nothing shared is consulted. Every few seconds
 * (polis.session.recheck-seconds) the session re-reads its account, so a suspension or a change of
 * roles reaches sessions already open.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the signed-in caller. */
    static final String CALLER = "polis.caller";

    /** Session attribute holding the protected page (path and query) to continue to after sign-in. */
    static final String CONTINUE_TO = "polis.continueTo";

    private static final String LOGIN_PAGE = "/login.xhtml";

    /** The signed-in caller as kept in the session (serializable for session replication). */
    record SignedInCaller(String name, Set<String> groups, Instant checkedAt) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @EJB
    private SignInService signIns;

    /** How often an open session asks again whether its account may still be signed in, and with which roles. */
    @Inject
    @ConfigProperty(name = "polis.session.recheck-seconds", defaultValue = "30")
    private int recheckSeconds;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            Credential credential = context.getAuthParameters().getCredential();
            if (!(credential instanceof UsernamePasswordCredential)) {
                return context.doNothing();
            }
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE; // the sign-in page shows one message for every refusal
            }
            request.getSession().setAttribute(CALLER, new SignedInCaller(result.getCallerPrincipal().getName(),
                    Set.copyOf(result.getCallerGroups()), Instant.now()));
            return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(CALLER);
        if (caller instanceof SignedInCaller c) {
            SignedInCaller current = recheck(session, c);
            if (current != null) {
                return context.notifyContainerAboutLogin(current.name(), current.groups());
            }
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                // Only the portal's own path is kept, so the way back can never lead elsewhere.
                String path = request.getRequestURI().substring(request.getContextPath().length());
                String query = request.getQueryString();
                request.getSession().setAttribute(CONTINUE_TO, query == null ? path : path + "?" + query);
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** The caller as the account stands now (re-read at most every few seconds), or null once it may not sign in. */
    private SignedInCaller recheck(HttpSession session, SignedInCaller c) {
        Instant now = Instant.now();
        if (c.checkedAt() != null && c.checkedAt().plusSeconds(recheckSeconds).isAfter(now)) {
            return c;
        }
        Optional<Set<String>> roles = signIns.currentRoles(c.name());
        if (roles.isEmpty()) {
            session.removeAttribute(CALLER);
            return null;
        }
        SignedInCaller fresh = new SignedInCaller(c.name(), roles.get(), now);
        session.setAttribute(CALLER, fresh);
        return fresh;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The page a successful sign-in should continue to, once; empty when sign-in was not asked by a page. */
    public static Optional<String> takeContinuation(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object to = session.getAttribute(CONTINUE_TO);
        session.removeAttribute(CONTINUE_TO);
        return to instanceof String s && s.startsWith("/") && !s.startsWith("//") ? Optional.of(s) : Optional.empty();
    }
}
