package it.polis.platform.sms;

public enum SmsState {
    PENDING, SENT, FAILED
}
