package it.polis.assistance;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.Locale;
import java.util.Optional;

/**
 * The alternative address where the answer goes: a plain, valid address outside the ministry's
 * {@code istruzione.it} domain (the person cannot read that mailbox, which is why they need help).
 */
public final class ReplyAddresses {

    public static final String MINISTRY_DOMAIN = "istruzione.it";

    private ReplyAddresses() {
    }

    /** The normalised address, or empty when it is not a plain valid address with a dotted domain. */
    public static Optional<String> parse(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().length() > 254) {
            return Optional.empty();
        }
        try {
            InternetAddress a = new InternetAddress(raw.strip(), true);
            a.validate();
            String address = a.getAddress();
            int at = address.indexOf('@');
            if (a.getPersonal() != null || at < 1 || address.indexOf('.', at) < 0 || address.endsWith(".")) {
                return Optional.empty();
            }
            return Optional.of(address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT));
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    /** True for {@code x@istruzione.it} and any sub-domain of it. */
    public static boolean isMinistryAddress(String address) {
        String domain = address.substring(address.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        return domain.equals(MINISTRY_DOMAIN) || domain.endsWith("." + MINISTRY_DOMAIN);
    }
}
