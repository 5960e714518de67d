package it.polis.web.view.dev;

import it.polis.web.dev.DevMode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * dev/captcha.xhtml (dev and test mode only, 404 otherwise): the anti-robot check on its own,
 * so it can be tried and tested apart from the forms that use it.
 */
@Named
@RequestScoped
public class CaptchaDemoView {

    @Inject
    private DevMode devMode;

    @Inject
    private FacesContext faces;

    private String captchaPayload;
    private boolean verified;

    /** View action, also on postback: the page does not exist outside dev mode. */
    public void guard() throws IOException {
        if (!devMode.isEnabled()) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        }
    }

    /** Reached only when the captcha component validated the payload in this request. */
    public void submit() {
        verified = true;
        captchaPayload = null;
    }

    public boolean isVerified() {
        return verified;
    }

    public String getCaptchaPayload() {
        return captchaPayload;
    }

    public void setCaptchaPayload(String captchaPayload) {
        this.captchaPayload = captchaPayload;
    }
}
