package it.polis.batch.console;

import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A step listener any job may add ({@code <listener ref="batchStepErrors"/>}): the exception that ended a
 * step is kept as the step's persistent user data, so the batch console can show it.
 */
@Dependent
@Named("batchStepErrors")
public class StepErrors implements StepListener {

    static final int MAX = 4000;

    @Inject
    private StepContext step;

    @Override
    public void beforeStep() {
        // nothing before
    }

    @Override
    public void afterStep() {
        Exception e = step.getException();
        if (e != null && step.getPersistentUserData() == null) {
            StringWriter w = new StringWriter();
            e.printStackTrace(new PrintWriter(w));
            String text = w.toString();
            step.setPersistentUserData("ERROR " + (text.length() > MAX ? text.substring(0, MAX) : text));
        }
    }
}
