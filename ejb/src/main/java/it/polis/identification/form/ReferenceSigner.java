package it.polis.identification.form;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The portal's {@link RegistrationReference}, keyed from configuration.
 *
 * <p><b>{@value #KEY_PROPERTY}</b> (MicroProfile Config: system property of the domain, or the
 * environment variable {@code POLIS_SIGNING_KEY}; on Payara the value may be a password alias,
 * {@code ${ALIAS=polis-signing-key}}): the secret that signs the references printed on the
 * enrolment forms, Base64 (standard or URL-safe alphabet) of at least
 * {@value RegistrationReference#MIN_KEY_BYTES} bytes; make one with
 * {@code openssl rand -base64 32}. Every instance of the portal must have the same key, and it
 * must stay the same for as long as printed forms are in circulation (the registration expiry,
 * 60 days by default): a form signed with an older key no longer verifies, and the secretariat
 * then has to find the registration by number or codice fiscale instead.
 *
 * <p>Required in production: without it the portal still deploys, logs a SEVERE message at
 * start-up, and every {@link #sign}/{@link #verify} fails with {@link IllegalStateException}.
 * Only when {@code polis.dev.enabled=true} and no key is configured is the fixed development key
 * {@value #DEV_KEY} (its ASCII bytes) used, with a WARNING in the log; the development key is
 * public, so it is refused when configured outside development. A key kept only in memory is not
 * an option: forms printed before a restart must still verify.
 */
@ApplicationScoped
public class ReferenceSigner {

    public static final String KEY_PROPERTY = "polis.signing.key";
    public static final String DEV_PROPERTY = "polis.dev.enabled";

    /** Public development key (32 ASCII bytes); never valid when dev mode is off. */
    public static final String DEV_KEY = "POLIS-development-signing-key-01";

    private static final Logger LOG = Logger.getLogger(ReferenceSigner.class.getName());

    @Inject
    @ConfigProperty(name = KEY_PROPERTY)
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = DEV_PROPERTY, defaultValue = "false")
    boolean devEnabled;

    private volatile RegistrationReference reference;
    private volatile String problem;

    @PostConstruct
    void init() {
        try {
            reference = fromConfig(configuredKey == null ? Optional.empty() : configuredKey, devEnabled);
        } catch (IllegalStateException e) {
            problem = e.getMessage();
        }
    }

    /** Tells at start-up, not at the first printed form, that the key is missing or unusable. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (problem != null) {
            LOG.severe(problem);
        }
    }

    /** See {@link RegistrationReference#sign}. */
    public String sign(String registrationNumber) {
        return reference().sign(registrationNumber);
    }

    /** See {@link RegistrationReference#verify}. */
    public Optional<String> verify(String text) {
        return reference().verify(text);
    }

    /** The configured reference signer, e.g. for {@link EnrolmentFormPdf}. */
    public RegistrationReference reference() {
        RegistrationReference r = reference;
        if (r == null) {
            throw new IllegalStateException(problem);
        }
        return r;
    }

    /**
     * The signer for a configured key (Base64) and dev mode flag.
     *
     * @throws IllegalStateException when the key is missing outside dev mode, is not Base64, is
     *                               too short, or is the development key outside dev mode
     */
    static RegistrationReference fromConfig(Optional<String> base64Key, boolean devMode) {
        Optional<String> key = base64Key.map(String::strip).filter(k -> !k.isEmpty());
        if (key.isEmpty()) {
            if (!devMode) {
                throw new IllegalStateException("No " + KEY_PROPERTY + " configured: enrolment form references cannot"
                        + " be signed or verified. Set it (or POLIS_SIGNING_KEY) to the Base64 of 32 random bytes,"
                        + " the same on every instance, e.g. from `openssl rand -base64 32`.");
            }
            LOG.warning(() -> "No " + KEY_PROPERTY + " configured: using the public development key for enrolment"
                    + " form references. Never do this in production.");
            return new RegistrationReference(DEV_KEY.getBytes(StandardCharsets.US_ASCII));
        }
        byte[] bytes = decode(key.get());
        try {
            if (bytes.length < RegistrationReference.MIN_KEY_BYTES) {
                throw new IllegalStateException(KEY_PROPERTY + " is too short: " + bytes.length + " bytes, at least "
                        + RegistrationReference.MIN_KEY_BYTES + " needed (32 recommended)");
            }
            if (!devMode && Arrays.equals(bytes, DEV_KEY.getBytes(StandardCharsets.US_ASCII))) {
                throw new IllegalStateException(KEY_PROPERTY + " is the public development key: configure a secret one");
            }
            return new RegistrationReference(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return base64.indexOf('-') >= 0 || base64.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(base64)
                    : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            // not chained: the decoder's message may quote part of the secret
            throw new IllegalStateException(KEY_PROPERTY + " is not valid Base64");
        }
    }
}
