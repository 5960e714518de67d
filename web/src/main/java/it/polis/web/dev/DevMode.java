package it.polis.web.dev;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** True only in the default local run and the test run: enables the dev-only pages. */
@Named
@ApplicationScoped
public class DevMode {

    @Inject
    @ConfigProperty(name = "polis.dev.enabled", defaultValue = "false")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "polis.dev.mailcatcher.url", defaultValue = "")
    private String mailCatcherUrl;

    public boolean isEnabled() {
        return enabled;
    }

    public String getMailCatcherUrl() {
        return mailCatcherUrl;
    }
}
