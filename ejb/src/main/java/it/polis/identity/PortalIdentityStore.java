package it.polis.identity;

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
                .map(s -> new CredentialValidationResult(s.username(), s.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
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
