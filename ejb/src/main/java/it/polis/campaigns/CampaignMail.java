package it.polis.campaigns;

import it.polis.platform.PortalClock;
import it.polis.platform.PortalSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;

/**
 * The mass-sending SMTP path of campaigns (documented beside the outbox: campaign messages are rendered
 * per recipient by the send-campaign job and handed straight to SMTP over one reused connection, their
 * state kept per recipient in campaign_recipient instead of mail_outbox rows).
 *
 * <p>Every message has a stable Message-ID {@code <campaign.C.A@domain>} (campaign, account) that
 * delivery status notifications quote, so a bounce finds its recipient; informational ones carry
 * {@code List-Unsubscribe} (RFC 2369) and {@code List-Unsubscribe-Post} (RFC 8058) with the personal
 * link. With {@code polis.campaigns.bounce.address} set, that is the envelope sender (Return-Path).
 */
@ApplicationScoped
public class CampaignMail {

    static final String MESSAGE_ID_PREFIX = "campaign.";
    private static final String FROM_NAME = "Istanze OnLine";

    @Resource(lookup = "mail/polis")
    private Session mailSession;

    @Inject
    private PortalSettings portal;

    @Inject
    private CampaignSettings settings;

    @Inject
    private PortalClock clock;

    @Inject
    private UnsubscribeTokens tokens;

    /** The session campaign mail is sent with: mail/polis, with the bounce address as envelope sender when configured. */
    public Session session() {
        var bounce = settings.bounceAddress();
        if (bounce.isEmpty()) {
            return mailSession;
        }
        Properties p = new Properties();
        p.putAll(mailSession.getProperties());
        p.setProperty("mail.smtp.from", bounce.get());
        String user = p.getProperty("mail.smtp.user", p.getProperty("mail.user"));
        String password = p.getProperty("mail.smtp.password", p.getProperty("mail.password"));
        Authenticator auth = user == null || password == null ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        };
        return Session.getInstance(p, auth);
    }

    public InternetAddress from(Session session) throws MessagingException {
        String configured = session.getProperty("mail.from");
        InternetAddress from = configured == null || configured.isBlank()
                ? InternetAddress.getLocalAddress(session) : new InternetAddress(configured, true);
        if (from == null || from.getAddress() == null || from.getAddress().indexOf('@') < 1) {
            throw new MessagingException("mail/polis has no usable mail.from address");
        }
        try {
            return from.getPersonal() != null ? from : new InternetAddress(from.getAddress(), FROM_NAME, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8", e);
        }
    }

    /** The recipient's personal link: the draft to complete, the procedure's catalogue, or the personal area. */
    public String personalLink(RecipientData r) {
        if (r.applicationId() != null) {
            return portal.publicUrl() + "/area/applications/form.xhtml?id=" + r.applicationId();
        }
        if (r.procedureCode() != null) {
            return portal.publicUrl() + "/area/applications/catalogue.xhtml";
        }
        return portal.publicUrl() + "/area/home.xhtml";
    }

    public String unsubscribeUrl(long campaignId, long accountId) {
        return portal.publicUrl() + "/unsubscribe.xhtml?t=" + tokens.token(campaignId, accountId);
    }

    /** Renders the campaign for one recipient in the recipient's language. */
    public CampaignTemplate.Rendered render(JobCampaign c, RecipientData r) {
        String lang = CampaignTemplate.language(r.locale());
        String unsubscribe = c.kind() == CampaignKind.INFORMATIONAL ? unsubscribeUrl(c.id(), r.accountId()) : null;
        return "en".equals(lang)
                ? CampaignTemplate.render(c.subjectEn(), c.bodyEn(), r, lang, personalLink(r), unsubscribe)
                : CampaignTemplate.render(c.subjectIt(), c.bodyIt(), r, lang, personalLink(r), unsubscribe);
    }

    /** The SMS variant for one recipient (same placeholders; one text for every language). */
    public String sms(JobCampaign c, RecipientData r) {
        String lang = CampaignTemplate.language(r.locale());
        return CampaignTemplate.renderText(c.smsText(), r, lang, personalLink(r));
    }

    /** The message for one recipient, ready for {@code Transport.sendMessage}. */
    public MimeMessage message(Session session, InternetAddress from, JobCampaign c, RecipientData r,
                               CampaignTemplate.Rendered mail) throws MessagingException {
        String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        String messageId = "<" + MESSAGE_ID_PREFIX + c.id() + "." + r.accountId() + "@" + domain + ">";
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(from);
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(r.email(), true));
        m.setSubject(mail.subject(), "UTF-8");
        m.setSentDate(Date.from(clock.now()));
        String lang = CampaignTemplate.language(r.locale());
        m.setHeader("Content-Language", lang);
        m.setHeader("Auto-Submitted", "auto-generated");
        m.setHeader("X-Polis-Campaign", String.valueOf(c.id()));
        if (c.kind() == CampaignKind.INFORMATIONAL) {
            m.setHeader("Precedence", "bulk");
            m.setHeader("List-Unsubscribe", "<" + unsubscribeUrl(c.id(), r.accountId()) + ">");
            m.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        m.setText(mail.text(), "UTF-8");
        m.saveChanges();
        return m;
    }
}
