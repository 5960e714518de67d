package it.polis.applications;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GpsFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Map<String, String> valid() {
        Map<String, String> m = new HashMap<>();
        m.put("gpsProfile", "DOCENTE");
        m.put("province", "RM");
        m.put("cls01Code", "A022");
        m.put("cls01Band", "1");
        m.put("qual01Title", "Laurea magistrale in Lettere");
        m.put("qual01Grade", "108");
        m.put("qual01Date", "2019-07-15");
        m.put("qual01Institution", "Sapienza Universita di Roma");
        m.put("qual01Type", "ACCESS");
        m.put("serv01School", "RMIC81200D");
        m.put("serv01From", "2024-09-15");
        m.put("serv01To", "2025-06-30");
        m.put("serv01Class", "A022");
        m.put("sch001", "RMPS01000G");
        m.put("sch002", "RMIC81200D");
        m.put("declTruthful", "true");
        m.put("declPrivacy", "true");
        return m;
    }

    private static List<ApplicationForms.Problem> validate(Map<String, String> m, int max) {
        return ApplicationForms.validate(ProcedureKind.GPS, FormData.of(m), TODAY, ApplicationForms.Lookup.ANY, max);
    }

    private static Map<String, String> withSchools(Map<String, String> m, int n) {
        for (int i = 1; i <= n; i++) {
            m.put(String.format("sch%03d", i), String.format("RMIC%06d", i));
        }
        return m;
    }

    @Test
    void aCompleteFormHasNoProblems() {
        assertEquals(List.of(), validate(valid(), 150));
    }

    @Test
    void datesRowsAndRequiredFieldsNameTheirField() {
        Map<String, String> m = valid();
        m.put("serv01From", "2025-07-01");
        m.put("qual01Date", "2030-01-01");
        m.put("qual01Grade", "200");
        m.remove("qual01Institution");
        m.put("qual01Type", "DIPLOMA");
        m.put("children", "x");
        m.put("prefTitles", "P05, P17,P05");
        m.put("cls02Code", "A022");
        m.remove("province");
        m.put("serv02School", "RMPS01000G");
        assertEquals(List.of(
                new ApplicationForms.Problem("province", "province", "app.field.required"),
                new ApplicationForms.Problem("province", "children", "app.gps.children"),
                new ApplicationForms.Problem("classes", "cls02Code", "app.gps.classDuplicate"),
                new ApplicationForms.Problem("classes", "cls02Band", "app.field.required"),
                new ApplicationForms.Problem("qualifications", "qual01Type", "app.field.choice"),
                new ApplicationForms.Problem("qualifications", "qual01Grade", "app.gps.grade"),
                new ApplicationForms.Problem("qualifications", "qual01Date", "app.field.pastDate"),
                new ApplicationForms.Problem("qualifications", "qual01Institution", "app.field.required"),
                new ApplicationForms.Problem("services", "serv01To", "app.gps.serviceOrder"),
                new ApplicationForms.Problem("services", "serv02From", "app.field.required"),
                new ApplicationForms.Problem("services", "serv02To", "app.field.required"),
                new ApplicationForms.Problem("services", "serv02Class", "app.field.required")), validate(m, 150));
    }

    @Test
    void aTeacherChoosesUpTo150SchoolsAndAtaUpTo30() {
        Map<String, String> m = withSchools(valid(), 150);
        assertEquals(List.of(), validate(m, 150));
        m.put("gpsProfile", "ATA");
        m.put("cls01Code", "CS");
        m.put("serv01Class", "CS");
        assertEquals(List.of(new ApplicationForms.Problem("schools", "sch031", "app.gps.tooManySchools")),
                validate(m, 150));
        assertEquals(List.of(), validate(withSchools(new HashMap<>(m), 30).entrySet().stream()
                .filter(e -> !e.getKey().matches("sch(0[3-9]\\d|1\\d\\d)") || e.getKey().compareTo("sch031") < 0)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), 150));
        assertEquals(30, ApplicationForms.maxSchools("ATA", 150));
        assertEquals(150, ApplicationForms.maxSchools("DOCENTE", 0));
        assertEquals(20, ApplicationForms.maxSchools("DOCENTE", 20));
    }

    @Test
    void duplicateSchoolsAndAnEmptyChoiceAreRefused() {
        Map<String, String> m = valid();
        m.put("sch003", "RMPS01000G");
        assertEquals(List.of(new ApplicationForms.Problem("schools", "sch003", "app.gps.schoolDuplicate")), validate(m, 150));
        m.keySet().removeIf(k -> k.startsWith("sch"));
        assertTrue(validate(m, 150).contains(new ApplicationForms.Problem("schools", "sch001", "app.gps.noSchools")));
    }

    @Test
    void onlyTheFormsFieldsAreKept() {
        Map<String, String> m = valid();
        m.put("sch151", "RMPS01000G");
        m.put("cls06Code", "A022");
        FormData clean = ApplicationForms.clean(ProcedureKind.GPS, m);
        assertEquals(null, clean.get("sch151"));
        assertEquals(null, clean.get("cls06Code"));
        assertEquals("RM", clean.get("province"));
    }

    @Test
    void preferenceTitlesAreCodesOfTheLegalList() {
        FormData data = FormData.of(Map.of("prefTitles", "P05, P17,P05,"));
        assertEquals(List.of("P05", "P17"), ApplicationForms.preferenceTitles(data));
    }
}
