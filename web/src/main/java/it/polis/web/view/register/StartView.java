package it.polis.web.view.register;

import it.polis.identity.cf.CodiceFiscale;
import it.polis.web.shell.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** register/start.xhtml: codice fiscale and the anti-robot check. */
@Named
@RequestScoped
public class StartView {

    @Inject
    private RegistrationWizard wizard;

    private String codiceFiscale;
    private String captcha;

    public void onLoad() {
        if (codiceFiscale == null) {
            codiceFiscale = wizard.getCodiceFiscale();
        }
    }

    public String next() {
        if (!CodiceFiscale.isValid(codiceFiscale)) {
            Messages.errorFor("start:cf", "reg", CodiceFiscale.problems(codiceFiscale).isEmpty()
                    ? "register.cf.invalid" : "register.cf.invalidDetail");
            return null;
        }
        if (wizard.getSentTo() != null) {
            wizard.restart();
        }
        wizard.setCodiceFiscale(CodiceFiscale.parse(codiceFiscale).value());
        wizard.setCaptchaPassed(true); // the captcha component validated the payload in this request
        return "/register/details?faces-redirect=true";
    }

    public String getCodiceFiscale() {
        return codiceFiscale;
    }

    public void setCodiceFiscale(String codiceFiscale) {
        this.codiceFiscale = codiceFiscale;
    }

    public String getCaptcha() {
        return captcha;
    }

    public void setCaptcha(String captcha) {
        this.captcha = captcha;
    }
}
