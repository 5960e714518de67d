package it.polis.identification.form;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signed reference to a registration, printed on the enrolment form (modulo di adesione) as a
 * QR code and as text: {@code POLIS1.<registration number>.<tag>}, e.g.
 * {@code POLIS1.R2026-0000123.K5QW7ZV2M3XH4PCR6Y2DNB7TQE}. It carries no personal data: only
 * the registration number and an HMAC-SHA256 tag over it, truncated to 16 bytes (128 bits).
 *
 * <p>A school secretariat reads it with a USB QR scanner, which <em>types</em> the text into a
 * field as a keyboard would; so the whole reference uses only upper-case letters, digits, '.'
 * and '-', which every common scanner keyboard layout types correctly, and the tag is written
 * in Base32 (RFC 4648, no padding) rather than Base64, so that case does not matter:
 * {@link #verify} accepts the text in any case (Caps Lock, scanners that invert case) and with
 * surrounding white space (the Enter or Tab a scanner sends after the code). It also accepts an
 * apostrophe where a hyphen belongs: that is what a scanner set to the US layout types for
 * '-' on a workstation with the Italian layout. These characters are all in the QR
 * "alphanumeric" mode, so the code stays small.
 *
 * <p>The HMAC key is the configured signing key passed through HMAC-SHA256 with a fixed label,
 * so the same configured secret can sign other things later without the tags of one kind being
 * valid for another. Thread-safe.
 */
public final class RegistrationReference {

    /** Version prefix: a new format gets a new prefix, and old forms keep verifying. */
    public static final String PREFIX = "POLIS1";

    /** Bytes of the HMAC-SHA256 output kept in the tag. */
    static final int TAG_BYTES = 16;

    /** Shortest signing key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 16;

    /** Registration numbers this format can carry: upper-case letters, digits and '-'. */
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");

    private static final String PURPOSE = "polis/identification/registration-reference/v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final SecretKeySpec key;

    /**
     * @param signingKey the configured secret, at least {@value #MIN_KEY_BYTES} bytes (32 random
     *                   bytes recommended); copied, the caller may wipe its array
     */
    public RegistrationReference(byte[] signingKey) {
        if (signingKey == null || signingKey.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("The signing key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        SecretKeySpec master = new SecretKeySpec(signingKey, ALGORITHM);
        byte[] derived = hmac(master, PURPOSE.getBytes(StandardCharsets.US_ASCII));
        this.key = new SecretKeySpec(derived, ALGORITHM);
        Arrays.fill(derived, (byte) 0);
    }

    /**
     * The reference for a registration number.
     *
     * @throws IllegalArgumentException if the number has characters other than upper-case
     *                                  letters, digits and '-' (or is longer than 40)
     */
    public String sign(String registrationNumber) {
        if (registrationNumber == null || !NUMBER.matcher(registrationNumber).matches()) {
            throw new IllegalArgumentException("Registration numbers are 1-40 upper-case letters, digits and '-': "
                    + registrationNumber);
        }
        return PREFIX + '.' + registrationNumber + '.' + tag(registrationNumber);
    }

    /**
     * The registration number of a reference made by {@link #sign} with the same key, or empty
     * when the text is not such a reference (malformed, altered, or signed with another key).
     * Accepts surrounding white space, any case, and an apostrophe for a hyphen (see the class
     * description). The tag is compared in constant time.
     */
    public Optional<String> verify(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String typed = text.strip().toUpperCase(Locale.ROOT).replace('\'', '-');
        if (typed.length() > 100) {
            return Optional.empty();
        }
        int first = typed.indexOf('.');
        int last = typed.lastIndexOf('.');
        if (first < 0 || first == last || !PREFIX.equals(typed.substring(0, first))) {
            return Optional.empty();
        }
        String number = typed.substring(first + 1, last);
        if (!NUMBER.matcher(number).matches()) {
            return Optional.empty();
        }
        byte[] expected = tag(number).getBytes(StandardCharsets.US_ASCII);
        byte[] given = typed.substring(last + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(number) : Optional.empty();
    }

    private String tag(String registrationNumber) {
        byte[] mac = hmac(key, (PREFIX + '.' + registrationNumber).getBytes(StandardCharsets.US_ASCII));
        return base32(Arrays.copyOf(mac, TAG_BYTES));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** RFC 4648 Base32, upper case, without padding. */
    static String base32(byte[] data) {
        StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }
}
