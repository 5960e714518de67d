package it.polis.it.support;

import it.polis.tools.mail.MailCatcher;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Waits for SMS the portal's recording sender posts to the test's catcher, and reads them. */
public final class Sms {

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    private Sms() {
    }

    /** The n-th (1-based) SMS to the number (international form, +39...), waiting up to a minute. */
    public static MailCatcher.Sms await(TestPortal portal, String number, int n) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<MailCatcher.Sms> got = portal.mail().smsFor(number);
            if (got.size() >= n) {
                return got.get(n - 1);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No SMS #" + n + " for " + number + " within a minute; got " + portal.mail().sms());
    }

    public static MailCatcher.Sms await(TestPortal portal, String number) {
        return await(portal, number, 1);
    }

    /** The 6-digit code in the SMS text. */
    public static String code(MailCatcher.Sms sms) {
        Matcher m = CODE.matcher(sms.text());
        if (!m.find()) {
            throw new AssertionError("No 6-digit code in: " + sms.text());
        }
        return m.group(1);
    }

    public static List<MailCatcher.Sms> all(TestPortal portal, String number) {
        return portal.mail().smsFor(number);
    }
}
