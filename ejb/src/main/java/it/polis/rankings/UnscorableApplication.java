package it.polis.rankings;

/** Declared data that cannot be scored (the job skips the application and records why). */
public class UnscorableApplication extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnscorableApplication(String message) {
        super(message);
    }
}
