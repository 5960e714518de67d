package it.polis.web.view.area.services;

import it.polis.identity.CredentialChangeRefused;
import it.polis.identity.PersonalCodeService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;

/** area/services/cp-change.xhtml: current personal code, then the new one twice. */
@Named
@ViewScoped
public class CpChangeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PersonalCodeService service;

    private String currentCode;
    private String newCode;
    private String newCodeAgain;
    private boolean done;

    public void change() {
        if (newCode == null || !newCode.equals(newCodeAgain)) {
            ServiceMessages.error("cpChange:newCodeAgain", "cp.rule.notSame");
            return;
        }
        try {
            service.change(currentCode, newCode, clientAddr());
        } catch (CredentialChangeRefused e) {
            String field = e.messageKey().equals("svc.cp.current.wrong") || e.messageKey().equals("svc.notActive")
                    ? "cpChange:currentCode" : "cpChange:newCode";
            ServiceMessages.error(field, e.messageKey());
            return;
        } finally {
            currentCode = null;
            newCode = null;
            newCodeAgain = null;
        }
        done = true;
    }

    static String clientAddr() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
    }

    public boolean isDone() {
        return done;
    }

    public String getCurrentCode() {
        return currentCode;
    }

    public void setCurrentCode(String currentCode) {
        this.currentCode = currentCode;
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
}
