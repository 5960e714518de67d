package it.polis.web.view.area.applications;

import it.polis.applications.FormOptions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** Choices of the application forms from the reference data (read once per instance), and their labels. */
@Named
@ApplicationScoped
public class FormChoices {

    @EJB
    private FormOptions options;

    private volatile Map<String, String> regions;
    private volatile Map<String, String> subjectClasses;
    private volatile Map<String, String> provinces;
    private volatile Map<String, String> ataProfiles;

    public Map<String, String> getProvinces() {
        if (provinces == null) {
            provinces = options.provinces();
        }
        return provinces;
    }

    public Map<String, String> getAtaProfiles() {
        if (ataProfiles == null) {
            ataProfiles = options.ataProfiles();
        }
        return ataProfiles;
    }

    /** A field's label; the rows of GPS sections and the school choice are numbered. */
    /** A field's label for an application to this procedure: its own declarations show their text. */
    public String label(String field, it.polis.applications.ProcedureData procedure) {
        int i = it.polis.applications.ApplicationForms.PROCEDURE_DECLARATIONS.indexOf(field);
        List<String> own = it.polis.applications.ApplicationForms.procedureDeclarations(procedure.declarations());
        return i >= 0 && i < own.size() ? own.get(i) : label(field);
    }

    public String label(String field) {
        var m = java.util.regex.Pattern.compile("(cls|qual|serv)(\\d\\d)(\\w+)").matcher(field);
        if (m.matches()) {
            return AppTexts.text("field." + m.group(1) + m.group(3)) + " (" + Integer.parseInt(m.group(2)) + ")";
        }
        if (field.matches("sch\\d{3}")) {
            return AppTexts.text("field.sch") + " " + Integer.parseInt(field.substring(3));
        }
        return AppTexts.text("field." + field);
    }

    public Map<String, String> getRegions() {
        if (regions == null) {
            regions = options.regions();
        }
        return regions;
    }

    public Map<String, String> getSubjectClasses() {
        if (subjectClasses == null) {
            subjectClasses = options.subjectClasses();
        }
        return subjectClasses;
    }

    /** A stored value as the user reads it: yes, a date, a choice's label, or the text itself. */
    public String display(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if ("true".equals(value)) {
            return AppTexts.text("yes");
        }
        if ("region".equals(field)) {
            return getRegions().getOrDefault(value, value);
        }
        if ("province".equals(field)) {
            return getProvinces().getOrDefault(value, value);
        }
        if (field.matches("(cls\\d\\dCode|serv\\d\\dClass)")) {
            return getSubjectClasses().getOrDefault(value, getAtaProfiles().getOrDefault(value, value));
        }
        if (field.matches("qual\\d\\dType")) {
            return AppTexts.text("value.qualType." + value);
        }
        if ("prefTitles".equals(field)) {
            Map<String, String> texts = options.preferenceTitles(AppTexts.language());
            return String.join("; ", java.util.Arrays.stream(value.split(",")).map(c -> texts.getOrDefault(c, c)).toList());
        }
        if (field.matches("cls\\d\\dBand")) {
            return AppTexts.text("value.band") + " " + value;
        }
        if (field.matches("serv\\d\\d(From|To)")) {
            return new AppFormat().date(value);
        }
        if (field.matches("sch\\d{3}")) {
            return options.schoolLabel(value);
        }
        if ("subjectClass".equals(field)) {
            return getSubjectClasses().getOrDefault(value, value);
        }
        if (field.matches("pref\\d\\d") && value.indexOf(':') > 0) {
            return AppTexts.text("pref.type." + value.substring(0, value.indexOf(':'))) + " "
                    + value.substring(value.indexOf(':') + 1);
        }
        if (field.endsWith("Date")) {
            return new AppFormat().date(value);
        }
        String key = "value." + field + "." + value;
        String label = AppTexts.text(key);
        return key.equals(label) ? value : label;
    }
}
