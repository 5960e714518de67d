package it.polis.web.view;

import it.polis.campaigns.UnsubscribeService;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;

/**
 * unsubscribe.xhtml?t=: the personal unsubscribe link of informational campaigns (public). Opening the
 * link changes nothing (mail scanners open links too); the person confirms with a button.
 */
@Named("unsubscribeView")
@ViewScoped
public class UnsubscribeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UnsubscribeService service;

    private String t;
    private UnsubscribeService.Link link;
    private boolean loaded;
    private boolean done;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        link = service.check(t).orElse(null);
        if (link == null) {
            message(FacesMessage.SEVERITY_ERROR, "unsubscribe.invalid");
        }
    }

    public void confirm() {
        if (link == null) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (service.optOut(t, request.getRemoteAddr())) {
            done = true;
            message(FacesMessage.SEVERITY_INFO, "unsubscribe.done");
        } else {
            message(FacesMessage.SEVERITY_ERROR, "unsubscribe.invalid");
        }
    }

    private static void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(severity, it.polis.web.shell.Messages.text("cmp", key), null));
    }

    public String getT() {
        return t;
    }

    public void setT(String t) {
        this.t = t;
    }

    public UnsubscribeService.Link getLink() {
        return link;
    }

    public boolean isDone() {
        return done;
    }
}
