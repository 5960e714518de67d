package it.polis.identity.recovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Settings of credentials recovery (MicroProfile Config), with their defaults. */
@ApplicationScoped
public class RecoverySettings {

    /** How long a temporary password from "forgot password" works. */
    @Inject
    @ConfigProperty(name = "polis.recovery.temp-password-hours", defaultValue = "24")
    int temporaryPasswordHours;

    /** Recovery requests (user name or password) one client address may make per hour. */
    @Inject
    @ConfigProperty(name = "polis.recovery.per-address-per-hour", defaultValue = "5")
    int perAddressPerHour;

    /** Recovery mails one account may receive per hour. */
    @Inject
    @ConfigProperty(name = "polis.recovery.per-account-per-hour", defaultValue = "3")
    int perAccountPerHour;

    public Duration temporaryPasswordValidity() {
        return Duration.ofHours(temporaryPasswordHours);
    }

    public int perAddressPerHour() {
        return perAddressPerHour;
    }

    public int perAccountPerHour() {
        return perAccountPerHour;
    }
}
