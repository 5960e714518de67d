package it.polis.identity;

import it.polis.identity.recovery.PasswordService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The portal's database identity store for Jakarta Security: groups are the account's roles. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @EJB
    private SignInService signIn;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (decidedByStaffDirectory()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return signIn.check(upc.getCaller(), upc.getPassword().getValue(), clientAddr())
                .map(s -> {
                    markSession(s.mustChangePassword());
                    return new CredentialValidationResult(s.username(), s.roles());
                })
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** After a sign-in with a temporary password the web layer allows nothing but choosing a new one. */
    private void markSession(boolean mustChangePassword) {
        try {
            request.getSession(true).setAttribute(PasswordService.MUST_CHANGE_ATTRIBUTE, mustChangePassword);
        } catch (RuntimeException outsideRequest) {
            // No HTTP request (a programmatic check): the web filter asks the database instead.
        }
    }

    private String clientAddr() {
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    /** The staff directory store went first and already decided (and counted) this attempt. */
    private boolean decidedByStaffDirectory() {
        try {
            return request.getAttribute(it.polis.identity.directory.StaffDirectoryIdentityStore.DECIDED) != null;
        } catch (RuntimeException outsideRequest) {
            return false;
        }
    }
}
