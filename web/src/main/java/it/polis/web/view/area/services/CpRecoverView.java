package it.polis.web.view.area.services;

import it.polis.identity.CredentialChangeRefused;
import it.polis.identity.PersonalCodeService;
import it.polis.identity.RecoveryStep;
import it.polis.web.shell.FirstAccessFilter;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;

/** area/services/cp-recover.xhtml: codice fiscale, then the security question, then a new temporary code. */
@Named
@ViewScoped
public class CpRecoverView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PersonalCodeService service;

    private String cf;
    private String answer;
    private String question;
    private int attemptsLeft;
    private Instant blockedUntil;
    private boolean notActive;

    public void onLoad() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            blockedUntil = service.recoveryBlockedUntil().orElse(null);
        } catch (CredentialChangeRefused e) {
            notActive = true;
        }
    }

    /** Step 1. */
    public void checkCf() {
        try {
            show(service.recoveryQuestion(cf, clientAddr()), "cpRecover:cf");
        } catch (CredentialChangeRefused e) {
            ServiceMessages.error(null, e.messageKey());
        }
    }

    /** Step 2: the answer; a right one sends the new temporary code and leads to its replacement. */
    public void answer() throws IOException {
        RecoveryStep step;
        try {
            step = service.recover(cf, answer, clientAddr());
        } catch (CredentialChangeRefused e) {
            ServiceMessages.error(null, e.messageKey());
            return;
        } finally {
            answer = null;
        }
        if (step.outcome() == RecoveryStep.Outcome.SENT) {
            ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
            // The temporary code must be replaced before anything else: the filter checks again.
            ext.getSessionMap().remove(FirstAccessFilter.SETUP_DONE);
            ext.getFlash().put("cpRecovered", Boolean.TRUE);
            ext.redirect(ext.getRequestContextPath() + "/account/first-access.xhtml");
            return;
        }
        show(step, "cpRecover:answer");
    }

    /** Back to step 1 (another CF). */
    public void restart() {
        question = null;
        cf = null;
        answer = null;
    }

    private void show(RecoveryStep step, String field) {
        switch (step.outcome()) {
            case QUESTION -> {
                question = step.question();
                attemptsLeft = step.attemptsLeft();
            }
            case CF_MISMATCH -> {
                question = null;
                ServiceMessages.error("cpRecover:cf", "svc.recover.cf.mismatch");
            }
            case WRONG_ANSWER -> {
                attemptsLeft = step.attemptsLeft();
                ServiceMessages.errorText(field, MessageFormat.format(ServiceMessages.text("svc.recover.answer.wrong"),
                        step.attemptsLeft()));
            }
            case BLOCKED -> {
                question = null;
                blockedUntil = step.blockedUntil();
            }
            case NO_QUESTION -> ServiceMessages.error(null, "svc.recover.noQuestion");
            default -> {
            }
        }
    }

    private static String clientAddr() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    public boolean isBlocked() {
        return blockedUntil != null;
    }

    public String getBlockedUntilText() {
        return ServiceMessages.dateTime(blockedUntil);
    }

    public boolean isNotActive() {
        return notActive;
    }

    public boolean isQuestionShown() {
        return question != null && !isBlocked();
    }

    public String getQuestion() {
        return question;
    }

    public int getAttemptsLeft() {
        return attemptsLeft;
    }

    public String getCf() {
        return cf;
    }

    public void setCf(String cf) {
        this.cf = cf;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
