package it.polis.it.campaigns;

import it.polis.tools.mail.MailCatcher;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** Client side only (never in a deployment): campaign mail in the catcher, and bounces sent to the bounce mailbox. */
final class CampaignMailbox {

    private CampaignMailbox() {
    }

    static List<MimeMessage> campaignMail(MailCatcher mail, String to) {
        return mail.messagesFor(to).stream().filter(m -> {
            try {
                return m.getHeader("X-Polis-Campaign") != null;
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** What a remote mail server sends back to the bounce address for a message it could not deliver. */
    static void dsn(MailCatcher mail, MimeMessage original, String status, String diagnostic) throws Exception {
        String to = ((InternetAddress) original.getAllRecipients()[0]).getAddress();
        String raw = "From: MAILER-DAEMON@mx.example.net\r\n"
                + "To: " + MailCatcher.BOUNCE_ADDRESS + "\r\n"
                + "Subject: Undelivered Mail Returned to Sender\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"BOUNDARY\"\r\n\r\n"
                + "--BOUNDARY\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                + "Your message could not be delivered.\r\n\r\n"
                + "--BOUNDARY\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.example.net\r\n\r\n"
                + "Final-Recipient: rfc822; " + to + "\r\n"
                + "Action: " + (status.startsWith("5") ? "failed" : "delayed") + "\r\n"
                + "Status: " + status + "\r\n"
                + "Diagnostic-Code: smtp; " + diagnostic + "\r\n\r\n"
                + "--BOUNDARY\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                + "Message-ID: " + original.getMessageID() + "\r\n"
                + "Subject: " + original.getSubject() + "\r\n"
                + "To: " + to + "\r\n\r\n"
                + "--BOUNDARY--\r\n";
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", String.valueOf(mail.smtpPort()));
        Session session = Session.getInstance(p);
        MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
        try (Transport t = session.getTransport("smtp")) {
            t.connect();
            t.sendMessage(m, new Address[] {new InternetAddress(MailCatcher.BOUNCE_ADDRESS)});
        }
    }

}
