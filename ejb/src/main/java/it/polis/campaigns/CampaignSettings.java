package it.polis.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Campaign settings (MicroProfile Config, system properties or environment of the domain):
 * <ul>
 *   <li>{@code polis.campaigns.rate} (50): default throttle of a new campaign, messages per second;
 *       {@code polis.campaigns.max-rate} (5000) the highest an operator may set;</li>
 *   <li>{@code polis.campaigns.error-threshold} (20): default auto-pause threshold, percent of failed
 *       sends among the last {@code polis.campaigns.error-window} (50) attempts, once at least
 *       {@code polis.campaigns.error-min-sample} (20) were made;</li>
 *   <li>{@code polis.campaigns.send-attempts} (3): SMTP attempts per recipient before FAILED;
 *       {@code polis.campaigns.soft-bounce-retries} (2): resends after soft (4.x.x) bounces;</li>
 *   <li>{@code polis.campaigns.chunk-size} (100): recipients per chunk (one checkpoint, one SMTP connection reused);</li>
 *   <li>{@code polis.batch.node} (true): this is the instance that runs batch jobs, so it also starts
 *       scheduled campaigns and reads the bounce mailbox (one switch for all, see {@code InterruptedExecutions});</li>
 *   <li>{@code polis.campaigns.bounce.url} (empty = off): the bounce mailbox, e.g.
 *       {@code imap://bounces:secret@mail.example.org:993/INBOX} ({@code imaps}, {@code pop3}, {@code pop3s});
 *       {@code polis.campaigns.bounce.poll-seconds} (30);</li>
 *   <li>{@code polis.campaigns.bounce.address} (empty = the mail session's): envelope sender of campaign
 *       mail, where servers send their delivery status notifications.</li>
 * </ul>
 */
@ApplicationScoped
public class CampaignSettings {

    @Inject
    @ConfigProperty(name = "polis.campaigns.rate", defaultValue = "50")
    int rate;

    @Inject
    @ConfigProperty(name = "polis.campaigns.max-rate", defaultValue = "5000")
    int maxRate;

    @Inject
    @ConfigProperty(name = "polis.campaigns.error-threshold", defaultValue = "20")
    int errorThreshold;

    @Inject
    @ConfigProperty(name = "polis.campaigns.error-window", defaultValue = "50")
    int errorWindow;

    @Inject
    @ConfigProperty(name = "polis.campaigns.error-min-sample", defaultValue = "20")
    int errorMinSample;

    @Inject
    @ConfigProperty(name = "polis.campaigns.send-attempts", defaultValue = "3")
    int sendAttempts;

    @Inject
    @ConfigProperty(name = "polis.campaigns.soft-bounce-retries", defaultValue = "2")
    int softBounceRetries;

    @Inject
    @ConfigProperty(name = "polis.campaigns.chunk-size", defaultValue = "100")
    int chunkSize;

    @Inject
    @ConfigProperty(name = "polis.batch.node", defaultValue = "true")
    boolean schedulerEnabled;

    @Inject
    @ConfigProperty(name = "polis.campaigns.bounce.url")
    Optional<String> bounceUrl;

    @Inject
    @ConfigProperty(name = "polis.campaigns.bounce.poll-seconds", defaultValue = "30")
    int bouncePollSeconds;

    @Inject
    @ConfigProperty(name = "polis.campaigns.bounce.address")
    Optional<String> bounceAddress;

    public int rate() {
        return Math.max(1, Math.min(rate, maxRate()));
    }

    public int maxRate() {
        return Math.max(1, maxRate);
    }

    public int errorThreshold() {
        return Math.max(1, Math.min(100, errorThreshold));
    }

    public int errorWindow() {
        return Math.max(5, errorWindow);
    }

    public int errorMinSample() {
        return Math.max(1, Math.min(errorMinSample, errorWindow()));
    }

    public int sendAttempts() {
        return Math.max(1, sendAttempts);
    }

    public int softBounceRetries() {
        return Math.max(0, softBounceRetries);
    }

    public int chunkSize() {
        return Math.max(1, chunkSize);
    }

    public boolean schedulerEnabled() {
        return schedulerEnabled;
    }

    public Optional<String> bounceUrl() {
        return bounceUrl == null ? Optional.empty() : bounceUrl.map(String::strip).filter(s -> !s.isEmpty());
    }

    public int bouncePollSeconds() {
        return Math.max(5, bouncePollSeconds);
    }

    public Optional<String> bounceAddress() {
        return bounceAddress == null ? Optional.empty() : bounceAddress.map(String::strip).filter(s -> !s.isEmpty());
    }
}
