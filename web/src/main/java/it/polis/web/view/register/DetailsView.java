package it.polis.web.view.register;

import it.polis.identity.RegistrationProblem;
import it.polis.identity.RegistrationService;
import it.polis.identity.cf.CodiceFiscalePart;
import it.polis.reference.Place;
import it.polis.reference.Places;
import it.polis.reference.Province;
import it.polis.reference.Region;
import it.polis.web.shell.LocaleBean;
import it.polis.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** register/details.xhtml: personal data, birth place cascade, email, password, consents. */
@Named
@ViewScoped
public class DetailsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Form field ids of the page, by the field names the service reports. */
    static final Map<String, String> FIELD_IDS = Map.of("codiceFiscale", "details:cfShown", "givenName",
            "details:givenName", "familyName", "details:familyName", "birthDate", "details:birthDate", "sex",
            "details:sex", "birthPlace", "details:birthPlace", "email", "details:email", "password",
            "details:password");

    @Inject
    private RegistrationWizard wizard;

    @Inject
    private LocaleBean locale;

    @EJB
    private RegistrationService registrations;

    @EJB
    private Places places;

    public void onLoad() throws IOException {
        if (!wizard.isStarted()) {
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            ext.redirect(ext.getRequestContextPath() + "/register/start.xhtml");
        }
    }

    public List<Region> getRegions() {
        return places.regions();
    }

    public List<Province> getProvinces() {
        return wizard.getRegionCode() == null ? List.of() : places.provinces(wizard.getRegionCode());
    }

    public List<Place> getComuni() {
        return wizard.getProvinceCode() == null ? List.of() : places.comuni(wizard.getProvinceCode());
    }

    public List<Place> getCountries() {
        return places.countries();
    }

    public void regionChanged() {
        wizard.setProvinceCode(null);
        wizard.setComuneCode(null);
    }

    public void provinceChanged() {
        wizard.setComuneCode(null);
    }

    public String next() {
        boolean ok = true;
        if (wizard.getEmail() == null || !wizard.getEmail().trim().equalsIgnoreCase(
                wizard.getEmailAgain() == null ? "" : wizard.getEmailAgain().trim())) {
            Messages.errorFor("details:emailAgain", "reg", "register.email.notSame");
            ok = false;
        }
        if (!wizard.isTermsAccepted() || !wizard.isPrivacyAccepted()) {
            Messages.errorFor("details:terms", "reg", "register.consents.required");
            ok = false;
        }
        List<RegistrationProblem> problems = registrations.validate(wizard.toRequest(locale.getLanguage()));
        for (RegistrationProblem p : problems) {
            report(p);
        }
        if (!ok || !problems.isEmpty()) {
            return null;
        }
        wizard.setBirthPlaceName(places.byCode(wizard.birthPlaceCode()).map(Place::getName).orElse(""));
        wizard.setReviewed(true);
        return "/register/review?faces-redirect=true";
    }

    /** A mismatching codice fiscale says which parts differ, never a bare "invalid". */
    static void report(RegistrationProblem p) {
        String id = FIELD_IDS.getOrDefault(p.field(), null);
        if (p.cfParts().isEmpty()) {
            Messages.errorFor(id, "reg", p.messageKey());
            return;
        }
        String parts = p.cfParts().stream().filter(part -> part != CodiceFiscalePart.CHECK_CHARACTER
                        || p.cfParts().size() == 1)
                .map(part -> Messages.text("reg", "register.cf.part." + part.name()))
                .collect(Collectors.joining(", "));
        String text = Messages.text("reg", p.messageKey()).replace("{0}", parts);
        FacesContext.getCurrentInstance().addMessage(id,
                new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                        text, null));
    }

    public RegistrationWizard getWizard() {
        return wizard;
    }
}
