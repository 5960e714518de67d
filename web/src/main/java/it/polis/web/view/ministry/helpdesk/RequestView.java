package it.polis.web.view.ministry.helpdesk;

import it.polis.assistance.AssistanceConflict;
import it.polis.assistance.AssistanceDetail;
import it.polis.assistance.AssistanceNoAccount;
import it.polis.assistance.AssistanceRejected;
import it.polis.assistance.AssistanceService;
import it.polis.assistance.AssistanceState;
import it.polis.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * ministry/helpdesk/request.xhtml?id=...: one request with its history; the operator takes it,
 * answers it and acts on the account its codice fiscale points to. The rules are the service's.
 */
@Named
@ViewScoped
public class RequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AssistanceService assistance;

    private Long id;
    private AssistanceDetail request;
    private String answer;

    public void onLoad() {
        if (request == null) {
            reload();
        }
    }

    private void reload() {
        request = id == null ? null : assistance.detail(id).orElse(null);
    }

    public void take() {
        if (request == null) {
            return;
        }
        try {
            assistance.take(request.id(), request.version());
            Messages.info("ast", "ast.take.done");
        } catch (AssistanceConflict e) {
            conflict(e);
        } catch (AssistanceRejected e) {
            rejected(e);
        }
        reload();
    }

    public void answer() {
        if (request == null) {
            return;
        }
        try {
            assistance.answer(request.id(), request.version(), answer);
            Messages.info("ast", "ast.answer.done");
            answer = null;
        } catch (AssistanceConflict e) {
            conflict(e);
        } catch (AssistanceRejected e) {
            rejected(e);
        }
        reload();
    }

    public void close() {
        if (request == null) {
            return;
        }
        try {
            assistance.close(request.id(), request.version());
            Messages.info("ast", "ast.close.done");
        } catch (AssistanceConflict e) {
            conflict(e);
        } catch (AssistanceRejected e) {
            rejected(e);
        }
        reload();
    }

    public void sendUsername() {
        accountAction(() -> {
            assistance.sendUsername(request.id());
            Messages.info("ast", "ast.action.username.done");
        });
    }

    public void resetSecurityQuestion() {
        accountAction(() -> Messages.info("ast", assistance.resetSecurityQuestion(request.id())
                ? "ast.action.security.done" : "ast.action.security.none"));
    }

    public void unlock() {
        accountAction(() -> {
            assistance.unlock(request.id());
            Messages.info("ast", "ast.action.unlock.done");
        });
    }

    private void accountAction(Runnable action) {
        if (request == null) {
            return;
        }
        try {
            action.run();
        } catch (AssistanceNoAccount e) {
            Messages.error("ast", "ast.account.none");
        } catch (AssistanceRejected e) {
            rejected(e);
        }
        reload();
    }

    private void conflict(AssistanceConflict e) {
        String text = e.assignedTo() == null ? Messages.text("ast", "ast.conflict")
                : Messages.text("ast", "ast.conflict.takenBy").replace("{0}", e.assignedTo());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private void rejected(AssistanceRejected e) {
        for (Map.Entry<String, String> p : e.problems().entrySet()) {
            if ("answer".equals(p.getKey())) {
                Messages.errorFor("answerForm:answer", "ast", p.getValue());
                UIComponent input = FacesContext.getCurrentInstance().getViewRoot().findComponent("answerForm:answer");
                if (input instanceof UIInput in) {
                    in.setValid(false);
                }
            } else {
                Messages.error("ast", p.getValue());
            }
        }
    }

    /** The request is the signed-in operator's to work on. */
    public boolean isMine() {
        String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        return request != null && me != null && me.equals(request.assignedTo())
                && (request.state() == AssistanceState.TAKEN || request.state() == AssistanceState.ANSWERED);
    }

    public boolean isTakeable() {
        return request != null && request.state() == AssistanceState.NEW;
    }

    public boolean isAnswerable() {
        return isMine() && request.state() == AssistanceState.TAKEN;
    }

    public boolean isClosable() {
        return isMine() && request.state() == AssistanceState.ANSWERED;
    }

    public String dateTime(Instant instant) {
        return Dates.dateTime(instant);
    }

    public String date(LocalDate date) {
        return Dates.date(date);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AssistanceDetail getRequest() {
        return request;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
