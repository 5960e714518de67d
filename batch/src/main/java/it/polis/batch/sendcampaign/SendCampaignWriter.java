package it.polis.batch.sendcampaign;

import it.polis.campaigns.CampaignLedger;
import it.polis.campaigns.CampaignMail;
import it.polis.campaigns.CampaignSettings;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands the chunk's messages to SMTP over one connection of {@code mail/polis}, kept open across chunks
 * (reconnected when lost), at most the campaign's rate per second. Each recipient is marked SENT right
 * after the server accepted its message (committed on its own), or failed. Before each message it checks
 * (every 250 ms) whether the console paused or cancelled; it pauses the campaign by itself when the
 * failures among the last sends pass the campaign's threshold. The SMS variant, when the campaign has
 * one, goes to those who opted in to the SMS information service.
 */
@jakarta.enterprise.context.Dependent
@Named("sendCampaignWriter")
public class SendCampaignWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(SendCampaignWriter.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private CampaignMail mail;

    @Inject
    private CampaignSettings settings;

    @EJB
    private CampaignLedger ledger;

    private SendState state;
    private Session session;
    private InternetAddress from;
    private Transport transport;
    private Throttle throttle;
    private ErrorWindow errors;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        state = (SendState) job.getTransientUserData();
        if (state == null || state.campaign == null) {
            return;
        }
        session = mail.session();
        from = mail.from(session);
        throttle = new Throttle(state.campaign.ratePerSecond());
        errors = new ErrorWindow(settings.errorWindow(), settings.errorMinSample());
    }

    @Override
    public void writeItems(List<Object> items) throws Exception {
        for (Object item : items) {
            if (!state.go(ledger)) {
                return; // the rest stays PENDING
            }
            SendCampaignProcessor.Outgoing o = (SendCampaignProcessor.Outgoing) item;
            long campaignId = state.campaign.id();
            long accountId = o.recipient().accountId();
            MimeMessage message;
            try {
                message = mail.message(session, from, state.campaign, o.recipient(), o.mail());
            } catch (MessagingException | RuntimeException e) {
                ledger.markFailed(campaignId, accountId, describe(e), true);
                failed(e);
                continue;
            }
            throttle.acquire();
            try {
                connected().sendMessage(message, message.getAllRecipients());
            } catch (SendFailedException e) {
                boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
                ledger.markFailed(campaignId, accountId, describe(e), refused);
                failed(e);
                continue;
            } catch (MessagingException | RuntimeException e) {
                closeQuietly();
                ledger.markFailed(campaignId, accountId, describe(e), false);
                failed(e);
                continue;
            }
            ledger.markSent(campaignId, accountId);
            errors.record(false);
            if (state.campaign.smsText() != null) {
                try {
                    ledger.sms(accountId, mail.sms(state.campaign, o.recipient()));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Campaign " + campaignId + ": SMS variant for " + accountId + " not queued", e);
                }
            }
        }
    }

    private void failed(Exception e) {
        errors.record(true);
        LOG.fine(() -> "Campaign " + state.campaign.id() + ": send failed: " + describe(e));
        if (errors.exceeds(state.campaign.errorThreshold())) {
            String reason = "ERROR_RATE " + errors.percent() + "% of the last " + errors.size() + " sends: " + describe(e);
            LOG.warning(() -> "Campaign " + state.campaign.id() + " paused: " + reason);
            ledger.autoPause(state.campaign.id(), reason);
            state.stop(CampaignLedger.Signal.PAUSE);
        }
    }

    /**
     * The open connection, connected on first use and after a failure closed it. Not checked per message
     * (for SMTP {@code isConnected()} costs a NOOP round trip): a connection the server dropped makes the
     * send fail, the recipient stays PENDING for the next execution and the next message reconnects.
     */
    private Transport connected() throws MessagingException {
        if (transport == null) {
            Transport t = session.getTransport("smtp");
            t.connect();
            transport = t;
        }
        return transport;
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "closing the SMTP connection", e);
            }
            transport = null;
        }
    }

    static String describe(Throwable e) {
        String s = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().strip()
                .replaceAll("\\s+", " "));
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}
