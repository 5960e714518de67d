package it.polis.web.view.area.applications;

import it.polis.applications.ApplicationForms;
import it.polis.applications.ApplicationRejected;
import it.polis.applications.ApplicationService;
import it.polis.applications.ApplicationView;
import it.polis.applications.FormOptions;
import it.polis.platform.PortalClock;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * area/applications/form.xhtml?id=&amp;step=: one step of a draft. Every change is saved at once
 * (AJAX), "Save draft" saves explicitly, "Next" saves and shows what is wrong in this step before moving
 * on. A draft that can no longer be changed (submitted, or the procedure closed) goes to its detail page.
 */
@Named("formView")
@ViewScoped
public class FormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    @EJB
    private FormOptions options;

    /** A school found by the preference editor's search. */
    public record SchoolHit(String code, String name, String comune, String province) implements Serializable {
    }

    @Inject
    private PortalClock clock;

    private Long id;
    private int step = 1;
    private ApplicationView application;
    private final Map<String, String> fields = new HashMap<>();
    private final Map<String, Boolean> checks = new HashMap<>();
    private Instant savedAt;
    private String schoolQuery;
    private List<SchoolHit> schoolHits;
    private String placeType;
    private String placeValue;
    /** How many rows each repeated section (cls, qual, serv) shows. */
    private final Map<String, Integer> rowCounts = new HashMap<>();
    private final Map<String, String> schoolLabels = new HashMap<>();

    public void load() throws IOException {
        if (application != null) {
            return;
        }
        try {
            application();
        } catch (ApplicationRejected | NumberFormatException e) {
            notFound();
            return;
        }
        if (!application.editable()) {
            redirect("/area/applications/detail.xhtml?id=" + id);
        }
    }

    /**
     * The application, loaded at the first use. A postback may reach a fresh bean (the view scope ends
     * when the page navigates, and an automatic save or a repeated click can arrive just after): then the
     * id and step come from the page address (the form posts to it) and the fields from the database,
     * so nothing typed before is lost or overwritten.
     */
    private ApplicationView application() {
        if (application == null) {
            Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            if (id == null) {
                id = Long.valueOf(params.get("id"));
            }
            if (params.get("step") != null && params.get("step").matches("\\d{1,2}")) {
                step = Integer.parseInt(params.get("step"));
            }
            application = applications.get(id);
            step = Math.max(1, Math.min(step, ApplicationForms.steps(application.procedure().kind()).size()));
            application.data().forEach((k, v) -> {
                if (ApplicationForms.isBoolean(k)) {
                    checks.put(k, Boolean.valueOf(v));
                } else {
                    fields.put(k, v);
                }
            });
            for (String prefix : ApplicationForms.GPS_ROWS.keySet()) {
                List<Integer> filled = ApplicationForms.filledRows(fields, prefix);
                rowCounts.put(prefix, Math.max(1, filled.isEmpty() ? 0 : filled.get(filled.size() - 1)));
            }
        }
        return application;
    }

    /**
     * A change in one field: that field alone is saved at once. Only the changed field is sent, so an
     * automatic save that arrives late (after "next" already saved the whole step) cannot undo others.
     */
    public void autosave(AjaxBehaviorEvent event) {
        application();
        String field = event.getComponent().getId();
        Map<String, String> one = new HashMap<>();
        one.put(field, ApplicationForms.isBoolean(field) ? (Boolean.TRUE.equals(checks.get(field)) ? "true" : null)
                : fields.get(field));
        try {
            application = applications.save(id, one, true);
            savedAt = clock.now();
        } catch (ApplicationRejected e) {
            AppTexts.error(e.messageKey());
        }
    }

    public void save() {
        if (store(false)) {
            AppTexts.info("app.form.saved");
        }
    }

    public String next() {
        if (!store(false)) {
            return null;
        }
        if (!showProblemsOfThisStep()) {
            return null;
        }
        if (step >= getSteps().size()) {
            return "/area/applications/check?faces-redirect=true&id=" + id;
        }
        return "/area/applications/form?faces-redirect=true&id=" + id + "&step=" + (step + 1);
    }

    public String previous() {
        if (!store(false)) {
            return null;
        }
        return "/area/applications/form?faces-redirect=true&id=" + id + "&step=" + Math.max(1, step - 1);
    }

    private boolean showProblemsOfThisStep() {
        String stepName = getCurrentStep().name();
        boolean ok = true;
        for (ApplicationForms.Problem p : applications.problems(application().id())) {
            if (stepName.equals(p.step())) {
                AppTexts.errorFor(clientId(p.field()), p.messageKey());
                ok = false;
            }
        }
        if (!ok) {
            AppTexts.error("app.form.fix");
        }
        return ok;
    }

    /** The page component a problem of a field is shown next to. */
    static String clientId(String field) {
        if (field.matches("pref\\d\\d")) {
            return "app:prefList";
        }
        if (field.matches("sch\\d{3}")) {
            return "app:schoolList";
        }
        var m = java.util.regex.Pattern.compile("(cls|qual|serv)(\\d\\d)(\\w+)").matcher(field);
        if (m.matches()) {
            return "app:" + m.group(1) + "Rows:" + (Integer.parseInt(m.group(2)) - 1) + ":" + m.group(1) + m.group(3);
        }
        return "app:" + field;
    }

    private boolean store(boolean automatic) {
        Map<String, String> all = new HashMap<>();
        application();
        for (String f : getCurrentStep().fields()) {
            if (ApplicationForms.isBoolean(f)) {
                all.put(f, Boolean.TRUE.equals(checks.get(f)) ? "true" : null);
            } else {
                all.put(f, fields.get(f));
            }
        }
        try {
            application = applications.save(id, all, automatic);
            savedAt = clock.now();
            return true;
        } catch (ApplicationRejected e) {
            AppTexts.error(e.messageKey());
            return false;
        }
    }

    private void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
        FacesContext.getCurrentInstance().responseComplete();
    }

    private void redirect(String path) throws IOException {
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + path);
    }

    public List<ApplicationForms.Step> getSteps() {
        return ApplicationForms.steps(application().procedure().kind());
    }

    public ApplicationForms.Step getCurrentStep() {
        return getSteps().get(step - 1);
    }

    public boolean isLastStep() {
        return step >= getSteps().size();
    }

    public List<String> getRetirementKinds() {
        return ApplicationForms.RETIREMENT_KINDS;
    }

    public List<String> getStaffRoles() {
        return ApplicationForms.STAFF_ROLES;
    }

    // ---- transfer preferences: ordered, no duplicates, at most 15 -----------------------------------

    public List<String> getPreferences() {
        application();
        List<String> prefs = new ArrayList<>();
        for (String f : ApplicationForms.preferenceFields()) {
            if (fields.get(f) != null && !fields.get(f).isBlank()) {
                prefs.add(fields.get(f));
            }
        }
        return prefs;
    }

    public int getMaxPreferences() {
        int max = application().procedure().maxPreferences();
        return max <= 0 || max > ApplicationForms.MAX_TRANSFER_PREFERENCES ? ApplicationForms.MAX_TRANSFER_PREFERENCES : max;
    }

    public void searchSchools() {
        schoolHits = options.searchSchools(schoolQuery).stream()
                .map(s -> new SchoolHit(s.getCode(), s.getName(), s.getComune(), s.getProvinceCode())).toList();
        if (schoolHits.isEmpty()) {
            AppTexts.info("app.transfer.noSchools");
        }
    }

    public void addSchool(String code) {
        add("SCHOOL:" + code);
    }

    public void addPlace() {
        String v = placeValue == null ? "" : placeValue.trim();
        if (placeType == null || v.isEmpty()) {
            AppTexts.errorFor("app:placeValue", "app.transfer.placeRequired");
            return;
        }
        if (!"COMUNE".equals(placeType)) {
            v = v.toUpperCase(java.util.Locale.ROOT);
        }
        if (!options.place(placeType + ":" + v)) {
            AppTexts.errorFor("app:placeValue", "app.transfer.preferenceUnknown");
            return;
        }
        if (add(placeType + ":" + v)) {
            placeValue = null;
        }
    }

    private boolean add(String preference) {
        List<String> prefs = getPreferences();
        if (prefs.stream().anyMatch(p -> p.equalsIgnoreCase(preference))) {
            AppTexts.error("app.transfer.duplicate");
            return false;
        }
        if (prefs.size() >= getMaxPreferences()) {
            AppTexts.error("app.transfer.full");
            return false;
        }
        prefs.add(preference);
        return storePreferences(prefs);
    }

    public void moveUp(int index) {
        List<String> prefs = getPreferences();
        if (index > 0 && index < prefs.size()) {
            java.util.Collections.swap(prefs, index, index - 1);
            storePreferences(prefs);
        }
    }

    public void moveDown(int index) {
        List<String> prefs = getPreferences();
        if (index >= 0 && index < prefs.size() - 1) {
            java.util.Collections.swap(prefs, index, index + 1);
            storePreferences(prefs);
        }
    }

    public void remove(int index) {
        List<String> prefs = getPreferences();
        if (index >= 0 && index < prefs.size()) {
            prefs.remove(index);
            storePreferences(prefs);
        }
    }

    private boolean storePreferences(List<String> prefs) {
        List<String> names = ApplicationForms.preferenceFields();
        for (int i = 0; i < names.size(); i++) {
            fields.put(names.get(i), i < prefs.size() ? prefs.get(i) : null);
        }
        return store(false);
    }

    public String getSchoolQuery() {
        return schoolQuery;
    }

    public void setSchoolQuery(String schoolQuery) {
        this.schoolQuery = schoolQuery;
    }

    public List<SchoolHit> getSchoolHits() {
        return schoolHits;
    }

    public String getPlaceType() {
        return placeType;
    }

    public void setPlaceType(String placeType) {
        this.placeType = placeType;
    }

    public String getPlaceValue() {
        return placeValue;
    }

    public void setPlaceValue(String placeValue) {
        this.placeValue = placeValue;
    }

    public List<String> getPlaceTypes() {
        return List.of("COMUNE", "DISTRETTO", "PROVINCIA");
    }

    /** The procedure's own declarations, a check box each on the declarations step. */
    public List<String> getProcedureDeclarations() {
        try {
            return ApplicationForms.procedureDeclarations(application().procedure().declarations());
        } catch (RuntimeException e) {
            return List.of(); // asked while the view is built: load() then answers "not found" properly
        }
    }

    public List<String> getFamilyReasons() {
        return ApplicationForms.FAMILY_REASONS;
    }

    // ---- GPS: repeated rows (subject classes, qualifications, service periods) -------------------------

    /** A change in a row: the whole step is saved (its fields are all in the page). */
    public void autosaveStep(AjaxBehaviorEvent event) {
        application();
        store(true);
    }

    /** The row numbers (from 1) a section shows. */
    public List<Integer> rows(String prefix) {
        application();
        List<Integer> rows = new ArrayList<>();
        for (int i = 1; i <= rowCounts.getOrDefault(prefix, 1); i++) {
            rows.add(i);
        }
        return rows;
    }

    public String key(String prefix, int row, String field) {
        return ApplicationForms.rowField(prefix, row, field);
    }

    public boolean canAddRow(String prefix) {
        return rowCounts.getOrDefault(prefix, 1) < ApplicationForms.maxRows(prefix);
    }

    public void addRow(String prefix) {
        if (!store(false)) {
            return;
        }
        if (canAddRow(prefix)) {
            rowCounts.merge(prefix, 1, Integer::sum);
        } else {
            AppTexts.error("app.gps.tooManyRows");
        }
    }

    public void removeRow(String prefix, int row) {
        application();
        int count = rowCounts.getOrDefault(prefix, 1);
        if (row < 1 || row > count) {
            return;
        }
        List<String> names = ApplicationForms.GPS_ROWS.get(prefix);
        for (int i = row; i < ApplicationForms.maxRows(prefix); i++) {
            for (String f : names) {
                fields.put(ApplicationForms.rowField(prefix, i, f), fields.get(ApplicationForms.rowField(prefix, i + 1, f)));
            }
        }
        for (String f : names) {
            fields.put(ApplicationForms.rowField(prefix, ApplicationForms.maxRows(prefix), f), null);
        }
        rowCounts.put(prefix, Math.max(1, count - 1));
        store(false);
    }

    public Map<String, String> getGpsProfiles() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        ApplicationForms.GPS_PROFILES.forEach(p -> m.put(p, AppTexts.text("value.gpsProfile." + p)));
        return m;
    }

    public List<String> getQualificationTypes() {
        return ApplicationForms.QUALIFICATION_TYPES;
    }

    /** The legal preference titles, in their order, in the page's language. */
    public Map<String, String> getPreferenceTitleOptions() {
        return options.preferenceTitles(AppTexts.language());
    }

    /** The preference titles ticked; kept as one comma-separated field of the form. */
    public List<String> getPrefTitles() {
        application();
        String v = fields.get("prefTitles");
        return v == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(List.of(v.split(",")));
    }

    public void setPrefTitles(List<String> codes) {
        fields.put("prefTitles", codes == null || codes.isEmpty() ? null : String.join(",", codes));
    }

    public List<String> getBands() {
        return ApplicationForms.GPS_BANDS;
    }

    /** Subject classes for teachers, ATA profiles for the ATA variant. */
    public Map<String, String> getClassOptions() {
        return isAta() ? options.ataProfiles() : options.subjectClasses();
    }

    public boolean isAta() {
        application();
        return "ATA".equals(fields.get("gpsProfile"));
    }

    // ---- GPS: school choice, ordered, no duplicates, up to 150 (30 for ATA) ---------------------------

    public List<SchoolHit> getSchoolChoice() {
        List<String> codes = ApplicationForms.schools(fields);
        List<SchoolHit> hits = new ArrayList<>();
        for (String c : codes) {
            hits.add(new SchoolHit(c, schoolLabels.computeIfAbsent(c, options::schoolLabel), "", ""));
        }
        return hits;
    }

    public int getMaxSchools() {
        application();
        return ApplicationForms.maxSchools(fields.get("gpsProfile"), application.procedure().maxPreferences());
    }

    public void addChoice(String code) {
        List<String> codes = ApplicationForms.schools(fields);
        if (code == null || !code.matches("[A-Z0-9]{10}")) {
            return;
        }
        if (codes.contains(code)) {
            AppTexts.errorFor("app:schoolList", "app.gps.schoolDuplicate");
            return;
        }
        if (codes.size() >= getMaxSchools()) {
            AppTexts.errorFor("app:schoolList", "app.gps.tooManySchools");
            return;
        }
        codes.add(code);
        storeChoice(codes);
    }

    public void moveChoiceUp(int index) {
        List<String> codes = ApplicationForms.schools(fields);
        if (index > 0 && index < codes.size()) {
            java.util.Collections.swap(codes, index, index - 1);
            storeChoice(codes);
        }
    }

    public void moveChoiceDown(int index) {
        List<String> codes = ApplicationForms.schools(fields);
        if (index >= 0 && index < codes.size() - 1) {
            java.util.Collections.swap(codes, index, index + 1);
            storeChoice(codes);
        }
    }

    public void removeChoice(int index) {
        List<String> codes = ApplicationForms.schools(fields);
        if (index >= 0 && index < codes.size()) {
            codes.remove(index);
            storeChoice(codes);
        }
    }

    /** A row dragged to another place (the drag and drop of the table). */
    public void reorderChoice(org.primefaces.event.ReorderEvent event) {
        List<String> codes = ApplicationForms.schools(fields);
        int from = event.getFromIndex();
        int to = event.getToIndex();
        if (from >= 0 && from < codes.size() && to >= 0 && to < codes.size() && from != to) {
            codes.add(to, codes.remove(from));
            storeChoice(codes);
        }
    }

    private void storeChoice(List<String> codes) {
        List<String> names = ApplicationForms.schoolFields();
        for (int i = 0; i < names.size(); i++) {
            fields.put(names.get(i), i < codes.size() ? codes.get(i) : null);
        }
        store(false);
    }

    /** Whether the current step has this field (the page shows only those). */
    public boolean has(String field) {
        return getCurrentStep().fields().contains(field);
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public ApplicationView getApplication() {
        return application();
    }

    public Map<String, String> getFields() {
        return fields;
    }

    public Map<String, Boolean> getChecks() {
        return checks;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        this.step = step;
    }
}
