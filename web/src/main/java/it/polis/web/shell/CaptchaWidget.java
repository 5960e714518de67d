package it.polis.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.ResourceBundle;

/** The texts of the anti-robot widget in the user's language, as the JSON its {@code strings} attribute takes. */
@Named
@RequestScoped
public class CaptchaWidget {

    /** Widget string names (ALTCHA 2.x); the texts are captcha.widget.&lt;name&gt; in the captcha bundle. */
    private static final List<String> KEYS = List.of("label", "verify", "verifying", "verified", "loading", "error",
            "expired", "verificationRequired", "waitAlert", "reload", "enterCode", "enterCodeAria", "getAudioChallenge");

    private String strings;

    public String getStrings() {
        if (strings == null) {
            ResourceBundle bundle = ResourceBundle.getBundle(CaptchaValidator.BUNDLE,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            JsonObjectBuilder json = Json.createObjectBuilder();
            KEYS.forEach(k -> json.add(k, bundle.getString("captcha.widget." + k)));
            // No third-party link in the footer (it is hidden too).
            json.add("footer", "");
            strings = json.build().toString();
        }
        return strings;
    }
}
