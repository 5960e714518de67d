package it.polis.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Configurable rules of the personal-code service functions (MicroProfile Config, with defaults). */
@ApplicationScoped
public class PersonalCodeSettings {

    /** Wrong answers to the security question before the recovery of the personal code is blocked. */
    @Inject
    @ConfigProperty(name = "polis.cp.recover.max-attempts", defaultValue = "5")
    int recoverMaxAttempts;

    /** How long the recovery stays blocked (and how long wrong answers are remembered). */
    @Inject
    @ConfigProperty(name = "polis.cp.recover.block-hours", defaultValue = "24")
    int recoverBlockHours;

    public int recoverMaxAttempts() {
        return Math.max(1, recoverMaxAttempts);
    }

    public Duration recoverBlock() {
        return Duration.ofHours(Math.max(1, recoverBlockHours));
    }
}
