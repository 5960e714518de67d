package it.polis.it.assistance;

import it.polis.it.support.Http;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Anonymous requests never reach the assistance pages: a POST of the form is sent to the sign-in. */
@ExtendWith(PortalExtension.class)
class AssistanceAccessIT {

    static void toSignIn(HttpResponse<String> r) {
        assertEquals(302, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("/login.xhtml"),
                r.headers().firstValue("Location").orElse(""));
        assertFalse(r.body().contains("AST-"), "no request number in the answer");
    }

    @Test
    void anonymousCallersAreSentToSignIn(TestPortal portal) {
        toSignIn(Http.post(portal.url("/school/assistance/new.xhtml"), "request=request&request%3Akind=OTHER"
                + "&request%3Acf=RSSMRA80A01H501U&request%3AreplyEmail=a%40example.net"
                + "&request%3Adescription=x&request%3Asubmit=Invia"));
        toSignIn(Http.get(portal.url("/school/assistance/requests.xhtml")));
        toSignIn(Http.get(portal.url("/ministry/helpdesk/queue.xhtml")));
        toSignIn(Http.get(portal.url("/ministry/helpdesk/request.xhtml?id=1000")));
    }
}
