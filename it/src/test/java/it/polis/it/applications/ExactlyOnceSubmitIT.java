package it.polis.it.applications;

import it.polis.it.support.Browser;
import it.polis.it.support.Citizens;
import it.polis.it.support.Mails;
import it.polis.it.support.PortalExtension;
import it.polis.it.support.TestPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same submit fired at once from many threads, from two check pages (two tabs, two idempotency
 * keys) of the same session, as double clicks and browser retries would: exactly one submission,
 * one protocol number, one receipt.
 */
@ExtendWith(PortalExtension.class)
class ExactlyOnceSubmitIT {

    private static final int THREADS = 16;

    @Test
    void concurrentSubmitsEndInOneProtocol(Browser browser, TestPortal portal) throws Exception {
        Citizens.TestCitizen c = Citizens.active(portal);
        RetirementSteps.signIn(browser, c);
        RetirementSteps.apply(browser, RetirementSteps.DEMO_RETIREMENT);
        String id = RetirementSteps.applicationId(browser);
        RetirementSteps.fillAll(browser);
        Map<String, String> tabA = formOf(browser, c);
        browser.open("/area/applications/check.xhtml?id=" + id);
        Map<String, String> tabB = formOf(browser, c);
        assertTrue(!tabA.get("submitKey").equals(tabB.get("submitKey")), "each check page has its own key");
        String action = browser.find(By.id("check")).getAttribute("action");
        String cookie = "JSESSIONID=" + browser.cookie("JSESSIONID").getValue();

        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Map<String, String> form = i % 2 == 0 ? tabA : tabB;
            answers.add(pool.submit(() -> {
                start.await();
                return client.send(HttpRequest.newBuilder(URI.create(action)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(),
                        HttpResponse.BodyHandlers.ofString());
            }));
        }
        start.countDown();
        int redirected = 0;
        String sample = "";
        for (Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.get();
            if (r.statusCode() != 302) {
                String body = r.body().replaceAll("(?s)<head>.*?</head>", "").replaceAll("<[^>]+>", " ")
                        .replaceAll("\\s+", " ");
                sample = r.statusCode() + ": " + body.substring(0, Math.min(1500, body.length()));
            }
            assertTrue(r.statusCode() == 302 || r.statusCode() == 200, "status " + r.statusCode() + " " + sample);
            if (r.statusCode() == 302) {
                assertTrue(r.headers().firstValue("Location").orElse("").contains("/area/applications/detail.xhtml"));
                redirected++;
            }
        }
        pool.shutdown();
        assertTrue(redirected > 0, "at least one answer led to the submitted application; " + sample);

        browser.open("/area/applications/detail.xhtml?id=" + id);
        assertEquals("SUBMITTED", browser.find(By.id("state")).getAttribute("data-state"));
        assertEquals(1, browser.findAll(By.cssSelector("#submissions tbody tr")).size(), "one submission");
        assertEquals(1, browser.findAll(By.cssSelector("#timeline li[data-kind='SUBMITTED']")).size());
        String protocol = browser.find(By.id("protocol")).getText();
        assertTrue(RetirementSteps.PROTOCOL.matcher(protocol).matches(), protocol);

        RetirementSteps.receiptMail(portal, c, 1);
        Thread.sleep(6000); // two more outbox rounds: nothing else may come
        assertEquals(1, Mails.matching(portal.mail(), c.email(), RetirementSteps.RECEIPT_SUBJECT).size(),
                "one receipt");
    }

    /** The fields the check page's form would post (view state, key, personal code, button). */
    private static Map<String, String> formOf(Browser browser, Citizens.TestCitizen c) {
        Map<String, String> form = new LinkedHashMap<>();
        for (WebElement hidden : browser.findAll(By.cssSelector("form#check input[type=hidden]"))) {
            form.put(hidden.getAttribute("name"), hidden.getAttribute("value"));
        }
        form.put("check:personalCode", c.personalCode());
        form.put("check:submit", "x");
        return form;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
