package it.polis.batch.console;

import java.io.Serializable;
import java.util.Date;

/** One step of an execution with its metrics and, when it failed, the exception kept by {@link StepErrors}. */
public record StepRow(long stepExecutionId, String name, String batchStatus, String exitStatus, Date startTime,
                      Date endTime, long read, long write, long commit, long rollback, long readSkip,
                      long processSkip, long writeSkip, long filter, String error) implements Serializable {

    public long skip() {
        return readSkip + processSkip + writeSkip;
    }
}
