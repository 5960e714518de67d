package it.polis.it.platform;

import it.polis.it.support.Http;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(PortalExtension.class)
class SecurityHeadersIT {

    @Test
    void pagesCarryTheSecurityHeaders(TestPortal portal) {
        var response = Http.get(portal.url("/index.xhtml"));
        assertEquals(200, response.statusCode());
        var h = response.headers();
        assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("strict-origin-when-cross-origin", h.firstValue("Referrer-Policy").orElse(null));
        assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(null));
        String csp = String.join(" ; ", h.allValues("Content-Security-Policy"));
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        assertTrue(csp.contains("script-src 'self' 'unsafe-inline'"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertTrue(csp.contains("form-action 'self'"), csp);
        assertFalse(h.firstValue("X-Powered-By").isPresent(), "server software must not be announced");
        assertFalse(h.firstValue("Server").isPresent(), "server software must not be announced");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite(TestPortal portal) {
        var response = Http.get(portal.url("/login.xhtml"));
        var cookies = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .toList();
        assertEquals(1, cookies.size(), "a form page opens a session: " + cookies);
        assertTrue(cookies.get(0).contains("HttpOnly"), cookies.get(0));
        assertTrue(cookies.get(0).contains("SameSite=Lax"), cookies.get(0));
    }

    @Test
    void pagesWithoutFormsKeepNoSession(TestPortal portal) {
        for (String page : new String[]{"/index.xhtml", "/info/faq.xhtml", "/no/such/page.xhtml"}) {
            var response = Http.get(portal.url(page));
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    page + " opened a session");
        }
    }

    @Test
    void traceIsRefused(TestPortal portal) {
        var response = Http.method("TRACE", portal.url("/index.xhtml"));
        assertTrue(response.statusCode() == 403 || response.statusCode() == 405, "TRACE got " + response.statusCode());
    }

    @Test
    void templatesAreNotServed(TestPortal portal) {
        var response = Http.get(portal.url("/WEB-INF/templates/page.xhtml"));
        assertTrue(response.statusCode() == 404 || response.statusCode() == 403, "got " + response.statusCode());
        assertFalse(response.body().contains("ui:insert"));
    }
}
