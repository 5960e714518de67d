package it.polis.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Language switch without a session: {@code ?lang=en} on any page stores the choice in a
 * long-lived cookie and redirects to the same page without the parameter.
 */
@WebFilter(filterName = "LocaleFilter", urlPatterns = "*.xhtml")
public class LocaleFilter extends HttpFilter {

    public static final String COOKIE = "polis-lang";
    static final Set<String> SUPPORTED = Set.of("it", "en");
    static final Locale DEFAULT = Locale.ITALIAN;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String lang = request.getParameter("lang");
        if (lang != null && "GET".equals(request.getMethod())) {
            if (SUPPORTED.contains(lang)) {
                Cookie cookie = new Cookie(COOKIE, lang);
                cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
                cookie.setMaxAge(365 * 24 * 3600);
                cookie.setHttpOnly(true);
                cookie.setSecure(request.isSecure());
                cookie.setAttribute("SameSite", "Lax");
                response.addCookie(cookie);
            }
            response.sendRedirect(response.encodeRedirectURL(withoutLang(request)));
            return;
        }
        chain.doFilter(request, response);
    }

    static String withoutLang(HttpServletRequest request) {
        String kept = queryWithoutLang(request.getQueryString());
        return kept.isEmpty() ? request.getRequestURI() : request.getRequestURI() + "?" + kept;
    }

    /** The query string without any {@code lang} parameter ("" when nothing is left). */
    public static String queryWithoutLang(String query) {
        StringBuilder kept = new StringBuilder();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith("lang=") && !"lang".equals(pair)) {
                    kept.append(kept.length() == 0 ? "" : "&").append(pair);
                }
            }
        }
        return kept.toString();
    }

    public static Locale resolve(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName()) && SUPPORTED.contains(c.getValue())) {
                    return Locale.forLanguageTag(c.getValue());
                }
            }
        }
        List<Locale> preferred = request.getHeader("Accept-Language") == null ? List.of()
                : Collections.list(request.getLocales());
        for (Locale l : preferred) {
            if (SUPPORTED.contains(l.getLanguage())) {
                return Locale.forLanguageTag(l.getLanguage());
            }
        }
        return DEFAULT;
    }
}
