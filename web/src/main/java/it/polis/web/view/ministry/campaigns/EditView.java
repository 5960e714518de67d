package it.polis.web.view.ministry.campaigns;

import it.polis.campaigns.CampaignData;
import it.polis.campaigns.CampaignKind;
import it.polis.campaigns.CampaignNotFound;
import it.polis.campaigns.CampaignRejected;
import it.polis.campaigns.CampaignService;
import it.polis.campaigns.CampaignStateConflict;
import it.polis.campaigns.Segment;
import it.polis.campaigns.SegmentQuery;
import it.polis.platform.PortalClock;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

/**
 * ministry/campaigns/edit.xhtml[?id=]: name, kind, audience segment and its parameters with the count,
 * templates in Italian and English, throttle and auto-pause threshold; preview with a real recipient's
 * data, test send to oneself, save, schedule, start now. The service checks everything.
 */
@Named("campaignEditView")
@ViewScoped
public class EditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "campaign";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @EJB
    private CampaignService campaigns;

    private Long id;
    private boolean loaded;
    private int version;
    private boolean editable = true;
    private boolean scheduled;
    private String name;
    private CampaignKind kind = CampaignKind.INFORMATIONAL;
    private Segment segment = Segment.ALL_ACTIVE;
    private String province;
    private String role;
    private Long procedureId;
    private String hours;
    private String subjectIt;
    private String bodyIt;
    private String subjectEn;
    private String bodyEn;
    private String smsText;
    private String rate;
    private String threshold;
    private String scheduledAt;
    private String previewUser;
    private Long audienceCount;
    private CampaignService.Preview preview;
    private List<CampaignService.ProcedureChoice> procedures;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        CampaignData d;
        try {
            d = id == null ? campaigns.blank() : campaigns.find(id);
        } catch (CampaignNotFound e) {
            id = null;
            CampaignTexts.error(null, "cmp.notFound");
            d = campaigns.blank();
        }
        fill(d);
        if (id != null) {
            var st = campaigns.stats(id).state();
            editable = st.editable();
            scheduled = st == it.polis.campaigns.CampaignState.SCHEDULED;
            if (!editable) {
                CampaignTexts.error(null, "edit.notEditable");
            }
        }
    }

    private void fill(CampaignData d) {
        version = d.version();
        name = d.name();
        kind = d.kind();
        segment = d.segment();
        province = d.province();
        role = d.role();
        procedureId = d.procedureId();
        hours = d.hours() == null ? null : String.valueOf(d.hours());
        subjectIt = d.subjectIt();
        bodyIt = d.bodyIt();
        subjectEn = d.subjectEn();
        bodyEn = d.bodyEn();
        smsText = d.smsText();
        rate = String.valueOf(d.ratePerSecond());
        threshold = String.valueOf(d.errorThreshold());
        scheduledAt = d.scheduledAt() == null ? null : LOCAL.format(d.scheduledAt().atZone(PortalClock.ROME));
    }

    /** The form as the service wants it; null (with a message on the field) when a number is not one. */
    private CampaignData data() {
        Integer r = number(rate, "rate");
        Integer t = number(threshold, "threshold");
        Integer h = hours == null || hours.isBlank() ? null : number(hours, "hours");
        if (r == null || t == null || (hours != null && !hours.isBlank() && h == null)) {
            return null;
        }
        return new CampaignData(id, name, kind, segment, province, role, procedureId, h, subjectIt, bodyIt, subjectEn,
                bodyEn, smsText, r, t, null, version);
    }

    public void count() {
        audienceCount = null;
        CampaignData d = data();
        if (d == null) {
            return;
        }
        call(() -> {
            audienceCount = campaigns.count(new SegmentQuery.Params(segment, province, role, procedureId, d.hours()), kind);
            return null;
        });
    }

    public void showPreview() {
        preview = null;
        CampaignData d = data();
        if (d != null) {
            preview = call(() -> campaigns.preview(d, previewUser));
        }
    }

    public void testSend() {
        CampaignData d = data();
        if (d == null) {
            return;
        }
        String to = call(() -> campaigns.testSend(d, previewUser, CampaignTexts.clientAddr()));
        if (to != null) {
            CampaignTexts.info("edit.testSent", to);
        }
    }

    public String save() {
        if (!persist()) {
            return null;
        }
        CampaignTexts.info("edit.saved");
        CampaignTexts.keep();
        return "/ministry/campaigns/edit?faces-redirect=true&id=" + id;
    }

    public String schedule() {
        Instant at = parse(scheduledAt);
        if (at == null || !persist()) {
            return null;
        }
        if (call(() -> {
            campaigns.schedule(id, version, at, CampaignTexts.clientAddr());
            return Boolean.TRUE;
        }) == null) {
            return null;
        }
        CampaignTexts.info("edit.scheduled");
        CampaignTexts.keep();
        return "/ministry/campaigns/console?faces-redirect=true&id=" + id;
    }

    public String unschedule() {
        if (id == null || call(() -> {
            campaigns.unschedule(id, version, CampaignTexts.clientAddr());
            return Boolean.TRUE;
        }) == null) {
            return null;
        }
        CampaignTexts.info("edit.unscheduled");
        CampaignTexts.keep();
        return "/ministry/campaigns/edit?faces-redirect=true&id=" + id;
    }

    public String startNow() {
        if (!persist()) {
            return null;
        }
        Integer audience = call(() -> campaigns.start(id, version, CampaignTexts.clientAddr()));
        if (audience == null) {
            return null;
        }
        CampaignTexts.info("edit.started", audience);
        CampaignTexts.keep();
        return "/ministry/campaigns/console?faces-redirect=true&id=" + id;
    }

    /** Saves the form (for schedule and start too); false with messages when refused. */
    private boolean persist() {
        CampaignData d = data();
        if (d == null) {
            return false;
        }
        Long saved = call(() -> campaigns.save(d, CampaignTexts.clientAddr()));
        if (saved == null) {
            return false;
        }
        id = saved;
        version = campaigns.find(saved).version();
        return true;
    }

    private <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (CampaignRejected e) {
            CampaignTexts.rejected(FORM, e);
        } catch (CampaignStateConflict e) {
            CampaignTexts.conflict(e);
        } catch (CampaignNotFound e) {
            CampaignTexts.error(null, "cmp.notFound");
        }
        return null;
    }

    private static Integer number(String s, String field) {
        try {
            return Integer.valueOf(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            CampaignTexts.error(FORM + ":" + field, "cmp.number");
            return null;
        }
    }

    private static Instant parse(String local) {
        if (local == null || local.isBlank()) {
            CampaignTexts.error(FORM + ":scheduledAt", "cmp.schedule.past");
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(PortalClock.ROME).toInstant();
        } catch (DateTimeParseException e) {
            CampaignTexts.error(FORM + ":scheduledAt", "cmp.schedule.format");
            return null;
        }
    }

    public List<CampaignService.ProcedureChoice> getProcedures() {
        if (procedures == null) {
            procedures = campaigns.procedures();
        }
        return procedures;
    }

    public CampaignKind[] getKinds() {
        return CampaignKind.values();
    }

    public Segment[] getSegments() {
        return Segment.values();
    }

    public List<String> getRoles() {
        return List.of("DOCENTE", "ATA");
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isScheduled() {
        return scheduled;
    }

    public Long getAudienceCount() {
        return audienceCount;
    }

    public CampaignService.Preview getPreview() {
        return preview;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public void setKind(CampaignKind kind) {
        this.kind = kind;
    }

    public Segment getSegment() {
        return segment;
    }

    public void setSegment(Segment segment) {
        this.segment = segment;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Long getProcedureId() {
        return procedureId;
    }

    public void setProcedureId(Long procedureId) {
        this.procedureId = procedureId;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getSubjectIt() {
        return subjectIt;
    }

    public void setSubjectIt(String subjectIt) {
        this.subjectIt = subjectIt;
    }

    public String getBodyIt() {
        return bodyIt;
    }

    public void setBodyIt(String bodyIt) {
        this.bodyIt = bodyIt;
    }

    public String getSubjectEn() {
        return subjectEn;
    }

    public void setSubjectEn(String subjectEn) {
        this.subjectEn = subjectEn;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getSmsText() {
        return smsText;
    }

    public void setSmsText(String smsText) {
        this.smsText = smsText;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public String getThreshold() {
        return threshold;
    }

    public void setThreshold(String threshold) {
        this.threshold = threshold;
    }

    public String getScheduledAt() {
        return scheduledAt;
    }

    public void setScheduledAt(String scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    public String getPreviewUser() {
        return previewUser;
    }

    public void setPreviewUser(String previewUser) {
        this.previewUser = previewUser;
    }
}
