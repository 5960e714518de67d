package it.polis.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * The language of the current request: the one the user chose (cookie set by {@link LocaleFilter}),
 * else the browser's preferred supported one, else Italian.
 */
@Named
@RequestScoped
public class LocaleBean {

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            locale = LocaleFilter.resolve(request);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The other language offered by the switch in the header. */
    public String getOtherLanguage() {
        return "it".equals(getLanguage()) ? "en" : "it";
    }
}
