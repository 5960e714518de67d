package it.polis.identification;

import it.polis.identification.form.EnrolmentFormData;
import it.polis.identification.form.EnrolmentFormPdf;
import it.polis.identification.form.ReferenceSigner;
import it.polis.identity.AccountState;
import it.polis.identity.Citizen;
import it.polis.identity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Locale;
import java.util.Optional;

/**
 * The enrolment form (modulo di adesione) of the signed-in citizen, once the email is confirmed;
 * it can be downloaded again as often as needed until the identification.
 */
@Stateless
@RolesAllowed(Role.CITIZEN_PENDING)
public class EnrolmentForms {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private ReferenceSigner signer;

    /** The PDF, or empty when the email is not confirmed yet. */
    public Optional<byte[]> mine() {
        Citizen c = em.createNamedQuery(Citizen.BY_USERNAME, Citizen.class)
                .setParameter("username", caller.getCallerPrincipal().getName()).getSingleResult();
        if (c.getAccount().getState() != AccountState.EMAIL_CONFIRMED) {
            return Optional.empty();
        }
        EnrolmentFormData data = new EnrolmentFormData(c.getRegistrationNumber(), c.getAccount().getUsername(),
                c.getGivenName(), c.getFamilyName(), c.getCodiceFiscale(), c.getBirthDate(), c.getBirthPlaceName(),
                c.getSex(), c.getAccount().getEmail(), c.getRegisteredAt(), c.getRegistrationExpiresAt(),
                Locale.forLanguageTag(c.getAccount().getLocale()));
        return Optional.of(new EnrolmentFormPdf(signer.reference()).render(data));
    }
}
