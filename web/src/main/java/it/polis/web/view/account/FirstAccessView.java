package it.polis.web.view.account;

import it.polis.identity.FirstAccessService;
import it.polis.identity.PersonalCodeRejected;
import it.polis.identity.RegistrationService;
import it.polis.web.shell.FirstAccessFilter;
import it.polis.web.view.area.services.ServiceMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * account/first-access.xhtml: the temporary personal code (or, when only the security question is
 * to be set again, the current one), then what the mode asks: a new code and/or the security question.
 */
@Named
@ViewScoped
public class FirstAccessView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FirstAccessService firstAccess;

    @EJB
    private RegistrationService registrations;

    private FirstAccessService.Mode mode = FirstAccessService.Mode.FIRST;
    private String temporaryCode;
    private boolean temporaryChecked;
    private String newCode;
    private String newCodeAgain;
    private String question;
    private String answer;

    /** Nothing to do here once the setup is complete. */
    public void onLoad() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        if (!FirstAccessFilter.needsSetup(registrations, ext.getUserPrincipal().getName())) {
            ext.redirect(ext.getRequestContextPath() + "/area/home.xhtml");
            return;
        }
        if (!faces.isPostback()) {
            mode = firstAccess.mode();
        }
    }

    public void checkTemporary() {
        temporaryChecked = firstAccess.checkTemporaryCode(temporaryCode);
        if (!temporaryChecked) {
            ServiceMessages.error(null, isNewQuestion() ? "svc.cp.current.wrong" : "cp.temporary.wrong");
        }
    }

    public void complete() throws IOException {
        if (mode.asksNewCode() && (newCode == null || !newCode.equals(newCodeAgain))) {
            ServiceMessages.error("firstAccess:newCodeAgain", "cp.rule.notSame");
            return;
        }
        try {
            firstAccess.complete(temporaryCode, newCode, question, answer);
        } catch (PersonalCodeRejected e) {
            ServiceMessages.error(null, e.messageKey());
            return;
        }
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.getSessionMap().put(FirstAccessFilter.SETUP_DONE, Boolean.TRUE);
        ext.getFlash().put("firstAccessDone", Boolean.TRUE);
        ext.redirect(ext.getRequestContextPath() + "/area/home.xhtml");
    }

    public String getMode() {
        return mode.name();
    }

    public boolean isNewQuestion() {
        return mode == FirstAccessService.Mode.NEW_QUESTION;
    }

    public boolean isAsksNewCode() {
        return mode.asksNewCode();
    }

    public boolean isAsksQuestion() {
        return mode.asksQuestion();
    }

    public String getTemporaryCode() {
        return temporaryCode;
    }

    public void setTemporaryCode(String temporaryCode) {
        this.temporaryCode = temporaryCode;
    }

    public boolean isTemporaryChecked() {
        return temporaryChecked;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewCodeAgain() {
        return newCodeAgain;
    }

    public void setNewCodeAgain(String newCodeAgain) {
        this.newCodeAgain = newCodeAgain;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
