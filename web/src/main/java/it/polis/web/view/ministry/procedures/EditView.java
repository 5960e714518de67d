package it.polis.web.view.ministry.procedures;

import it.polis.applications.ApplicationRejected;
import it.polis.applications.ProcedureData;
import it.polis.applications.ProcedureKind;
import it.polis.applications.ProcedureService;
import it.polis.platform.PortalClock;
import it.polis.web.view.area.applications.AppTexts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * ministry/procedures/edit.xhtml[?id=]: creates or edits a procedure. Open and close are typed as
 * Europe/Rome local date and time; the service checks the rules.
 */
@Named("procedureEditView")
@ViewScoped
public class EditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static final Map<String, String> FIELD_OF_KEY = Map.of(
            "app.proc.code.invalid", "code", "app.proc.code.taken", "code", "app.proc.kind.required", "kind",
            "app.proc.title.required", "titleIt", "app.proc.window.required", "opensAt",
            "app.proc.window.order", "closesAt", "app.proc.maxPreferences.range", "maxPreferences");

    @EJB
    private ProcedureService procedures;

    private Long id;
    private boolean loaded;
    private String code;
    private ProcedureKind kind;
    private String titleIt;
    private String titleEn;
    private String descriptionIt;
    private String descriptionEn;
    private String opensAt;
    private String closesAt;
    private boolean staffOnly;
    private Integer maxPreferences = 0;
    private String declarations;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id != null) {
            ProcedureData p = procedures.find(id).orElse(null);
            if (p == null) {
                id = null;
                AppTexts.error("app.proc.notFound");
                return;
            }
            code = p.code();
            kind = p.kind();
            titleIt = p.titleIt();
            titleEn = p.titleEn();
            descriptionIt = p.descriptionIt();
            descriptionEn = p.descriptionEn();
            opensAt = LOCAL.format(p.opensAt().atZone(PortalClock.ROME));
            closesAt = LOCAL.format(p.closesAt().atZone(PortalClock.ROME));
            staffOnly = p.staffOnly();
            maxPreferences = p.maxPreferences();
            declarations = p.declarations();
        }
    }

    public String save() {
        Instant opens = parse(opensAt, "opensAt");
        Instant closes = parse(closesAt, "closesAt");
        if (opens == null || closes == null) {
            return null;
        }
        try {
            procedures.save(new ProcedureData(id, code, kind, titleIt, titleEn, descriptionIt, descriptionEn, opens,
                    closes, staffOnly, maxPreferences == null ? 0 : maxPreferences, declarations));
        } catch (ApplicationRejected e) {
            String field = FIELD_OF_KEY.get(e.messageKey());
            AppTexts.errorFor(field == null ? null : "procedure:" + field, e.messageKey());
            return null;
        }
        AppTexts.info("app.proc.saved");
        AppTexts.keepMessages();
        return "/ministry/procedures/list?faces-redirect=true";
    }

    private static Instant parse(String local, String field) {
        if (local == null || local.isBlank()) {
            AppTexts.errorFor("procedure:" + field, "app.proc.window.required");
            return null;
        }
        try {
            return LocalDateTime.parse(local.trim()).atZone(PortalClock.ROME).toInstant();
        } catch (DateTimeParseException e) {
            AppTexts.errorFor("procedure:" + field, "app.proc.window.format");
            return null;
        }
    }

    public ProcedureKind[] getKinds() {
        return ProcedureKind.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ProcedureKind getKind() {
        return kind;
    }

    public void setKind(ProcedureKind kind) {
        this.kind = kind;
    }

    public String getTitleIt() {
        return titleIt;
    }

    public void setTitleIt(String titleIt) {
        this.titleIt = titleIt;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionIt() {
        return descriptionIt;
    }

    public void setDescriptionIt(String descriptionIt) {
        this.descriptionIt = descriptionIt;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(String opensAt) {
        this.opensAt = opensAt;
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(String closesAt) {
        this.closesAt = closesAt;
    }

    public boolean isStaffOnly() {
        return staffOnly;
    }

    public void setStaffOnly(boolean staffOnly) {
        this.staffOnly = staffOnly;
    }

    public Integer getMaxPreferences() {
        return maxPreferences;
    }

    public void setMaxPreferences(Integer maxPreferences) {
        this.maxPreferences = maxPreferences;
    }

    public String getDeclarations() {
        return declarations;
    }

    public void setDeclarations(String declarations) {
        this.declarations = declarations;
    }
}
