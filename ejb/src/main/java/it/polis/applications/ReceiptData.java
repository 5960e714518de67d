package it.polis.applications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What a receipt says. {@link #canonical()} is the text its SHA-256 is computed over: the protocol, the
 * instant, the procedure, the applicant's codice fiscale and every field, in a fixed order.
 */
public record ReceiptData(String protocol, Instant submittedAt, String procedureCode, String procedureTitle,
                          ProcedureKind kind, String fullName, String codiceFiscale, String username, String email,
                          FormData data, Locale locale) {

    public String canonical() {
        return "POLIS-RECEIPT-1\nprotocol=" + protocol + "\nsubmittedAt=" + submittedAt + "\nprocedure="
                + procedureCode + "\ncf=" + codiceFiscale + "\n" + data.text();
    }

    public String contentSha256() {
        return sha256(canonical().getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
