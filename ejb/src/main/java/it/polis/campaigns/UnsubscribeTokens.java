package it.polis.campaigns;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal unsubscribe link of informational campaigns: {@code <campaign>.<account>.<signature>},
 * the signature an HMAC-SHA256 (first 128 bits, Base64url) keyed from {@code polis.signing.key} through a
 * label of its own, so it cannot be forged nor used for another account. Never expires (the law wants
 * unsubscribing to keep working); it only ever opts out.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    /** A token's campaign and account. */
    public record Subject(long campaignId, long accountId) {
    }

    private static final Pattern TOKEN = Pattern.compile("([0-9]{1,19})\\.([0-9]{1,19})\\.([A-Za-z0-9_-]{22})");
    private static final String DEV_KEY = "POLIS-development-signing-key-01";

    @Inject
    @ConfigProperty(name = "polis.signing.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "polis.dev.enabled", defaultValue = "false")
    boolean devEnabled;

    private byte[] key;

    public UnsubscribeTokens() {
    }

    /** For unit tests: a fixed key. */
    UnsubscribeTokens(byte[] secret) {
        this.key = derive(secret);
    }

    @PostConstruct
    void init() {
        Optional<String> k = configuredKey == null ? Optional.empty() : configuredKey.map(String::strip).filter(s -> !s.isEmpty());
        if (k.isPresent()) {
            String v = k.get();
            key = derive(v.indexOf('-') >= 0 || v.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(v)
                    : Base64.getDecoder().decode(v));
        } else if (devEnabled) {
            key = derive(DEV_KEY.getBytes(StandardCharsets.US_ASCII));
        }
    }

    public String token(long campaignId, long accountId) {
        return campaignId + "." + accountId + "." + signature(campaignId, accountId);
    }

    /** The campaign and account of a genuine token; empty for anything else. */
    public Optional<Subject> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(token.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long c = Long.parseLong(m.group(1));
            long a = Long.parseLong(m.group(2));
            boolean ok = MessageDigest.isEqual(signature(c, a).getBytes(StandardCharsets.US_ASCII),
                    m.group(3).getBytes(StandardCharsets.US_ASCII));
            return ok ? Optional.of(new Subject(c, a)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String signature(long campaignId, long accountId) {
        if (key == null) {
            throw new IllegalStateException("No polis.signing.key configured: unsubscribe links cannot be signed");
        }
        byte[] mac = hmac(key, ("unsubscribe:" + campaignId + "." + accountId).getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(mac, 16));
    }

    private static byte[] derive(byte[] secret) {
        return hmac(secret, "polis campaigns unsubscribe v1".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
