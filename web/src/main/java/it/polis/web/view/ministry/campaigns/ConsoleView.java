package it.polis.web.view.ministry.campaigns;

import it.polis.campaigns.CampaignNotFound;
import it.polis.campaigns.CampaignRejected;
import it.polis.campaigns.CampaignService;
import it.polis.campaigns.CampaignState;
import it.polis.campaigns.CampaignStateConflict;
import it.polis.campaigns.CampaignStats;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

/**
 * ministry/campaigns/console.xhtml?id=: statistics of one campaign (audience, sent, failed, bounced,
 * unsubscribed, progress and rate while running), refreshed by a poll; pause, resume, cancel.
 */
@Named("campaignConsoleView")
@ViewScoped
public class ConsoleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CampaignService campaigns;

    private Long id;
    private CampaignStats stats;
    private boolean cancelConfirmed;

    public void load() {
        if (id == null) {
            CampaignTexts.error(null, "cmp.notFound");
            return;
        }
        refresh();
    }

    public void refresh() {
        if (id == null) {
            return;
        }
        try {
            stats = campaigns.stats(id);
        } catch (CampaignNotFound e) {
            stats = null;
            CampaignTexts.error(null, "cmp.notFound");
        }
    }

    public void pause() {
        act(() -> campaigns.pause(id, CampaignTexts.clientAddr()), "console.pauseRequested");
    }

    public void resume() {
        act(() -> campaigns.resume(id, stats.version(), CampaignTexts.clientAddr()), "console.resumed");
    }

    public void cancel() {
        if (!cancelConfirmed) {
            CampaignTexts.error("console:cancelConfirmed", "console.cancel.confirm");
            return;
        }
        act(() -> campaigns.cancel(id, CampaignTexts.clientAddr()), "console.cancelRequested");
        cancelConfirmed = false;
    }

    private void act(Runnable action, String doneKey) {
        if (stats == null) {
            return;
        }
        try {
            action.run();
            CampaignTexts.info(doneKey);
        } catch (CampaignStateConflict e) {
            CampaignTexts.conflict(e);
        } catch (CampaignRejected e) {
            CampaignTexts.rejected("console", e);
        } catch (CampaignNotFound e) {
            CampaignTexts.error(null, "cmp.notFound");
        }
        refresh();
    }

    /** The state to show: INTERRUPTED for a RUNNING campaign whose job is gone. */
    public String getStateKey() {
        return stats == null ? "" : stats.interrupted() ? "INTERRUPTED" : stats.state().name();
    }

    public boolean isCanPause() {
        return stats != null && stats.state() == CampaignState.RUNNING && stats.control() == null;
    }

    public boolean isCanResume() {
        return stats != null && (stats.state() == CampaignState.PAUSED || stats.interrupted());
    }

    public boolean isCanCancel() {
        return stats != null && !stats.state().finished();
    }

    public boolean isLive() {
        return stats != null && stats.state() == CampaignState.RUNNING;
    }

    public String getRate() {
        return stats == null ? "" : String.format(Locale.ROOT, "%.1f", stats.ratePerSecond());
    }

    public String getPauseReason() {
        if (stats == null || stats.pauseReason() == null) {
            return null;
        }
        return "OPERATOR".equals(stats.pauseReason()) ? CampaignTexts.text("reason.OPERATOR") : stats.pauseReason();
    }

    public CampaignStats getStats() {
        return stats;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isCancelConfirmed() {
        return cancelConfirmed;
    }

    public void setCancelConfirmed(boolean cancelConfirmed) {
        this.cancelConfirmed = cancelConfirmed;
    }
}
