package it.polis.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Rules the domain notes call configurable, with their defaults; read through MicroProfile
 * Config (system properties or environment of the domain), never hard-coded at the use site.
 */
@ApplicationScoped
public class PortalSettings {

    /** Address of the portal as users reach it, for links in emails (no trailing slash). */
    @Inject
    @ConfigProperty(name = "polis.public.url", defaultValue = "http://localhost:8080/polis")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "polis.registration.confirm-link-hours", defaultValue = "72")
    int confirmLinkHours;

    @Inject
    @ConfigProperty(name = "polis.registration.expiry-days", defaultValue = "60")
    int registrationExpiryDays;

    /** New confirmation links one account may ask for per hour. */
    @Inject
    @ConfigProperty(name = "polis.registration.resend-per-hour", defaultValue = "3")
    int resendPerHour;

    /** User name pattern: {given} and {family}, lower-case ASCII; a number is added when taken. */
    @Inject
    @ConfigProperty(name = "polis.username.pattern", defaultValue = "{given}.{family}")
    String usernamePattern;

    /** Progressive lock-out (like Keycloak's brute-force detection): failures before the first wait. */
    @Inject
    @ConfigProperty(name = "polis.lockout.failures", defaultValue = "5")
    int lockoutFailures;

    @Inject
    @ConfigProperty(name = "polis.lockout.address-failures", defaultValue = "30")
    int lockoutAddressFailures;

    @Inject
    @ConfigProperty(name = "polis.lockout.wait-seconds", defaultValue = "60")
    int lockoutWaitSeconds;

    @Inject
    @ConfigProperty(name = "polis.lockout.max-wait-minutes", defaultValue = "15")
    int lockoutMaxWaitMinutes;

    @Inject
    @ConfigProperty(name = "polis.lockout.reset-hours", defaultValue = "12")
    int lockoutResetHours;

    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public Duration confirmLinkValidity() {
        return Duration.ofHours(confirmLinkHours);
    }

    public Duration registrationValidity() {
        return Duration.ofDays(registrationExpiryDays);
    }

    public int resendPerHour() {
        return resendPerHour;
    }

    public String usernamePattern() {
        return usernamePattern;
    }

    public int lockoutFailures() {
        return lockoutFailures;
    }

    public int lockoutAddressFailures() {
        return lockoutAddressFailures;
    }

    public Duration lockoutWait() {
        return Duration.ofSeconds(lockoutWaitSeconds);
    }

    public Duration lockoutMaxWait() {
        return Duration.ofMinutes(lockoutMaxWaitMinutes);
    }

    public Duration lockoutReset() {
        return Duration.ofHours(lockoutResetHours);
    }
}
