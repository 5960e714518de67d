package it.polis.web.view.school;

import it.polis.identification.DocumentCheck;
import it.polis.identification.IdentificationRejected;
import it.polis.identification.IdentificationService;
import it.polis.identification.PendingRegistration;
import it.polis.platform.PortalClock;
import it.polis.web.shell.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * school/identify.xhtml: the secretariat finds a registration (codice fiscale, registration
 * number or the QR code of the enrolment form), compares the personal data with the identity
 * document and records the identification, or refuses it with a reason. The rules are the
 * service's; this bean only keeps what was typed and shows the outcome.
 */
@Named
@ViewScoped
public class IdentifyView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "identify";
    private static final String FOCUS_ATTRIBUTE = IdentifyView.class.getName() + ".focus";

    /** Which field a rejection of the service is about, by its message key. */
    private static final Map<String, String> FIELD_OF_KEY = Map.of(
            "identify.document.type.required", "docType",
            "identify.document.expired", "docExpiry",
            "identify.cfCard.required", "cfCardSeen",
            "identify.refuse.reason.required", "reason");

    public enum Outcome {
        CONFIRMED, REFUSED
    }

    /** The registration found, as shown on the page (a serializable copy of the service's view). */
    public record Person(long accountId, String registrationNumber, String codiceFiscale, String givenName,
                         String familyName, LocalDate birthDate, String birthPlace, String sex, String state,
                         Instant registeredAt, Instant expiresAt, boolean identifiable) implements Serializable {

        static Person of(PendingRegistration p) {
            return new Person(p.accountId(), p.registrationNumber(), p.codiceFiscale(), p.givenName(),
                    p.familyName(), p.birthDate(), p.birthPlace(), p.sex(), p.state(), p.registeredAt(),
                    p.expiresAt(), p.identifiable());
        }

        public String fullName() {
            return givenName + " " + familyName;
        }
    }

    @EJB
    private IdentificationService identifications;

    private String query;
    private boolean notFound;
    private String notFoundQuery;
    private Person person;

    private String docType;
    private String docNumber;
    private String docIssuer;
    private LocalDate docExpiry;
    private boolean cfCardSeen;
    private String reason;

    private Outcome outcome;
    private String outcomeName;
    private String outcomeCf;

    public void search() {
        clearOutcome();
        clearDocument();
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            person = null;
            notFound = false;
            notFoundQuery = null;
            invalid("query", "identify.query.required");
            return;
        }
        person = identifications.find(q).map(Person::of).orElse(null);
        notFound = person == null;
        notFoundQuery = notFound ? q : null;
        if (person != null && q.length() > 20) {
            // A scanned QR text is long and means nothing to read back: show the registration number instead.
            query = person.registrationNumber();
        }
    }

    public void confirm() {
        clearOutcome();
        if (person == null) {
            reject("identify.notIdentifiable");
            return;
        }
        try {
            identifications.confirm(person.accountId(), new DocumentCheck(docType, trim(docNumber), trim(docIssuer),
                    docExpiry, cfCardSeen));
        } catch (IdentificationRejected e) {
            reject(e.messageKey());
            return;
        }
        done(Outcome.CONFIRMED);
    }

    public void refuse() {
        clearOutcome();
        if (person == null) {
            reject("identify.notIdentifiable");
            return;
        }
        try {
            identifications.refuse(person.accountId(), trim(reason));
        } catch (IdentificationRejected e) {
            reject(e.messageKey());
            return;
        }
        done(Outcome.REFUSED);
    }

    /** Done with this person: say so, and make the page ready for the next one. */
    private void done(Outcome what) {
        outcome = what;
        outcomeName = person.fullName();
        outcomeCf = person.codiceFiscale();
        person = null;
        query = null;
        notFound = false;
        notFoundQuery = null;
        clearDocument();
    }

    /** Shows the service's message next to the field it is about; what was typed stays on the page. */
    private void reject(String key) {
        String field = FIELD_OF_KEY.get(key);
        if ("identify.document.details.required".equals(key)) {
            field = blank(docNumber) ? "docNumber" : "docIssuer";
        }
        if (field == null) {
            Messages.error("idn", key);
            if ("identify.notIdentifiable".equals(key) && person != null) {
                // Most likely identified a moment ago (a second click) or expired: show how it stands now.
                person = identifications.find(person.registrationNumber()).map(Person::of)
                        .orElse(new Person(person.accountId(), person.registrationNumber(), person.codiceFiscale(),
                                person.givenName(), person.familyName(), person.birthDate(), person.birthPlace(),
                                person.sex(), person.state(), person.registeredAt(), person.expiresAt(), false));
            }
            return;
        }
        invalid(field, key);
    }

    /** Marks a field of the form invalid with a message from the bundle, and gives it the focus. */
    private void invalid(String field, String key) {
        String clientId = FORM + ":" + field;
        Messages.errorFor(clientId, "idn", key);
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent input = faces.getViewRoot().findComponent(clientId);
        if (input instanceof UIInput in) {
            in.setValid(false);
        }
        faces.getAttributes().put(FOCUS_ATTRIBUTE, field);
    }

    /** The field that gets the keyboard focus: a field in error, else the next thing to fill in. */
    public String getFocus() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object chosen = faces.getAttributes().get(FOCUS_ATTRIBUTE);
        if (chosen != null) {
            return chosen.toString();
        }
        if (faces.isValidationFailed()) {
            for (String field : List.of("query", "docExpiry", "reason")) {
                UIComponent c = faces.getViewRoot().findComponent(FORM + ":" + field);
                if (c instanceof UIInput in && !in.isValid()) {
                    return field;
                }
            }
        }
        return isDocumentFormShown() ? "docType" : "query";
    }

    public boolean isDocumentFormShown() {
        return person != null && person.identifiable();
    }

    /** Document types in a stable order; labels come from the bundle (identify.docType.*). */
    public List<String> getDocumentTypes() {
        return IdentificationService.DOCUMENT_TYPES.stream().sorted().toList();
    }

    /** Why the person cannot be identified now, by account state. */
    public String getNotIdentifiableKey() {
        if (person == null) {
            return null;
        }
        return switch (person.state()) {
            case "REGISTERED" -> "identify.state.REGISTERED";
            case "ACTIVE" -> "identify.state.ACTIVE";
            case "EXPIRED" -> "identify.state.EXPIRED";
            case "SUSPENDED" -> "identify.state.SUSPENDED";
            default -> "identify.state.other";
        };
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(formatter(false));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : instant.atZone(PortalClock.ROME).format(formatter(true));
    }

    /** The same text for the outcome as the service uses to tell the person. */
    public String getOutcomeText() {
        if (outcome == null) {
            return null;
        }
        return Messages.text("idn", "identify.outcome." + outcome.name() + ".text")
                .replace("{0}", outcomeName).replace("{1}", outcomeCf);
    }

    static DateTimeFormatter formatter(boolean withTime) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        boolean en = "en".equals(locale.getLanguage());
        String pattern = en ? "d MMM yyyy" : "dd/MM/yyyy";
        return DateTimeFormatter.ofPattern(withTime ? pattern + " HH:mm" : pattern, en ? Locale.ENGLISH : Locale.ITALIAN);
    }

    private void clearOutcome() {
        outcome = null;
        outcomeName = null;
        outcomeCf = null;
    }

    private void clearDocument() {
        docType = null;
        docNumber = null;
        docIssuer = null;
        docExpiry = null;
        cfCardSeen = false;
        reason = null;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getNotFoundQuery() {
        return notFoundQuery;
    }

    public Person getPerson() {
        return person;
    }

    public String getDocType() {
        return docType;
    }

    public void setDocType(String docType) {
        this.docType = docType;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public void setDocNumber(String docNumber) {
        this.docNumber = docNumber;
    }

    public String getDocIssuer() {
        return docIssuer;
    }

    public void setDocIssuer(String docIssuer) {
        this.docIssuer = docIssuer;
    }

    public LocalDate getDocExpiry() {
        return docExpiry;
    }

    public void setDocExpiry(LocalDate docExpiry) {
        this.docExpiry = docExpiry;
    }

    public boolean isCfCardSeen() {
        return cfCardSeen;
    }

    public void setCfCardSeen(boolean cfCardSeen) {
        this.cfCardSeen = cfCardSeen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getOutcomeName() {
        return outcomeName;
    }

    public String getOutcomeCf() {
        return outcomeCf;
    }
}
