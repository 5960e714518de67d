package it.polis.web.view.school.assistance;

import it.polis.assistance.AssistanceFiled;
import it.polis.assistance.AssistanceForm;
import it.polis.assistance.AssistanceKind;
import it.polis.assistance.AssistanceRejected;
import it.polis.assistance.AssistanceService;
import it.polis.reference.School;
import it.polis.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * school/assistance/new.xhtml: the secretariat files an assistance request for a person. The form
 * adapts to the kind of request; the rules are the service's, which also takes the school from the
 * signed-in account. One submission key per form shown, so a double click files one request.
 */
@Named
@ViewScoped
public class NewView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "request";
    private static final String FOCUS_ATTRIBUTE = NewView.class.getName() + ".focus";
    private static final List<String> FIELDS = List.of("kind", "cf", "givenName", "familyName", "birthDate",
            "serviceSchool", "replyEmail", "description");

    @EJB
    private AssistanceService assistance;

    private String schoolName;
    private String schoolCode;
    private String schoolEmail;

    private AssistanceKind kind;
    private String codiceFiscale;
    private String givenName;
    private String familyName;
    private LocalDate birthDate;
    private String serviceSchool;
    private String replyEmail;
    private String description;
    private String submissionKey = UUID.randomUUID().toString();

    @PostConstruct
    void init() {
        School school = assistance.school();
        schoolName = school.getName();
        schoolCode = school.getCode();
        schoolEmail = school.getEmail();
    }

    /** The kind changed: the form shows the fields of that kind. */
    public void kindChanged() {
        FacesContext.getCurrentInstance().getAttributes().put(FOCUS_ATTRIBUTE, "kind");
    }

    public String submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String locale = faces.getViewRoot().getLocale().getLanguage();
        AssistanceForm form = new AssistanceForm(kind, trim(codiceFiscale), trim(givenName), trim(familyName),
                birthDate, trim(serviceSchool), trim(replyEmail), description, locale, submissionKey);
        AssistanceFiled filed;
        try {
            filed = assistance.file(form);
        } catch (AssistanceRejected e) {
            Messages.error("ast", "ast.form.fix");
            String first = null;
            for (Map.Entry<String, String> p : e.problems().entrySet()) {
                if (p.getKey().isEmpty() || !FIELDS.contains(p.getKey())) {
                    Messages.error("ast", p.getValue());
                } else {
                    invalid(p.getKey(), p.getValue());
                    first = first == null ? p.getKey() : first;
                }
            }
            if (first != null) {
                faces.getAttributes().put(FOCUS_ATTRIBUTE, first);
            }
            return null;
        } catch (EJBException e) {
            // Two clicks raced: the second lost on the unique submission key; show the first one's number.
            var number = assistance.mineBySubmissionKey(submissionKey);
            if (number.isPresent()) {
                return confirmation(number.get(), false);
            }
            Messages.error("ast", "ast.file.failed");
            return null;
        }
        return confirmation(filed.number(), filed.serviceSchoolUnknown());
    }

    private static String confirmation(String number, boolean checkSchool) {
        return "/school/assistance/filed?faces-redirect=true&number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + (checkSchool ? "&checkSchool=true" : "");
    }

    private void invalid(String field, String key) {
        String clientId = FORM + ":" + field;
        Messages.errorFor(clientId, "ast", key);
        UIComponent input = FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId);
        if (input instanceof UIInput in) {
            in.setValid(false);
        }
    }

    /** The field that gets the focus after a postback: the first one in error, else none. */
    public String getFocus() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object chosen = faces.getAttributes().get(FOCUS_ATTRIBUTE);
        if (chosen != null) {
            return chosen.toString();
        }
        if (faces.isValidationFailed()) {
            for (String field : FIELDS) {
                UIComponent c = faces.getViewRoot().findComponent(FORM + ":" + field);
                if (c instanceof UIInput in && !in.isValid()) {
                    return field;
                }
            }
        }
        return null;
    }

    public List<AssistanceKind> getKinds() {
        return List.of(AssistanceKind.values());
    }

    public boolean isPersonalDataShown() {
        return kind == null || kind.needsPersonalData();
    }

    public boolean isServiceSchoolShown() {
        return kind != null && kind.needsServiceSchool();
    }

    public String getMaxBirthDate() {
        return LocalDate.now().toString();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public String getSchoolEmail() {
        return schoolEmail;
    }

    public AssistanceKind getKind() {
        return kind;
    }

    public void setKind(AssistanceKind kind) {
        this.kind = kind;
    }

    public String getCodiceFiscale() {
        return codiceFiscale;
    }

    public void setCodiceFiscale(String codiceFiscale) {
        this.codiceFiscale = codiceFiscale;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getServiceSchool() {
        return serviceSchool;
    }

    public void setServiceSchool(String serviceSchool) {
        this.serviceSchool = serviceSchool;
    }

    public String getReplyEmail() {
        return replyEmail;
    }

    public void setReplyEmail(String replyEmail) {
        this.replyEmail = replyEmail;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
