package it.polis.platform.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * SMS settings (MicroProfile Config): {@code polis.sms.sender} ({@code recording} | {@code http}),
 * {@code polis.sms.gateway.url}, {@code polis.sms.gateway.token}, {@code polis.sms.gateway.timeout-seconds} (10),
 * {@code polis.sms.max-attempts} (10), {@code polis.sms.first-retry-seconds} (10),
 * {@code polis.sms.max-retry-seconds} (900); the recording sender also posts to the local catcher at
 * {@code polis.dev.mailcatcher.url} when it is set.
 */
@ApplicationScoped
public class SmsSettings {

    @Inject
    @ConfigProperty(name = "polis.sms.sender", defaultValue = "recording")
    String sender;

    @Inject
    @ConfigProperty(name = "polis.sms.gateway.url")
    Optional<String> gatewayUrl;

    @Inject
    @ConfigProperty(name = "polis.sms.gateway.token")
    Optional<String> gatewayToken;

    @Inject
    @ConfigProperty(name = "polis.sms.gateway.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "polis.sms.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "polis.sms.first-retry-seconds", defaultValue = "10")
    int firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "polis.sms.max-retry-seconds", defaultValue = "900")
    int maxRetrySeconds;

    @Inject
    @ConfigProperty(name = "polis.dev.mailcatcher.url")
    Optional<String> catcherUrl;

    public boolean httpSender() {
        return "http".equalsIgnoreCase(sender.trim());
    }

    public String gatewayUrl() {
        return gatewayUrl.orElse("").trim();
    }

    public String gatewayToken() {
        return gatewayToken.orElse("").trim();
    }

    public Duration timeout() {
        return Duration.ofSeconds(Math.max(1, timeoutSeconds));
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    public Duration firstRetry() {
        return Duration.ofSeconds(Math.max(1, firstRetrySeconds));
    }

    public Duration maxRetry() {
        return Duration.ofSeconds(Math.max(Math.max(1, firstRetrySeconds), maxRetrySeconds));
    }

    /** The local catcher's SMS endpoint, or empty when there is no catcher (production). */
    public String catcherSmsUrl() {
        String base = catcherUrl.orElse("").trim();
        if (base.isEmpty()) {
            return "";
        }
        return (base.endsWith("/") ? base : base + "/") + "sms";
    }
}
