package it.polis.identity.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Contact data and SMS service settings (MicroProfile Config), with their defaults:
 * {@code polis.contacts.confirm-link-hours} (72), {@code polis.contacts.max-further-emails} (3),
 * {@code polis.contacts.links-per-hour} (5), {@code polis.sms.code-minutes} (10),
 * {@code polis.sms.code-attempts} (5), {@code polis.sms.resend-seconds} (60),
 * {@code polis.sms.codes-per-day} (5).
 */
@ApplicationScoped
public class ContactSettings {

    @Inject
    @ConfigProperty(name = "polis.contacts.confirm-link-hours", defaultValue = "72")
    int confirmLinkHours;

    @Inject
    @ConfigProperty(name = "polis.contacts.max-further-emails", defaultValue = "3")
    int maxFurtherEmails;

    @Inject
    @ConfigProperty(name = "polis.contacts.links-per-hour", defaultValue = "5")
    int linksPerHour;

    @Inject
    @ConfigProperty(name = "polis.sms.code-minutes", defaultValue = "10")
    int codeMinutes;

    @Inject
    @ConfigProperty(name = "polis.sms.code-attempts", defaultValue = "5")
    int codeAttempts;

    @Inject
    @ConfigProperty(name = "polis.sms.resend-seconds", defaultValue = "60")
    int resendSeconds;

    @Inject
    @ConfigProperty(name = "polis.sms.codes-per-day", defaultValue = "5")
    int codesPerDay;

    public Duration confirmLinkValidity() {
        return Duration.ofHours(confirmLinkHours);
    }

    public int maxFurtherEmails() {
        return maxFurtherEmails;
    }

    public int linksPerHour() {
        return linksPerHour;
    }

    public Duration codeValidity() {
        return Duration.ofMinutes(codeMinutes);
    }

    public int codeAttempts() {
        return codeAttempts;
    }

    public Duration resendInterval() {
        return Duration.ofSeconds(resendSeconds);
    }

    public int codesPerDay() {
        return codesPerDay;
    }
}
