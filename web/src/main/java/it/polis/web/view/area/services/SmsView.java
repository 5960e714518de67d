package it.polis.web.view.area.services;

import it.polis.identity.contact.ContactRejected;
import it.polis.identity.contact.SmsInformationService;
import it.polis.web.shell.LocaleBean;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** area/services/sms.xhtml: phone verification with a one-time code, opt-in and opt-out per topic. */
@Named
@ViewScoped
public class SmsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SmsInformationService sms;

    @Inject
    private LocaleBean locale;

    private SmsInformationService.Status status;
    private String code;
    private List<String> chosen = new ArrayList<>();

    @PostConstruct
    void init() {
        reload();
        chosen = new ArrayList<>(status.topics().stream().filter(SmsInformationService.TopicChoice::subscribed)
                .map(SmsInformationService.TopicChoice::code).toList());
    }

    private void reload() {
        status = sms.status(locale.getLanguage());
    }

    public void sendCode() {
        try {
            sms.sendCode(Texts.clientAddr());
            Texts.info("sms.code.sent");
        } catch (ContactRejected e) {
            Texts.problems("verify", e);
        }
        reload();
    }

    public void verify() {
        SmsInformationService.CodeResult r = sms.verify(code, Texts.clientAddr());
        code = null;
        String text = Texts.text("sms.code." + r.outcome().name());
        if (r.outcome() == SmsInformationService.CodeOutcome.WRONG) {
            text = text + " " + r.attemptsLeft();
        }
        boolean wrong = r.outcome() == SmsInformationService.CodeOutcome.WRONG;
        // A wrong code keeps the field, so the message goes next to it; otherwise the field is gone.
        FacesContext.getCurrentInstance().addMessage(wrong ? "verify:code" : null, new FacesMessage(
                r.outcome() == SmsInformationService.CodeOutcome.VERIFIED ? FacesMessage.SEVERITY_INFO
                        : FacesMessage.SEVERITY_ERROR, text, null));
        reload();
    }

    public void saveTopics() {
        try {
            sms.choose(chosen, Texts.clientAddr());
            Texts.info("sms.topics.saved");
        } catch (ContactRejected e) {
            Texts.problems("topics", e);
        }
        reload();
    }

    public SmsInformationService.Status getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }
}
