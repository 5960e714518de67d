package it.polis.applications;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * An application as its owner sees it (detached, serializable). {@code editable}: a draft of an open
 * procedure; {@code withdrawable}: submitted and the procedure still open.
 */
public record ApplicationView(long id, ProcedureData procedure, ApplicationState state, Map<String, String> data,
                              Instant createdAt, Instant updatedAt, boolean editable, boolean withdrawable,
                              Long submissionId, String protocol, Instant submittedAt, boolean receiptReady)
        implements Serializable {
}
