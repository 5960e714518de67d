package it.polis.batch.sendcampaign;

import it.polis.campaigns.CampaignLedger;
import it.polis.campaigns.RecipientData;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the campaign's PENDING recipients in account order, a page at a time, once through. Every
 * execution (start or restart) begins at the first PENDING one: what was sent before a crash is SENT and
 * never read again, so the checkpoint (the last account read) is informative only. Recipients left
 * PENDING behind the reader (a transient SMTP failure, a soft bounce) are for the next execution, which
 * the scheduler launches when this one completes (never while a row may still be in the chunk being
 * written: reading a row twice in one execution could send it twice). Ends early when the console pauses
 * or cancels.
 */
@jakarta.enterprise.context.Dependent
@Named("sendCampaignReader")
public class SendCampaignReader extends AbstractItemReader {

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty(name = "pageSize")
    private String pageSize;

    @EJB
    private CampaignLedger ledger;

    private final Deque<RecipientData> buffer = new ArrayDeque<>();
    private SendState state;
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        state = (SendState) job.getTransientUserData();
        lastId = 0;
    }

    @Override
    public Object readItem() {
        if (state == null || !state.active()) {
            return null;
        }
        if (buffer.isEmpty()) {
            if (!state.go(ledger)) {
                return null;
            }
            int size = pageSize == null || pageSize.isBlank() ? 200 : Integer.parseInt(pageSize.strip());
            var page = ledger.pending(state.campaign.id(), lastId, size);
            if (page.isEmpty()) {
                return null;
            }
            buffer.addAll(page);
        }
        RecipientData r = buffer.poll();
        lastId = r.accountId();
        return r;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
