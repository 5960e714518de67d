package it.polis.it.support;

import it.polis.tools.mail.MailCatcher;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Waits for mail the portal's outbox delivers to the test's SMTP server, and reads it. */
public final class Mails {

    private Mails() {
    }

    /** The n-th (1-based) message to the address whose subject contains the text, waiting up to a minute. */
    public static MimeMessage await(TestPortal portal, String address, String subjectPart, int n) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> matching = matching(portal.mail(), address, subjectPart);
            if (matching.size() >= n) {
                return matching.get(n - 1);
            }
            sleep(250);
        }
        throw new AssertionError("No message #" + n + " '" + subjectPart + "' for " + address + " within a minute");
    }

    public static MimeMessage await(TestPortal portal, String address, String subjectPart) {
        return await(portal, address, subjectPart, 1);
    }

    public static List<MimeMessage> matching(MailCatcher mail, String address, String subjectPart) {
        return mail.messagesFor(address).stream().filter(m -> subject(m).contains(subjectPart)).toList();
    }

    public static String text(MimeMessage m) {
        return MailCatcher.textOf(m);
    }

    /** The first match of a regular expression's group 1 in the message text. */
    public static String find(MimeMessage m, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text(m));
        if (!matcher.find()) {
            throw new AssertionError("'" + regex + "' not found in:\n" + text(m));
        }
        return matcher.group(1);
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
