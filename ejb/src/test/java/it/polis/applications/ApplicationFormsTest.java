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

    @Test
    void competitionChecksReferenceDataGradeHonoursAndDates() {
        ApplicationForms.Lookup onlyLazioA022 = new ApplicationForms.Lookup() {
            @Override
            public boolean region(String code) {
                return "12".equals(code);
            }

            @Override
            public boolean subjectClass(String code) {
                return "A022".equals(code);
            }
        };
        FormData ok = FormData.of(Map.of("region", "12", "subjectClass", "A022", "degreeTitle", "Laurea",
                "degreeGrade", "110", "degreeHonours", "true", "degreeDate", "2015-07-14",
                "degreeInstitution", "Sapienza", "declTruthful", "true", "declRequirements", "true",
                "declPrivacy", "true"));
        assertEquals(List.of(), ApplicationForms.validate(ProcedureKind.COMPETITION, ok, TODAY, onlyLazioA022));

        var m = new java.util.HashMap<>(ok.asMap());
        m.put("region", "99");
        m.put("subjectClass", "ZZZZ");
        m.put("degreeGrade", "100");
        m.put("degreeDate", "2030-01-01");
        var problems = ApplicationForms.validate(ProcedureKind.COMPETITION, FormData.of(m), TODAY, onlyLazioA022);
        assertEquals(List.of(new ApplicationForms.Problem("competition", "region", "app.field.choice"),
                new ApplicationForms.Problem("competition", "subjectClass", "app.field.choice"),
                new ApplicationForms.Problem("titles", "degreeHonours", "app.competition.honours"),
                new ApplicationForms.Problem("titles", "degreeDate", "app.field.pastDate")), problems);
    }

    @Test
    void transferPreferencesAreOrderedKnownAndUnique() {
        ApplicationForms.Lookup lookup = new ApplicationForms.Lookup() {
            @Override
            public boolean region(String code) {
                return true;
            }

            @Override
            public boolean subjectClass(String code) {
                return true;
            }

            @Override
            public boolean place(String preference) {
                return !preference.endsWith("Atlantide");
            }

            @Override
            public boolean school(String code) {
                return code.startsWith("RM");
            }
        };
        var m = new java.util.HashMap<String, String>(Map.of("serviceSchool", "RMIC81200D", "serviceYears", "12",
                "familyReason", "NONE", "declTruthful", "true", "declPrivacy", "true",
                "pref01", "SCHOOL:RMPS01000G", "pref02", "PROVINCIA:MI"));
        assertEquals(List.of(), ApplicationForms.validate(ProcedureKind.TRANSFER, FormData.of(m), TODAY, lookup));
        m.put("pref03", "PROVINCIA:MI");
        m.put("pref04", "COMUNE:Atlantide");
        m.put("pref05", "SCHOOL:RMIC81200D");
        m.put("serviceYears", "46");
        assertEquals(List.of(new ApplicationForms.Problem("current", "serviceYears", "app.transfer.years"),
                new ApplicationForms.Problem("preferences", "pref03", "app.transfer.duplicate"),
                new ApplicationForms.Problem("preferences", "pref04", "app.transfer.preferenceUnknown"),
                new ApplicationForms.Problem("preferences", "pref05", "app.transfer.ownSchool")),
                ApplicationForms.validate(ProcedureKind.TRANSFER, FormData.of(m), TODAY, lookup));
        assertEquals(15, ApplicationForms.preferenceFields().size());
    }

    @Test
    void theProcedureMayAllowFewerPreferencesAndAskItsOwnDeclarations() {
        var m = new java.util.HashMap<String, String>(Map.of("serviceSchool", "RMIC81200D", "serviceYears", "3",
                "familyReason", "NONE", "declTruthful", "true", "declPrivacy", "true",
                "pref01", "SCHOOL:RMPS01000G", "pref02", "PROVINCIA:MI", "pref03", "PROVINCIA:TO"));
        assertEquals(List.of(), ApplicationForms.validate(ProcedureKind.TRANSFER, FormData.of(m), TODAY,
                ApplicationForms.Lookup.ANY, 3, 0));
        assertEquals(List.of(new ApplicationForms.Problem("preferences", "pref03", "app.transfer.tooMany"),
                new ApplicationForms.Problem("declarations", "procDecl2", "app.field.declaration")).toString(),
                sorted(ApplicationForms.validate(ProcedureKind.TRANSFER, FormData.of(with(m, "procDecl1", "true")),
                        TODAY, ApplicationForms.Lookup.ANY, 2, 2)).toString());
        assertEquals(List.of("Dichiaro A", "Dichiaro B"), ApplicationForms.procedureDeclarations(" Dichiaro A\n\n Dichiaro B \n"));
        assertEquals(5, ApplicationForms.procedureDeclarations("1\n2\n3\n4\n5\n6\n7").size());
    }

    @Test
    void childrenAreCountedAndNeededForTheChildrenReason() {
        var m = new java.util.HashMap<String, String>(Map.of("serviceSchool", "RMIC81200D", "serviceYears", "10",
                "familyReason", "CHILDREN", "declTruthful", "true", "declPrivacy", "true", "pref01", "PROVINCIA:MI"));
        assertEquals(List.of(new ApplicationForms.Problem("current", "childrenUnder6", "app.transfer.childrenNeeded")),
                ApplicationForms.validate(ProcedureKind.TRANSFER, FormData.of(m), TODAY));
        m.put("children6to17", "x");
        assertEquals(List.of(new ApplicationForms.Problem("current", "children6to17", "app.transfer.children")),
                ApplicationForms.validate(ProcedureKind.TRANSFER, FormData.of(m), TODAY));
        m.put("children6to17", "2");
        m.put("childrenUnder6", "1");
        assertEquals(List.of(), ApplicationForms.validate(ProcedureKind.TRANSFER, FormData.of(m), TODAY));
        TransferPoints.Points p = TransferPoints.of(FormData.of(m));
        // 10 years x 6 + reunion 6 + 1 child under 6 x 4 + 2 children 6-17 x 3
        assertEquals(60 + 6 + 4 + 6, p.total());
        assertEquals(List.of(new TransferPoints.Line("app.points.serviceYears", 10, 60),
                new TransferPoints.Line("app.points.family.CHILDREN", 1, 6),
                new TransferPoints.Line("app.points.childrenUnder6", 1, 4),
                new TransferPoints.Line("app.points.children6to17", 2, 6)), p.lines());
        m.put("familyReason", "NONE");
        m.remove("childrenUnder6");
        m.remove("children6to17");
        assertEquals(60, TransferPoints.of(FormData.of(m)).total());
    }

    private static Map<String, String> with(Map<String, String> m, String k, String v) {
        var copy = new java.util.HashMap<>(m);
        copy.put(k, v);
        return copy;
    }

    private static List<ApplicationForms.Problem> sorted(List<ApplicationForms.Problem> problems) {
        return problems.stream().sorted(java.util.Comparator.comparing(ApplicationForms.Problem::step).reversed()).toList();
    }
}
