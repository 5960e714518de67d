package it.polis.platform.sms;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Development and tests: nothing leaves the machine. The message is already recorded in {@code sms_log};
 * when a local catcher is configured ({@code polis.dev.mailcatcher.url}) it is also posted there, in the
 * production gateway's format, so it shows up next to the mail.
 */
public class RecordingSmsSender implements SmsSender {

    private static final Logger LOG = Logger.getLogger(RecordingSmsSender.class.getName());

    private final HttpSmsSender catcher;

    public RecordingSmsSender(String catcherUrl) {
        this.catcher = catcherUrl == null || catcherUrl.isBlank() ? null
                : new HttpSmsSender(catcherUrl, "", Duration.ofSeconds(5));
    }

    @Override
    public void send(String to, String text, String reference) throws SmsDeliveryException {
        if (catcher != null) {
            catcher.send(to, text, reference);
        } else {
            LOG.info(() -> "SMS recorded (not sent) to " + to + ", reference " + reference);
        }
    }
}
