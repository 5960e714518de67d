package it.polis.web.view.recover;

import it.polis.identity.cf.CodiceFiscale;
import it.polis.identity.recovery.RecoveryService;
import it.polis.web.shell.RecoveryTexts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * recover/username.xhtml: "forgot user name". Codice fiscale and the anti-robot check; the answer
 * is the same whether or not the codice fiscale belongs to an account.
 */
@Named("recoverUsernameView")
@RequestScoped
public class UsernameView {

    @EJB
    private RecoveryService recovery;

    private String codiceFiscale;
    private String captcha;
    private boolean sent;

    public void send() {
        if (!CodiceFiscale.isValid(codiceFiscale)) {
            RecoveryTexts.errorFor("username:cf", "recover.cf.invalid");
            return;
        }
        recovery.forgotUsername(codiceFiscale, clientAddr());
        sent = true;
    }

    static String clientAddr() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
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

    public boolean isSent() {
        return sent;
    }
}
