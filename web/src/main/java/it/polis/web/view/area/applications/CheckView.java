package it.polis.web.view.area.applications;

import it.polis.applications.ApplicationForms;
import it.polis.applications.ApplicationRejected;
import it.polis.applications.ApplicationService;
import it.polis.applications.ApplicationState;
import it.polis.applications.ApplicationView;
import it.polis.applications.SubmitOutcome;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * area/applications/check.xhtml?id=: check your answers, with a "change" link per step, then submit
 * with the personal code. The page carries an idempotency key (issued when it is opened), so a double
 * click, a browser retry or a resubmit from the back button all end in the same submission.
 */
@Named("checkView")
@ViewScoped
public class CheckView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String KEY_PARAM = "submitKey";

    @EJB
    private ApplicationService applications;

    private Long id;
    private ApplicationView application;
    private List<ApplicationForms.Problem> problems;
    private String key;
    private String personalCode;

    public void load() throws IOException {
        if (application != null) {
            return;
        }
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        try {
            application();
        } catch (ApplicationRejected | NumberFormatException e) {
            application = null;
        }
        if (application == null) {
            ext.responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (application.state() != ApplicationState.DRAFT || !application.editable()) {
            ext.redirect(ext.getRequestContextPath() + "/area/applications/detail.xhtml?id=" + id);
            return;
        }
        key = applications.issueSubmitKey(id);
    }

    /**
     * Loaded at the first use. A repeated submit (double click, retry, back button) may reach a fresh
     * bean after the first one navigated away (which ends the view scope): the id then comes from the
     * page address and the key from the posted form, so the service answers with the earlier submission.
     */
    private ApplicationView application() {
        if (application == null) {
            if (id == null) {
                id = Long.valueOf(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                        .get("id"));
            }
            // Problems first: a concurrent request on this bean may read both as soon as application is set.
            ApplicationView loaded = applications.get(id);
            problems = applications.problems(id);
            application = loaded;
        }
        return application;
    }

    public String submit() {
        application();
        String sentKey = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .getOrDefault(KEY_PARAM, key);
        SubmitOutcome outcome;
        try {
            outcome = applications.submit(id, sentKey, personalCode);
        } catch (ApplicationRejected e) {
            personalCode = null;
            if ("app.submit.cpWrong".equals(e.messageKey())) {
                AppTexts.errorFor("check:personalCode", e.messageKey());
            } else {
                AppTexts.error(e.messageKey());
            }
            if ("app.submit.incomplete".equals(e.messageKey())) {
                problems = e.problems();
            }
            if ("app.submit.pageExpired".equals(e.messageKey())) {
                key = applications.issueSubmitKey(id);
            }
            return null;
        }
        AppTexts.info(outcome.repeated() ? "app.submit.repeated" : "app.submit.done");
        AppTexts.keepMessages();
        return "/area/applications/detail?faces-redirect=true&id=" + outcome.applicationId();
    }

    public boolean hasProblems(String step) {
        application();
        return problems.stream().anyMatch(p -> p.step().equals(step));
    }

    public List<ApplicationForms.Problem> problemsOf(String step) {
        application();
        return problems.stream().filter(p -> p.step().equals(step)).toList();
    }

    public List<ApplicationForms.Step> getSteps() {
        return ApplicationForms.steps(application().procedure().kind());
    }

    /**
     * Empty rows of repeated sections and empty places of a preference list are not listed, nor
     * declaration boxes the procedure does not ask.
     */
    public boolean shown(String field) {
        if (ApplicationForms.PROCEDURE_DECLARATIONS.contains(field)) {
            return ApplicationForms.PROCEDURE_DECLARATIONS.indexOf(field) < procedureDeclarations().size();
        }
        String v = getData().get(field);
        return (v != null && !v.isEmpty()) || !field.matches("pref\\d\\d|sch\\d{3}|(cls|qual|serv)\\d\\d\\w+");
    }

    private List<String> procedureDeclarations() {
        return ApplicationForms.procedureDeclarations(application().procedure().declarations());
    }

    public int stepNumber(ApplicationForms.Step step) {
        return getSteps().indexOf(step) + 1;
    }

    public Map<String, String> getData() {
        return application().data();
    }

    public List<ApplicationForms.Problem> getProblems() {
        application();
        return problems;
    }

    public ApplicationView getApplication() {
        return application();
    }

    public String getKey() {
        return key;
    }

    public String getKeyParam() {
        return KEY_PARAM;
    }

    public String getPersonalCode() {
        return personalCode;
    }

    public void setPersonalCode(String personalCode) {
        this.personalCode = personalCode;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
