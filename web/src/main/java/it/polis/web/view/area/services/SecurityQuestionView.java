package it.polis.web.view.area.services;

import it.polis.identity.CredentialChangeRefused;
import it.polis.identity.PersonalCodeService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** area/services/security-question.xhtml: current personal code, new question, answer twice. */
@Named
@ViewScoped
public class SecurityQuestionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PersonalCodeService service;

    private String currentCode;
    private String question;
    private String answer;
    private String answerAgain;
    private boolean done;

    public void change() {
        if (answer == null || !answer.equals(answerAgain)) {
            ServiceMessages.error("securityQuestion:answerAgain", "svc.question.answer.notSame");
            return;
        }
        try {
            service.changeSecurityQuestion(currentCode, question, answer, CpChangeView.clientAddr());
        } catch (CredentialChangeRefused e) {
            String field = switch (e.messageKey()) {
                case "cp.question.required" -> "securityQuestion:question";
                case "cp.answer.tooShort" -> "securityQuestion:answer";
                default -> "securityQuestion:currentCode";
            };
            ServiceMessages.error(field, e.messageKey());
            return;
        } finally {
            currentCode = null;
            answer = null;
            answerAgain = null;
        }
        done = true;
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

    public String getAnswerAgain() {
        return answerAgain;
    }

    public void setAnswerAgain(String answerAgain) {
        this.answerAgain = answerAgain;
    }
}
