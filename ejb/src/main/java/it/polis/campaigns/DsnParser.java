package it.polis.campaigns;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a delivery status notification (RFC 3464: multipart/report with a message/delivery-status part
 * and the returned message or its headers) from its raw text: the status code (5.x.x hard, 4.x.x soft;
 * 2.x.x is a success report and ignored), the final recipient, the diagnostic, and the campaign and
 * account from the returned message's Message-ID ({@code <campaign.C.A@domain>}, see {@link CampaignMail}).
 */
public final class DsnParser {

    /** One failed delivery. campaignId/accountId null when the returned message is not a campaign's. */
    public record Dsn(String status, boolean hard, String recipient, String diagnostic, Long campaignId,
                      Long accountId) {
    }

    private static final Pattern STATUS = Pattern.compile("(?mi)^Status:\\s*([245])\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern RECIPIENT = Pattern.compile("(?mi)^(?:Final|Original)-Recipient:\\s*rfc822\\s*;\\s*<?([^\\s<>]+@[^\\s<>]+)>?");
    private static final Pattern DIAGNOSTIC = Pattern.compile("(?mi)^Diagnostic-Code:\\s*(.+(?:\\r?\\n[ \\t]+.+)*)");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?i)<" + CampaignMail.MESSAGE_ID_PREFIX + "(\\d{1,19})\\.(\\d{1,19})@");

    private DsnParser() {
    }

    /** The failure a message reports; empty when it is no DSN of a failure. */
    public static Optional<Dsn> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher s = STATUS.matcher(raw);
        if (!s.find() || s.group(1).equals("2")) {
            return Optional.empty();
        }
        String status = s.group(1) + "." + s.group(2) + "." + s.group(3);
        Matcher r = RECIPIENT.matcher(raw);
        String recipient = r.find() ? r.group(1) : null;
        Matcher d = DIAGNOSTIC.matcher(raw);
        String diagnostic = d.find() ? d.group(1).replaceAll("\\s+", " ").strip() : null;
        if (diagnostic != null && diagnostic.length() > 500) {
            diagnostic = diagnostic.substring(0, 500);
        }
        Matcher id = MESSAGE_ID.matcher(raw);
        Long campaign = null;
        Long account = null;
        if (id.find()) {
            campaign = Long.parseLong(id.group(1));
            account = Long.parseLong(id.group(2));
        }
        if (recipient == null && campaign == null) {
            return Optional.empty();
        }
        return Optional.of(new Dsn(status, status.startsWith("5"), recipient, diagnostic, campaign, account));
    }
}
