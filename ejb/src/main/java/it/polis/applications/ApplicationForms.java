package it.polis.applications;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms of each kind: their steps, fields and rules. Drafts keep whatever was typed (within size
 * limits); {@link #validate} is what a submit needs. Message keys are those of the applications bundle.
 */
public final class ApplicationForms {

    /** A field at fault and the message key that says why. */
    public record Problem(String step, String field, String messageKey) implements Serializable {
    }

    /** One step of a form: its name (also the page's anchor) and its fields in order. */
    public record Step(String name, List<String> fields) implements Serializable {
    }

    /** Reference data a form is checked against (regions, subject classes). */
    public interface Lookup {
        boolean region(String code);

        boolean subjectClass(String code);

        /** A transfer preference ("SCHOOL:code", "COMUNE:name", "DISTRETTO:code", "PROVINCIA:code") exists. */
        default boolean place(String preference) {
            return true;
        }

        default boolean school(String code) {
            return true;
        }

        default boolean province(String code) {
            return true;
        }

        /** An ATA profile (AA, AT, CS...), the "subject class" of the ATA variant of GPS. */
        default boolean ataProfile(String code) {
            return true;
        }

        /** A legal preference title (DPR 487/1994 art. 5) by its code. */
        default boolean preferenceTitle(String code) {
            return true;
        }

        /** Accepts any code (unit tests of the other rules). */
        Lookup ANY = new Lookup() {
            @Override
            public boolean region(String code) {
                return true;
            }

            @Override
            public boolean subjectClass(String code) {
                return true;
            }
        };
    }

    public static final int MAX_VALUE_LENGTH = 2000;
    public static final int MAX_TEXT = 200;

    /**
     * The procedure's own declarations (one a line of {@link Procedure#getDeclarations()}, at most
     * five): a check box each on the declarations step of every kind, all needed for a submit.
     */
    public static final int MAX_PROCEDURE_DECLARATIONS = 5;
    public static final List<String> PROCEDURE_DECLARATIONS = java.util.stream.IntStream
            .rangeClosed(1, MAX_PROCEDURE_DECLARATIONS).mapToObj(i -> "procDecl" + i).toList();

    /** Fields that are check boxes ("true" when ticked, absent otherwise). */
    public static final Set<String> BOOLEAN_FIELDS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("declTruthful", "declContributions", "declPrivacy", "declRequirements",
                    "degreeHonours"), PROCEDURE_DECLARATIONS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    public static final List<String> RETIREMENT_KINDS = List.of("VECCHIAIA", "ANTICIPATA", "QUOTA_103",
            "OPZIONE_DONNA", "DIMISSIONI");
    public static final List<String> STAFF_ROLES = List.of("DOCENTE", "ATA", "DIRIGENTE");
    public static final List<String> RETIREMENT_DECLARATIONS = List.of("declTruthful", "declContributions",
            "declPrivacy");

    private static final List<Step> RETIREMENT = List.of(
            new Step("kind", List.of("retirementKind", "staffRole")),
            new Step("date", List.of("leaveDate", "currentSchool")),
            declarationsStep("declTruthful", "declContributions", "declPrivacy"));

    public static final int MAX_TRANSFER_PREFERENCES = 15;
    public static final List<String> PREFERENCE_TYPES = List.of("SCHOOL", "COMUNE", "DISTRETTO", "PROVINCIA");
    public static final List<String> FAMILY_REASONS = List.of("NONE", "SPOUSE", "CHILDREN", "PARENTS");
    public static final List<String> TRANSFER_DECLARATIONS = List.of("declTruthful", "declPrivacy");

    private static final List<Step> TRANSFER = List.of(
            new Step("current", List.of("serviceSchool", "serviceYears", "familyReason", "childrenUnder6",
                    "children6to17")),
            new Step("preferences", preferenceFields()),
            declarationsStep("declTruthful", "declPrivacy"));

    public static final List<String> COMPETITION_DECLARATIONS = List.of("declTruthful", "declRequirements",
            "declPrivacy");

    private static final List<Step> COMPETITION = List.of(
            new Step("competition", List.of("region", "subjectClass")),
            new Step("titles", List.of("degreeTitle", "degreeGrade", "degreeHonours", "degreeDate",
                    "degreeInstitution")),
            declarationsStep("declTruthful", "declRequirements", "declPrivacy"));

    // ---- GPS insertion/update -----------------------------------------------------------------------

    public static final int MAX_GPS_SCHOOLS = 150;
    public static final int MAX_ATA_SCHOOLS = 30;
    public static final int MAX_GPS_CLASSES = 5;
    public static final int MAX_QUALIFICATIONS = 10;
    public static final int MAX_SERVICES = 20;
    public static final List<String> GPS_PROFILES = List.of("DOCENTE", "ATA");
    public static final List<String> GPS_BANDS = List.of("1", "2");
    public static final List<String> GPS_DECLARATIONS = List.of("declTruthful", "declPrivacy");
    /** Kinds of declared title, as the rankings' scoring rules name them ({@code rnk_rule.qual_type}). */
    public static final List<String> QUALIFICATION_TYPES = List.of("ACCESS", "TEACHING", "PHD", "MASTER",
            "SPECIALISATION", "CERTIFICATION");
    public static final int MAX_GPS_CHILDREN = 20;
    /** Repeated rows: prefix, how many at most, and the fields of a row (e.g. qual01Title). */
    public static final Map<String, List<String>> GPS_ROWS = Map.of(
            "cls", List.of("Code", "Band"),
            "qual", List.of("Type", "Title", "Grade", "Date", "Institution"),
            "serv", List.of("School", "From", "To", "Class"));
    private static final Map<String, Integer> GPS_ROW_MAX = Map.of("cls", MAX_GPS_CLASSES,
            "qual", MAX_QUALIFICATIONS, "serv", MAX_SERVICES);

    private static final List<Step> GPS = List.of(
            new Step("province", List.of("gpsProfile", "province", "children", "prefTitles")),
            new Step("classes", rowFields("cls")),
            new Step("qualifications", rowFields("qual")),
            new Step("services", rowFields("serv")),
            new Step("schools", schoolFields()),
            declarationsStep("declTruthful", "declPrivacy"));

    private static final Pattern SCHOOL_CODE = Pattern.compile("[A-Z]{2}[A-Z0-9]{8}");

    private ApplicationForms() {
    }

    /** The declarations step: the kind's fixed declarations, the procedure's own ones, then notes. */
    private static Step declarationsStep(String... fixed) {
        List<String> fields = new ArrayList<>(List.of(fixed));
        fields.addAll(PROCEDURE_DECLARATIONS);
        fields.add("notes");
        return new Step("declarations", List.copyOf(fields));
    }

    /** The procedure's declarations: its non-blank lines, at most {@link #MAX_PROCEDURE_DECLARATIONS}. */
    public static List<String> procedureDeclarations(String declarations) {
        if (declarations == null) {
            return List.of();
        }
        return declarations.lines().map(String::strip).filter(l -> !l.isEmpty())
                .limit(MAX_PROCEDURE_DECLARATIONS).toList();
    }

    /** The steps of a kind's form (only RETIREMENT has one yet; the others get an empty list). */
    public static List<Step> steps(ProcedureKind kind) {
        return switch (kind) {
            case RETIREMENT -> RETIREMENT;
            case COMPETITION -> COMPETITION;
            case TRANSFER -> TRANSFER;
            case GPS -> GPS;
            default -> List.of();
        };
    }

    public static boolean isBoolean(String field) {
        return BOOLEAN_FIELDS.contains(field);
    }

    public static boolean supported(ProcedureKind kind) {
        return !steps(kind).isEmpty();
    }

    /** Keeps only the kind's fields, trimmed, each within the size limit (what a draft may hold). */
    public static FormData clean(ProcedureKind kind, Map<String, String> typed) {
        Set<String> known = new java.util.HashSet<>();
        steps(kind).forEach(s -> known.addAll(s.fields()));
        Map<String, String> kept = new java.util.HashMap<>();
        typed.forEach((k, v) -> {
            if (known.contains(k) && v != null && !v.isBlank()) {
                String value = v.strip();
                kept.put(k, value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) : value);
            }
        });
        return FormData.of(kept);
    }

    /** What is missing or wrong for a submit; empty when the form may be sent. */
    public static List<Problem> validate(ProcedureKind kind, FormData data, LocalDate today) {
        return validate(kind, data, today, Lookup.ANY);
    }

    public static List<Problem> validate(ProcedureKind kind, FormData data, LocalDate today, Lookup lookup) {
        return validate(kind, data, today, lookup, 0);
    }

    public static List<Problem> validate(ProcedureKind kind, FormData data, LocalDate today, Lookup lookup,
                                         int maxPreferences) {
        return validate(kind, data, today, lookup, maxPreferences, 0);
    }

    /**
     * {@code maxPreferences}: the procedure's maximum (0: the kind's own); {@code procedureDeclarations}:
     * how many declarations of its own the procedure asks (each must be ticked).
     */
    public static List<Problem> validate(ProcedureKind kind, FormData data, LocalDate today, Lookup lookup,
                                         int maxPreferences, int procedureDeclarations) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < Math.min(procedureDeclarations, MAX_PROCEDURE_DECLARATIONS); i++) {
            if (!data.isTrue(PROCEDURE_DECLARATIONS.get(i))) {
                problems.add(new Problem("declarations", PROCEDURE_DECLARATIONS.get(i), "app.field.declaration"));
            }
        }
        if (kind == ProcedureKind.GPS) {
            gps(problems, data, today, lookup, maxPreferences);
        } else if (kind == ProcedureKind.COMPETITION) {
            competition(problems, data, today, lookup);
        } else if (kind == ProcedureKind.TRANSFER) {
            transfer(problems, data, lookup, maxPreferences);
        } else if (kind == ProcedureKind.RETIREMENT) {
            oneOf(problems, "kind", "retirementKind", data, RETIREMENT_KINDS);
            oneOf(problems, "kind", "staffRole", data, STAFF_ROLES);
            String date = data.get("leaveDate");
            if (date == null) {
                problems.add(new Problem("date", "leaveDate", "app.field.required"));
            } else {
                try {
                    LocalDate d = LocalDate.parse(date);
                    if (d.getMonth() != Month.SEPTEMBER || d.getDayOfMonth() != 1) {
                        problems.add(new Problem("date", "leaveDate", "app.retirement.leaveDate.firstSeptember"));
                    } else if (!d.isAfter(today)) {
                        problems.add(new Problem("date", "leaveDate", "app.retirement.leaveDate.future"));
                    } else if (d.isAfter(today.plusYears(3))) {
                        problems.add(new Problem("date", "leaveDate", "app.retirement.leaveDate.tooFar"));
                    }
                } catch (DateTimeParseException e) {
                    problems.add(new Problem("date", "leaveDate", "app.field.date"));
                }
            }
            String school = data.get("currentSchool");
            if (school == null) {
                problems.add(new Problem("date", "currentSchool", "app.field.required"));
            } else if (!SCHOOL_CODE.matcher(school.toUpperCase(java.util.Locale.ROOT)).matches()) {
                problems.add(new Problem("date", "currentSchool", "app.field.schoolCode"));
            }
            for (String decl : RETIREMENT_DECLARATIONS) {
                if (!data.isTrue(decl)) {
                    problems.add(new Problem("declarations", decl, "app.field.declaration"));
                }
            }
            String notes = data.get("notes");
            if (notes != null && notes.length() > 1000) {
                problems.add(new Problem("declarations", "notes", "app.field.tooLong"));
            }
        } else {
            problems.add(new Problem("", "", "app.kind.notYet"));
        }
        return problems;
    }

    private static void competition(List<Problem> problems, FormData data, LocalDate today, Lookup lookup) {
        String region = data.get("region");
        if (region == null) {
            problems.add(new Problem("competition", "region", "app.field.required"));
        } else if (!lookup.region(region)) {
            problems.add(new Problem("competition", "region", "app.field.choice"));
        }
        String subject = data.get("subjectClass");
        if (subject == null) {
            problems.add(new Problem("competition", "subjectClass", "app.field.required"));
        } else if (!lookup.subjectClass(subject)) {
            problems.add(new Problem("competition", "subjectClass", "app.field.choice"));
        }
        text(problems, "titles", "degreeTitle", data);
        String grade = data.get("degreeGrade");
        if (grade == null) {
            problems.add(new Problem("titles", "degreeGrade", "app.field.required"));
        } else {
            int g;
            try {
                g = Integer.parseInt(grade.trim());
            } catch (NumberFormatException e) {
                g = -1;
            }
            if (g < 66 || g > 110) {
                problems.add(new Problem("titles", "degreeGrade", "app.competition.grade"));
            } else if (data.isTrue("degreeHonours") && g != 110) {
                problems.add(new Problem("titles", "degreeHonours", "app.competition.honours"));
            }
        }
        String date = data.get("degreeDate");
        if (date == null) {
            problems.add(new Problem("titles", "degreeDate", "app.field.required"));
        } else {
            try {
                LocalDate d = LocalDate.parse(date);
                if (d.isAfter(today)) {
                    problems.add(new Problem("titles", "degreeDate", "app.field.pastDate"));
                } else if (d.isBefore(LocalDate.of(1950, 1, 1))) {
                    problems.add(new Problem("titles", "degreeDate", "app.field.date"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new Problem("titles", "degreeDate", "app.field.date"));
            }
        }
        text(problems, "titles", "degreeInstitution", data);
        for (String decl : COMPETITION_DECLARATIONS) {
            if (!data.isTrue(decl)) {
                problems.add(new Problem("declarations", decl, "app.field.declaration"));
            }
        }
        String notes = data.get("notes");
        if (notes != null && notes.length() > 1000) {
            problems.add(new Problem("declarations", "notes", "app.field.tooLong"));
        }
    }

    /** pref01 ... pref15: the ordered preferences of a transfer request. */
    public static List<String> preferenceFields() {
        List<String> fields = new ArrayList<>();
        for (int i = 1; i <= MAX_TRANSFER_PREFERENCES; i++) {
            fields.add(String.format("pref%02d", i));
        }
        return fields;
    }

    /** The preferences in order (gaps closed). */
    public static List<String> preferences(FormData data) {
        List<String> prefs = new ArrayList<>();
        for (String f : preferenceFields()) {
            if (data.get(f) != null) {
                prefs.add(data.get(f));
            }
        }
        return prefs;
    }

    private static void transfer(List<Problem> problems, FormData data, Lookup lookup, int procedureMax) {
        String school = data.get("serviceSchool");
        if (school == null) {
            problems.add(new Problem("current", "serviceSchool", "app.field.required"));
        } else if (!SCHOOL_CODE.matcher(school.toUpperCase(java.util.Locale.ROOT)).matches()) {
            problems.add(new Problem("current", "serviceSchool", "app.field.schoolCode"));
        } else if (!lookup.school(school.toUpperCase(java.util.Locale.ROOT))) {
            problems.add(new Problem("current", "serviceSchool", "app.field.schoolUnknown"));
        }
        String years = data.get("serviceYears");
        if (years == null) {
            problems.add(new Problem("current", "serviceYears", "app.field.required"));
        } else if (!years.matches("\\d{1,2}") || Integer.parseInt(years) > 45) {
            problems.add(new Problem("current", "serviceYears", "app.transfer.years"));
        }
        oneOf(problems, "current", "familyReason", data, FAMILY_REASONS);
        boolean childrenOk = true;
        for (String f : List.of("childrenUnder6", "children6to17")) {
            String n = data.get(f);
            if (n != null && (!n.matches("\\d{1,2}") || Integer.parseInt(n) > TransferPoints.MAX_CHILDREN)) {
                problems.add(new Problem("current", f, "app.transfer.children"));
                childrenOk = false;
            }
        }
        if (childrenOk && "CHILDREN".equals(data.get("familyReason"))
                && TransferPoints.count(data, "childrenUnder6") + TransferPoints.count(data, "children6to17") == 0) {
            problems.add(new Problem("current", "childrenUnder6", "app.transfer.childrenNeeded"));
        }
        List<String> prefs = preferences(data);
        if (prefs.isEmpty()) {
            problems.add(new Problem("preferences", "pref01", "app.transfer.noPreferences"));
        }
        // The procedure may allow fewer than the form holds; checked again at every submit.
        int max = procedureMax > 0 ? Math.min(procedureMax, MAX_TRANSFER_PREFERENCES) : MAX_TRANSFER_PREFERENCES;
        if (prefs.size() > max) {
            problems.add(new Problem("preferences", String.format("pref%02d", max + 1), "app.transfer.tooMany"));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < prefs.size(); i++) {
            String p = prefs.get(i);
            String field = String.format("pref%02d", i + 1);
            int colon = p.indexOf(':');
            if (colon < 0 || !PREFERENCE_TYPES.contains(p.substring(0, colon)) || !lookup.place(p)) {
                problems.add(new Problem("preferences", field, "app.transfer.preferenceUnknown"));
            } else if (!seen.add(p.toUpperCase(java.util.Locale.ROOT))) {
                problems.add(new Problem("preferences", field, "app.transfer.duplicate"));
            } else if (p.equalsIgnoreCase("SCHOOL:" + school)) {
                problems.add(new Problem("preferences", field, "app.transfer.ownSchool"));
            }
        }
        for (String decl : TRANSFER_DECLARATIONS) {
            if (!data.isTrue(decl)) {
                problems.add(new Problem("declarations", decl, "app.field.declaration"));
            }
        }
        String notes = data.get("notes");
        if (notes != null && notes.length() > 1000) {
            problems.add(new Problem("declarations", "notes", "app.field.tooLong"));
        }
    }

    /** The fields of the rows of a repeated section: cls01Code, cls01Band, cls02Code... */
    public static List<String> rowFields(String prefix) {
        List<String> fields = new ArrayList<>();
        for (int i = 1; i <= GPS_ROW_MAX.get(prefix); i++) {
            for (String f : GPS_ROWS.get(prefix)) {
                fields.add(rowField(prefix, i, f));
            }
        }
        return fields;
    }

    public static String rowField(String prefix, int row, String field) {
        return String.format("%s%02d%s", prefix, row, field);
    }

    public static int maxRows(String prefix) {
        return GPS_ROW_MAX.get(prefix);
    }

    /** The numbers (from 1) of the rows of a section that hold anything. */
    public static List<Integer> filledRows(Map<String, String> data, String prefix) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 1; i <= GPS_ROW_MAX.get(prefix); i++) {
            for (String f : GPS_ROWS.get(prefix)) {
                String v = data.get(rowField(prefix, i, f));
                if (v != null && !v.isBlank()) {
                    rows.add(i);
                    break;
                }
            }
        }
        return rows;
    }

    /** The legal preference titles a GPS form declares (codes, comma separated in one field). */
    public static List<String> preferenceTitles(FormData data) {
        String v = data.get("prefTitles");
        if (v == null) {
            return List.of();
        }
        return java.util.Arrays.stream(v.split(",")).map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
    }

    /** sch001 ... sch150: the ordered school choice of a GPS application. */
    public static List<String> schoolFields() {
        List<String> fields = new ArrayList<>();
        for (int i = 1; i <= MAX_GPS_SCHOOLS; i++) {
            fields.add(String.format("sch%03d", i));
        }
        return fields;
    }

    /** The chosen schools in order (gaps closed). */
    public static List<String> schools(Map<String, String> data) {
        List<String> codes = new ArrayList<>();
        for (String f : schoolFields()) {
            String v = data.get(f);
            if (v != null && !v.isBlank()) {
                codes.add(v);
            }
        }
        return codes;
    }

    /** How many schools a GPS application may choose: the procedure's maximum, at most 30 for ATA. */
    public static int maxSchools(String profile, int procedureMax) {
        int max = procedureMax <= 0 || procedureMax > MAX_GPS_SCHOOLS ? MAX_GPS_SCHOOLS : procedureMax;
        return "ATA".equals(profile) ? Math.min(max, MAX_ATA_SCHOOLS) : max;
    }

    private static void gps(List<Problem> problems, FormData data, LocalDate today, Lookup lookup, int procedureMax) {
        oneOf(problems, "province", "gpsProfile", data, GPS_PROFILES);
        boolean ata = "ATA".equals(data.get("gpsProfile"));
        String province = data.get("province");
        if (province == null) {
            problems.add(new Problem("province", "province", "app.field.required"));
        } else if (!lookup.province(province)) {
            problems.add(new Problem("province", "province", "app.field.choice"));
        }
        // What the ranking ties need: children (blank is none) and the legal preference titles declared.
        String children = data.get("children");
        if (children != null && (!children.matches("\\d{1,2}") || Integer.parseInt(children) > MAX_GPS_CHILDREN)) {
            problems.add(new Problem("province", "children", "app.gps.children"));
        }
        for (String code : preferenceTitles(data)) {
            if (!lookup.preferenceTitle(code)) {
                problems.add(new Problem("province", "prefTitles", "app.field.choice"));
                break;
            }
        }
        Map<String, String> m = data.asMap();
        List<Integer> classes = filledRows(m, "cls");
        if (classes.isEmpty()) {
            problems.add(new Problem("classes", "cls01Code", "app.gps.noClasses"));
        }
        Set<String> seenClasses = new java.util.HashSet<>();
        for (int i : classes) {
            String code = data.get(rowField("cls", i, "Code"));
            String codeField = rowField("cls", i, "Code");
            if (code == null) {
                problems.add(new Problem("classes", codeField, "app.field.required"));
            } else if (ata ? !lookup.ataProfile(code) : !lookup.subjectClass(code)) {
                problems.add(new Problem("classes", codeField, "app.field.choice"));
            } else if (!seenClasses.add(code)) {
                problems.add(new Problem("classes", codeField, "app.gps.classDuplicate"));
            }
            String band = data.get(rowField("cls", i, "Band"));
            if (band == null) {
                problems.add(new Problem("classes", rowField("cls", i, "Band"), "app.field.required"));
            } else if (!GPS_BANDS.contains(band)) {
                problems.add(new Problem("classes", rowField("cls", i, "Band"), "app.field.choice"));
            }
        }
        List<Integer> quals = filledRows(m, "qual");
        if (quals.isEmpty()) {
            problems.add(new Problem("qualifications", "qual01Title", "app.gps.noQualifications"));
        }
        for (int i : quals) {
            oneOf(problems, "qualifications", rowField("qual", i, "Type"), data, QUALIFICATION_TYPES);
            text(problems, "qualifications", rowField("qual", i, "Title"), data);
            String gradeField = rowField("qual", i, "Grade");
            String grade = data.get(gradeField);
            if (grade == null) {
                problems.add(new Problem("qualifications", gradeField, "app.field.required"));
            } else if (!grade.matches("\\d{1,3}") || Integer.parseInt(grade) < 1 || Integer.parseInt(grade) > 110) {
                problems.add(new Problem("qualifications", gradeField, "app.gps.grade"));
            }
            pastDate(problems, "qualifications", rowField("qual", i, "Date"), data, today);
            text(problems, "qualifications", rowField("qual", i, "Institution"), data);
        }
        for (int i : filledRows(m, "serv")) {
            String schoolField = rowField("serv", i, "School");
            String school = data.get(schoolField);
            if (school == null) {
                problems.add(new Problem("services", schoolField, "app.field.required"));
            } else if (!SCHOOL_CODE.matcher(school.toUpperCase(java.util.Locale.ROOT)).matches()) {
                problems.add(new Problem("services", schoolField, "app.field.schoolCode"));
            } else if (!lookup.school(school.toUpperCase(java.util.Locale.ROOT))) {
                problems.add(new Problem("services", schoolField, "app.field.schoolUnknown"));
            }
            LocalDate from = pastDate(problems, "services", rowField("serv", i, "From"), data, today);
            LocalDate to = pastDate(problems, "services", rowField("serv", i, "To"), data, today);
            if (from != null && to != null && from.isAfter(to)) {
                problems.add(new Problem("services", rowField("serv", i, "To"), "app.gps.serviceOrder"));
            }
            String classField = rowField("serv", i, "Class");
            String cls = data.get(classField);
            if (cls == null) {
                problems.add(new Problem("services", classField, "app.field.required"));
            } else if (ata ? !lookup.ataProfile(cls) : !lookup.subjectClass(cls)) {
                problems.add(new Problem("services", classField, "app.field.choice"));
            }
        }
        List<String> schools = schools(m);
        int max = maxSchools(data.get("gpsProfile"), procedureMax);
        if (schools.isEmpty()) {
            problems.add(new Problem("schools", "sch001", "app.gps.noSchools"));
        } else if (schools.size() > max) {
            problems.add(new Problem("schools", String.format("sch%03d", max + 1), "app.gps.tooManySchools"));
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < schools.size(); i++) {
            String code = schools.get(i).toUpperCase(java.util.Locale.ROOT);
            String field = String.format("sch%03d", i + 1);
            if (!SCHOOL_CODE.matcher(code).matches() || !lookup.school(code)) {
                problems.add(new Problem("schools", field, "app.field.schoolUnknown"));
            } else if (!seen.add(code)) {
                problems.add(new Problem("schools", field, "app.gps.schoolDuplicate"));
            }
        }
        for (String decl : GPS_DECLARATIONS) {
            if (!data.isTrue(decl)) {
                problems.add(new Problem("declarations", decl, "app.field.declaration"));
            }
        }
        String notes = data.get("notes");
        if (notes != null && notes.length() > 1000) {
            problems.add(new Problem("declarations", "notes", "app.field.tooLong"));
        }
    }

    /** A required date not after today (and not before 1950); the date, or null when at fault. */
    private static LocalDate pastDate(List<Problem> problems, String step, String field, FormData data, LocalDate today) {
        String v = data.get(field);
        if (v == null) {
            problems.add(new Problem(step, field, "app.field.required"));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v);
            if (d.isAfter(today)) {
                problems.add(new Problem(step, field, "app.field.pastDate"));
                return null;
            }
            if (d.isBefore(LocalDate.of(1950, 1, 1))) {
                problems.add(new Problem(step, field, "app.field.date"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(new Problem(step, field, "app.field.date"));
            return null;
        }
    }

    private static void text(List<Problem> problems, String step, String field, FormData data) {
        String v = data.get(field);
        if (v == null) {
            problems.add(new Problem(step, field, "app.field.required"));
        } else if (v.length() > MAX_TEXT) {
            problems.add(new Problem(step, field, "app.field.tooLong"));
        }
    }

    private static void oneOf(List<Problem> problems, String step, String field, FormData data, List<String> allowed) {
        String v = data.get(field);
        if (v == null) {
            problems.add(new Problem(step, field, "app.field.required"));
        } else if (!allowed.contains(v)) {
            problems.add(new Problem(step, field, "app.field.choice"));
        }
    }
}
