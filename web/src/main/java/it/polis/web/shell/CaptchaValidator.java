package it.polis.web.shell;

import it.polis.platform.captcha.Captcha;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ResourceBundle;

/**
 * Checks the anti-robot payload the widget of {@code polis:captcha} put in its hidden field: it must
 * come from a challenge of ours, be solved, unexpired and never used before (see {@link Captcha}).
 * A payload is consumed by a successful check, so a page that fails validation for another field
 * asks for the check again. Attached by the component as {@code <f:validator binding="#{captchaValidator}"/>}
 * (a CDI bean, so the service is injected).
 */
@Named
@ApplicationScoped
public class CaptchaValidator implements Validator<Object> {

    static final String BUNDLE = "it.polis.web.i18n.captcha";

    @Inject
    private Captcha captcha;

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        String payload = value == null ? "" : value.toString().trim();
        if (payload.isEmpty()) {
            throw new ValidatorException(message(context, "captcha.required"));
        }
        if (!captcha.verify(payload)) {
            throw new ValidatorException(message(context, "captcha.invalid"));
        }
    }

    static FacesMessage message(FacesContext context, String key) {
        String text = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale()).getString(key);
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }
}
