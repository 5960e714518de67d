package it.polis.it.applications;

import it.polis.it.support.Browser;
import it.polis.it.support.Citizens;
import it.polis.it.support.Mails;
import it.polis.it.support.TestPortal;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Steps of the retirement application shared by the applications tests. */
final class RetirementSteps {

    static final String DEMO_RETIREMENT = "DEMO-CESSAZIONI-2027";
    static final Pattern PROTOCOL = Pattern.compile("m_pi\\.AOODGPER\\.REGISTRO UFFICIALE\\(U\\)\\.\\d{7}\\.\\d{2}-\\d{2}-\\d{4}");
    static final String RECEIPT_SUBJECT = "ricevuta di inoltro";

    private RetirementSteps() {
    }

    static void signIn(Browser browser, Citizens.TestCitizen c) {
        browser.open("/login.xhtml");
        browser.type(By.id("login:username"), c.username());
        browser.type(By.cssSelector("input[type=password]"), c.password());
        browser.click(By.id("login:submit"));
        assertTrue(browser.currentUrl().endsWith("/area/home.xhtml"), browser.currentUrl());
    }

    /** From the catalogue, opens (or resumes) the application to the procedure with this code. */
    static void apply(Browser browser, String code) {
        browser.open("/area/applications/catalogue.xhtml");
        browser.click(By.cssSelector("li[data-code='" + code + "'] input[type=submit]"));
        assertTrue(browser.currentUrl().contains("/area/applications/form.xhtml"), browser.currentUrl());
    }

    /** A valid leaving date: 1 September of next year. */
    static String leaveDate() {
        return LocalDate.now().plusYears(1).withMonth(9).withDayOfMonth(1).toString();
    }

    /**
     * Sets a field's value by script (date inputs), once no automatic save is under way: an ajax
     * update still arriving would otherwise re-render the field and wipe the value just set.
     */
    static void setValue(Browser browser, By by, String value) {
        browser.waitFor(java.time.Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                        + " && (!window.jQuery || jQuery.active === 0));")));
        WebElement e = browser.find(by);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value=arguments[1];", e, value);
    }

    /** Fills every step with valid data and lands on the check page. */
    static void fillAll(Browser browser) {
        new Select(browser.find(By.id("app:retirementKind"))).selectByValue("VECCHIAIA");
        new Select(browser.find(By.id("app:staffRole"))).selectByValue("DOCENTE");
        browser.click(By.id("app:next"));
        setValue(browser, By.id("app:leaveDate"), leaveDate());
        browser.type(By.id("app:currentSchool"), "RMIC81200D");
        browser.click(By.id("app:next"));
        for (String d : new String[] {"declTruthful", "declContributions", "declPrivacy"}) {
            WebElement box = browser.find(By.id("app:" + d));
            if (!box.isSelected()) {
                box.click();
            }
        }
        browser.click(By.id("app:next"));
        assertTrue(browser.currentUrl().contains("/area/applications/check.xhtml"), browser.currentUrl());
    }

    /**
     * As the procedure admin: a new retirement procedure open since an hour ago, closing in an hour
     * (Europe/Rome); signs out at the end.
     */
    static void newProcedureClosingInAnHour(Browser browser, String code) {
        java.time.format.DateTimeFormatter local = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
        java.time.LocalDateTime rome = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Rome"));
        browser.open("/login.xhtml");
        browser.type(By.id("login:username"), "procedure.admin");
        browser.type(By.cssSelector("input[type=password]"), it.polis.platform.demo.DemoLogins.OPERATOR_PASSWORD);
        browser.click(By.id("login:submit"));
        browser.open("/ministry/procedures/edit.xhtml");
        browser.type(By.id("procedure:code"), code);
        new Select(browser.find(By.id("procedure:kind"))).selectByValue("RETIREMENT");
        browser.type(By.id("procedure:titleIt"), "Cessazioni di prova " + code);
        browser.type(By.id("procedure:titleEn"), "Test retirement " + code);
        setValue(browser, By.id("procedure:opensAt"), local.format(rome.minusHours(1)));
        setValue(browser, By.id("procedure:closesAt"), local.format(rome.plusHours(1)));
        browser.click(By.id("procedure:save"));
        assertTrue(browser.currentUrl().contains("/ministry/procedures/list.xhtml"), browser.currentUrl());
        browser.click(By.id("signOut:signOutButton"));
    }

    static void submit(Browser browser, String personalCode) {
        browser.type(By.id("check:personalCode"), personalCode);
        browser.click(By.id("check:submit"));
    }

    static String applicationId(Browser browser) {
        String url = browser.currentUrl();
        var m = Pattern.compile("[?&]id=(\\d+)").matcher(url);
        assertTrue(m.find(), url);
        return m.group(1);
    }

    /** The receipt PDF attached to a message, or null. */
    static byte[] pdfAttachment(MimeMessage message) throws Exception {
        return pdf(message);
    }

    private static byte[] pdf(Part part) throws Exception {
        if (part.isMimeType("application/pdf")) {
            try (InputStream in = part.getInputStream()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                return out.toByteArray();
            }
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart p = mp.getBodyPart(i);
                byte[] found = pdf(p);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static MimeMessage receiptMail(TestPortal portal, Citizens.TestCitizen c, int n) {
        return Mails.await(portal, c.email(), RECEIPT_SUBJECT, n);
    }
}
