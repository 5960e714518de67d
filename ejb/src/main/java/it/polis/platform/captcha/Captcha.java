package it.polis.platform.captcha;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.altcha.altcha.Altcha;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.json.JSONObject;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Self-hosted proof-of-work captcha (ALTCHA, protocol v1: SHA-256, HMAC-signed challenge), no
 * third-party service. The browser widget fetches {@link #createChallenge()}, searches the secret
 * number in its web workers and posts a base64 JSON payload; {@link #verify(String)} accepts it
 * once: valid signature and solution, not expired, not seen before.
 *
 * <p>Configuration (MicroProfile Config: domain system properties or environment):
 * <ul>
 *   <li>{@code polis.captcha.hmac-key} (env {@code POLIS_CAPTCHA_HMAC_KEY}): signing key, at least
 *       32 characters, the same on every instance. Required unless {@code polis.dev.enabled=true},
 *       where a random per-start key is used with a warning.</li>
 *   <li>{@code polis.captcha.maxnumber}: difficulty, the upper bound of the secret number. The
 *       browser tries on average half of it; 250 000 SHA-256 rounds take roughly 0.3-1 s on current
 *       desktops and phones (web workers in parallel). Tests lower it.</li>
 *   <li>{@code polis.captcha.expiry-seconds}: how long a challenge may be solved and submitted
 *       (default 600 s, 10 minutes).</li>
 * </ul>
 *
 * <p>Replay: the signatures of accepted payloads are kept in memory until their challenge
 * expires. That is enough for one instance only: in a deployment group with more than one
 * instance, a payload accepted on one instance could be replayed once on each other instance
 * until it expires. A cluster needs a shared store for {@link #used} (a small database table with
 * a unique key on the signature, or a Hazelcast map with a TTL); that table does not exist yet.
 */
@ApplicationScoped
public class Captcha {

    private static final Logger LOG = Logger.getLogger(Captcha.class.getName());
    static final int MIN_KEY_LENGTH = 32;
    /** Payloads larger than this are not even decoded (a real one is about 300 bytes). */
    static final int MAX_PAYLOAD_LENGTH = 2048;
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "polis.captcha.hmac-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "polis.captcha.maxnumber", defaultValue = "250000")
    long maxNumber;

    @Inject
    @ConfigProperty(name = "polis.captcha.expiry-seconds", defaultValue = "600")
    long expirySeconds;

    @Inject
    @ConfigProperty(name = "polis.dev.enabled", defaultValue = "false")
    boolean devMode;

    /** Technical time (the ALTCHA library checks expiry against the system clock too). */
    Clock clock = Clock.systemUTC();

    private String hmacKey;

    /** Signature of every accepted payload -> expiry of its challenge (epoch seconds). One instance only: see above. */
    private final ConcurrentMap<String, Long> used = new ConcurrentHashMap<>();
    private final AtomicLong nextCleanup = new AtomicLong();

    public Captcha() {
    }

    /** For unit tests, without a container. */
    Captcha(String hmacKey, long maxNumber, Duration expiry, Clock clock) {
        this.configuredKey = Optional.ofNullable(hmacKey);
        this.maxNumber = maxNumber;
        this.expirySeconds = expiry.toSeconds();
        this.devMode = false;
        this.clock = clock;
        init();
    }

    @PostConstruct
    void init() {
        String key = configuredKey.map(String::trim).filter(k -> !k.isEmpty()).orElse(null);
        if (key == null) {
            if (!devMode) {
                throw new IllegalStateException("polis.captcha.hmac-key (env POLIS_CAPTCHA_HMAC_KEY) is not set: "
                        + "the captcha needs a secret signing key of at least " + MIN_KEY_LENGTH + " characters");
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            key = HexFormat.of().formatHex(random);
            LOG.warning("polis.captcha.hmac-key is not set: dev mode uses a random captcha key for this start only. "
                    + "Set it (the same on every instance) outside dev mode.");
        } else if (key.length() < MIN_KEY_LENGTH) {
            if (!devMode) {
                throw new IllegalStateException("polis.captcha.hmac-key is too short: at least " + MIN_KEY_LENGTH
                        + " characters");
            }
            LOG.warning("polis.captcha.hmac-key is shorter than " + MIN_KEY_LENGTH + " characters (accepted in dev mode only)");
        }
        if (maxNumber < 1) {
            throw new IllegalStateException("polis.captcha.maxnumber must be positive");
        }
        if (expirySeconds < 10) {
            throw new IllegalStateException("polis.captcha.expiry-seconds must be at least 10");
        }
        hmacKey = key;
    }

    /** A new signed challenge as the JSON the widget expects: algorithm, challenge, maxnumber, salt, signature. */
    public String createChallenge() {
        try {
            Altcha.Challenge c = Altcha.createChallenge(new Altcha.ChallengeOptions()
                    .setAlgorithm(Altcha.Algorithm.SHA256)
                    .setMaxNumber(maxNumber)
                    .setSecureRandomNumber(true)
                    .setExpires(nowSeconds() + expirySeconds)
                    .setHmacKey(hmacKey));
            return new JSONObject()
                    .put("algorithm", c.algorithm)
                    .put("challenge", c.challenge)
                    .put("maxnumber", c.maxnumber)
                    .put("salt", c.salt)
                    .put("signature", c.signature)
                    .toString();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create a captcha challenge", e);
        }
    }

    /**
     * True once for a payload the widget produced from one of our challenges: signed with our key,
     * solved, not expired, not already used. False for anything else (never throws on bad input).
     */
    public boolean verify(String payload) {
        if (payload == null || payload.isBlank() || payload.length() > MAX_PAYLOAD_LENGTH) {
            return false;
        }
        cleanupIfDue();
        String json;
        try {
            json = new String(Base64.getDecoder().decode(payload.trim()), StandardCharsets.UTF_8);
            JSONObject fields = new JSONObject(json);
            String salt = fields.optString("salt", null);
            String signature = fields.optString("signature", null);
            if (salt == null || signature == null) {
                return false;
            }
            Long expires = expiresOf(salt);
            // Our challenges always carry an expiry: a signed salt without one was not made here.
            if (expires == null || expires < nowSeconds()) {
                return false;
            }
            if (!Altcha.verifySolution(payload.trim(), hmacKey, true)) {
                return false;
            }
            // Valid: accept it only the first time (atomic, so two parallel posts cannot both pass).
            return used.putIfAbsent(signature, expires) == null;
        } catch (Exception | LinkageError e) {
            LOG.log(Level.FINE, "Malformed captcha payload", e);
            return false;
        }
    }

    /** Accepted payloads still remembered (for tests and monitoring). */
    public int rememberedCount() {
        return used.size();
    }

    /** The {@code expires} parameter the library appends to the salt ({@code <hex>?expires=<epoch seconds>}). */
    static Long expiresOf(String salt) {
        int q = salt.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : salt.substring(q + 1).split("&")) {
            if (pair.startsWith("expires=")) {
                try {
                    return Long.parseLong(pair.substring("expires=".length()));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private void cleanupIfDue() {
        long now = nowSeconds();
        long due = nextCleanup.get();
        if (now >= due && nextCleanup.compareAndSet(due, now + CLEANUP_EVERY.toSeconds())) {
            used.values().removeIf(expires -> expires < now);
        }
    }

    private long nowSeconds() {
        return clock.millis() / 1000;
    }
}
