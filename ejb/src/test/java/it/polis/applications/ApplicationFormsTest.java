package it.polis.applications;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static FormData valid() {
        return FormData.of(Map.of("retirementKind", "VECCHIAIA", "staffRole", "DOCENTE", "leaveDate", "2027-09-01",
                "currentSchool", "RMIC81200D", "declTruthful", "true", "declContributions", "true",
                "declPrivacy", "true"));
    }

    @Test
    void aCompleteRetirementFormHasNoProblems() {
        assertEquals(List.of(), ApplicationForms.validate(ProcedureKind.RETIREMENT, valid(), TODAY));
    }

    @Test
    void eachRuleNamesItsField() {
        var m = new java.util.HashMap<>(valid().asMap());
        m.put("leaveDate", "2027-03-01");
        m.put("currentSchool", "RM1");
        m.remove("declPrivacy");
        m.put("retirementKind", "NONSENSE");
        var problems = ApplicationForms.validate(ProcedureKind.RETIREMENT, FormData.of(m), TODAY);
        assertEquals(List.of(new ApplicationForms.Problem("kind", "retirementKind", "app.field.choice"),
                new ApplicationForms.Problem("date", "leaveDate", "app.retirement.leaveDate.firstSeptember"),
                new ApplicationForms.Problem("date", "currentSchool", "app.field.schoolCode"),
                new ApplicationForms.Problem("declarations", "declPrivacy", "app.field.declaration")), problems);
    }

    @Test
    void draftsKeepOnlyTheFormsFieldsWithinLimits() {
        FormData d = ApplicationForms.clean(ProcedureKind.RETIREMENT,
                Map.of("notes", "x".repeat(5000), "injected", "1", "staffRole", "  ATA "));
        assertEquals(ApplicationForms.MAX_VALUE_LENGTH, d.get("notes").length());
        assertEquals("ATA", d.get("staffRole"));
        assertTrue(d.get("injected") == null);
    }

    @Test
    void formDataRoundTripsAnyText() {
        FormData d = FormData.of(Map.of("notes", "riga 1\nriga=2 & più"));
        assertEquals(d, FormData.parse(d.text()));
    }
}
