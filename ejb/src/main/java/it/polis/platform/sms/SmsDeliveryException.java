package it.polis.platform.sms;

/** The gateway did not take the message; {@link #permanent()} when retrying cannot help (e.g. a 4xx answer). */
public class SmsDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public SmsDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
