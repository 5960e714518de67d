package it.polis.web.view;

import it.polis.web.shell.LocaleBean;
import it.polis.web.shell.LocaleFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Year;
import java.time.ZoneId;

/** Small helpers for the page template (header, footer, navigation). */
@Named
@RequestScoped
public class ShellView {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Inject
    private LocaleBean localeBean;

    /**
     * Relative link of the language switch: the current query string without any {@code lang}
     * parameter, plus {@code lang=<other language>}. With no other parameters this is just
     * {@code ?lang=en} (or {@code ?lang=it}), so the browser stays on the current address.
     */
    public String getLanguageSwitchHref() {
        String kept = LocaleFilter.queryWithoutLang(queryString());
        return "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + localeBean.getOtherLanguage();
    }

    /** The view id of the current page, e.g. {@code /info/faq.xhtml}; empty on error pages. */
    public String getViewId() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? "" : context.getViewRoot().getViewId();
    }

    /** {@code page} when the current view is the given one, else null (attribute omitted). */
    public String current(String viewId) {
        return viewId.equals(getViewId()) ? "page" : null;
    }

    /**
     * Address to load the page again: on an error page the address that failed (as a plain GET),
     * otherwise the current one. Always a path inside this application.
     */
    public String getReloadHref() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (!(request instanceof HttpServletRequest http)) {
            return "";
        }
        String contextPath = http.getContextPath();
        Object failed = http.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String s ? s : http.getRequestURI();
        return uri != null && uri.startsWith(contextPath + "/") ? uri : contextPath + "/";
    }

    public int getYear() {
        return Year.now(ROME).getValue();
    }

    private static String queryString() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? http.getQueryString() : null;
    }
}
