package it.polis.platform.sms;

import it.polis.platform.PortalClock;
import it.polis.platform.mail.RetryPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers {@code sms_log} on every instance, every 5 seconds: claims due rows (lease of 2 minutes),
 * hands each to the configured {@link SmsSender} outside any transaction, marks it SENT, or due again
 * after an exponential backoff, or FAILED after the last attempt or a permanent refusal.
 * {@code polis.sms.delivery.enabled} (true) turns the schedule off on an instance.
 */
@Singleton
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class SmsDelivery {

    private static final Logger LOG = Logger.getLogger(SmsDelivery.class.getName());
    private static final int BATCH = 20;

    @EJB
    private SmsStore store;

    @Inject
    private SmsSettings settings;

    @Inject
    private PortalClock clock;

    @Inject
    @ConfigProperty(name = "polis.sms.delivery.enabled", defaultValue = "true")
    private boolean enabled;

    private SmsSender sender;
    private final ReentrantLock running = new ReentrantLock();

    @PostConstruct
    void init() {
        sender = settings.httpSender()
                ? new HttpSmsSender(settings.gatewayUrl(), settings.gatewayToken(), settings.timeout())
                : new RecordingSmsSender(settings.catcherSmsUrl());
        LOG.info(() -> "SMS sender: " + (settings.httpSender() ? "HTTP gateway " + settings.gatewayUrl()
                : "recording" + (settings.catcherSmsUrl().isEmpty() ? "" : " (catcher " + settings.catcherSmsUrl() + ")")));
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "sms outbox")
    void onSchedule() {
        if (!enabled || !running.tryLock()) {
            return;
        }
        try {
            deliver();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SMS: delivery run failed, retried at the next tick", e);
        } finally {
            running.unlock();
        }
    }

    /** Delivers what is due now (tests, operators); returns how many were sent. */
    public int deliverDue() {
        running.lock();
        try {
            return deliver();
        } finally {
            running.unlock();
        }
    }

    private int deliver() {
        RetryPolicy policy = new RetryPolicy(settings.firstRetry(), settings.maxRetry(), settings.maxAttempts());
        String token = "sms:" + UUID.randomUUID();
        List<SmsStore.Claimed> batch = store.claim(token, clock.now(), Duration.ofMinutes(2), BATCH);
        int sent = 0;
        for (SmsStore.Claimed m : batch) {
            try {
                sender.send(m.recipient(), m.body(), m.reference());
                store.markSent(m.id(), token, clock.now());
                sent++;
            } catch (SmsDeliveryException e) {
                int failures = m.attempts() + 1;
                boolean giveUp = e.permanent() || policy.exhausted(failures);
                store.markFailed(m.id(), token, clock.now(), e.getMessage(), policy.delayAfter(failures), giveUp);
                LOG.log(giveUp ? Level.WARNING : Level.FINE, () -> "SMS " + m.id() + (giveUp ? " FAILED: " : " to retry: ")
                        + e.getMessage());
            } catch (RuntimeException e) {
                store.markFailed(m.id(), token, clock.now(), String.valueOf(e), policy.delayAfter(m.attempts() + 1),
                        policy.exhausted(m.attempts() + 1));
                LOG.log(Level.WARNING, "SMS " + m.id() + " not sent", e);
            }
        }
        return sent;
    }
}
