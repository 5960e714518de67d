package it.polis.web.view.recover;

import it.polis.identity.cf.CodiceFiscale;
import it.polis.identity.recovery.RecoveryService;
import it.polis.web.shell.RecoveryTexts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * recover/password.xhtml: "forgot password". User name, codice fiscale and the anti-robot check;
 * the answer is the same whether or not they belong to the same account.
 */
@Named("recoverPasswordView")
@RequestScoped
public class PasswordView {

    @EJB
    private RecoveryService recovery;

    private String username;
    private String codiceFiscale;
    private String captcha;
    private boolean sent;

    public void send() {
        if (!CodiceFiscale.isValid(codiceFiscale)) {
            RecoveryTexts.errorFor("password:cf", "recover.cf.invalid");
            return;
        }
        recovery.forgotPassword(username, codiceFiscale, UsernameView.clientAddr());
        sent = true;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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
