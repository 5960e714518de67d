package it.polis.platform.sms;

/**
 * Hands one SMS to whatever delivers it. Implementations: {@link RecordingSmsSender} (development and
 * tests: the message stays in {@code sms_log} and goes to the local catcher) and {@link HttpSmsSender}
 * (production gateway). Chosen by {@code polis.sms.sender} ({@code recording} or {@code http}).
 * Called outside any transaction by {@link SmsDelivery}, which retries on failure.
 */
public interface SmsSender {

    /**
     * @param to        the number in international form, e.g. +393331234567
     * @param text      the message
     * @param reference a stable id of the message (the same on every attempt), for the gateway's deduplication
     * @throws SmsDeliveryException when the message was not accepted (retried later unless permanent)
     */
    void send(String to, String text, String reference) throws SmsDeliveryException;
}
