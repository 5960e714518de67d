package it.polis.web.view.area.applications;

import it.polis.applications.ApplicationForms;
import it.polis.applications.ApplicationRejected;
import it.polis.applications.ApplicationService;
import it.polis.applications.ApplicationView;
import it.polis.applications.SubmissionView;
import it.polis.applications.TimelineEntry;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * area/applications/detail.xhtml?id=: an application's state, data, protocol numbers with their
 * receipts, timeline, and "withdraw" while the procedure is open.
 */
@Named("detailView")
@ViewScoped
public class DetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    private Long id;
    private ApplicationView application;
    private List<TimelineEntry> timeline;
    private List<SubmissionView> submissions;

    public void load() throws IOException {
        if (application != null) {
            return;
        }
        try {
            refresh();
        } catch (ApplicationRejected | NumberFormatException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void refresh() {
        if (id == null) {
            id = Long.valueOf(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                    .get("id"));
        }
        application = applications.get(id);
        timeline = applications.timeline(id);
        submissions = applications.submissions(id);
    }

    public String withdraw() {
        if (application == null) {
            refresh();
        }
        try {
            applications.withdraw(id);
        } catch (ApplicationRejected e) {
            AppTexts.error(e.messageKey());
            refresh();
            return null;
        }
        AppTexts.info("app.withdraw.done");
        AppTexts.keepMessages();
        return "/area/applications/detail?faces-redirect=true&id=" + id;
    }

    public List<String> getFields() {
        if (application == null) {
            refresh();
        }
        return ApplicationForms.steps(application.procedure().kind()).stream()
                .flatMap(s -> s.fields().stream()).filter(f -> application.data().containsKey(f)).toList();
    }

    public ApplicationView getApplication() {
        if (application == null) {
            refresh();
        }
        return application;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public List<SubmissionView> getSubmissions() {
        return submissions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
