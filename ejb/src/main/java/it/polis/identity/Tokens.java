package it.polis.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets for links and temporary codes, and the hash under which tokens are stored. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I/L: people copy temporary codes from an email by hand. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private Tokens() {
    }

    /** 256 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A random alphanumeric code, e.g. the temporary personal code. */
    public static String newCode(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(out);
    }

    /** Tokens carry 256 random bits, so a fast hash is enough (unlike passwords). */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
