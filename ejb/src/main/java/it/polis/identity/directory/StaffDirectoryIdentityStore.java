package it.polis.identity.directory;

import it.polis.identity.Account;
import it.polis.identity.AccountDirectory;
import it.polis.identity.SignInService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * The second identity store, beside the database one: staff sign in with their {@code @istruzione.it}
 * mailbox credentials, checked by the staff directory (LDAP). It goes first and takes only names the
 * directory knows and the portal has no password for; the portal account is the one linked to the
 * directory entry by codice fiscale, which gives the roles. Lock-out, throttling and audit are
 * {@link SignInService}'s, as for database accounts; every refusal looks the same.
 */
@ApplicationScoped
public class StaffDirectoryIdentityStore implements IdentityStore {

    /** Request attribute: this store decided the attempt, the database store leaves it alone. */
    public static final String DECIDED = StaffDirectoryIdentityStore.class.getName() + ".decided";

    @Inject
    private StaffDirectory directory;

    @EJB
    private SignInService signIn;

    @EJB
    private AccountDirectory accounts;

    @Inject
    private HttpServletRequest request;

    @Override
    public int priority() {
        return 50;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc) || !directory.enabled()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String name = upc.getCaller() == null ? "" : upc.getCaller().trim();
        if (!directory.isMailboxName(name)) {
            Optional<Account> local = accounts.byUsername(name);
            if (local.isPresent() && local.get().getPasswordHash() != null) {
                return CredentialValidationResult.NOT_VALIDATED_RESULT; // a portal password: the database decides
            }
        }
        StaffDirectory.Check check = directory.check(name, upc.getPassword().getValue());
        if (check.status() == StaffDirectory.Status.UNKNOWN) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        markDecided();
        return signIn.checkDirectory(check.codiceFiscale(), check.status() == StaffDirectory.Status.ACCEPTED,
                        name, clientAddr())
                .map(s -> new CredentialValidationResult(s.username(), s.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private void markDecided() {
        try {
            request.setAttribute(DECIDED, Boolean.TRUE);
        } catch (RuntimeException outsideRequest) {
            // no request: nothing to tell the next store
        }
    }

    private String clientAddr() {
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
