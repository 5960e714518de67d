package it.polis.it.platform.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import java.io.Serializable;

/** Reads the numbers 1..items; the checkpoint is the last number handed out. */
@Named
@Dependent
public class CrashProbeReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String items;

    private int next;
    private int last;

    @Override
    public void open(Serializable checkpoint) {
        next = checkpoint == null ? 1 : (Integer) checkpoint + 1;
        last = Integer.parseInt(items);
    }

    @Override
    public Object readItem() {
        return next <= last ? next++ : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next - 1;
    }
}
