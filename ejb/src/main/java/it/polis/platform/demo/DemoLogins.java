package it.polis.platform.demo;

import java.util.List;

/**
 * The demo accounts of the default run and the test run, in one place: {@link DemoData} creates
 * them and the run command prints them. Plain Java so the launcher can read it without a server.
 */
public final class DemoLogins {

    public static final String SCHOOL_PASSWORD = "Scuola-Demo-2026";
    public static final String OPERATOR_PASSWORD = "Ministero-Demo-2026";
    public static final String CITIZEN_PASSWORD = "Cittadino-Demo-2026";
    public static final String CITIZEN_USERNAME = "mario.rossi";
    /** The demo citizen's personal code (CP), asked at every submit. */
    public static final String CITIZEN_PERSONAL_CODE = "CodiceDemo2026";
    public static final String CITIZEN_CF = "RSSMRA80A01H501U";
    public static final String CITIZEN_SECURITY_QUESTION = "Nome del mio primo insegnante";
    public static final String CITIZEN_SECURITY_ANSWER = "Maestra Lucia";

    public record School(String code, String name, String type, String comune, String province, String distretto) {
    }

    public record Operator(String username, String name, String role) {
    }

    public static final List<School> SCHOOLS = List.of(
            new School("RMIC81200D", "Istituto Comprensivo Via Anagnina", "IC", "Roma", "RM", "012"),
            new School("RMPS01000G", "Liceo Scientifico Statale Galileo Galilei", "PS", "Roma", "RM", "009"),
            new School("MIEE01200B", "Scuola Primaria Statale Giuseppe Mazzini", "EE", "Milano", "MI", "080"),
            new School("NAIS00300X", "Istituto di Istruzione Superiore Archimede", "IS", "Napoli", "NA", "040"),
            new School("TOMM00100C", "Scuola Secondaria di I grado Alfieri", "MM", "Torino", "TO", "003"));

    // Role names as in it.polis.identity.Role (kept as literals so this class stays dependency-free).
    public static final List<Operator> OPERATORS = List.of(
            new Operator("admin.ministero", "Amministratore Ministero", "ADMINISTRATOR"),
            new Operator("procedure.admin", "Gestore Procedure", "PROCEDURE_ADMIN"),
            new Operator("graduatorie.pubblica", "Pubblicatore Graduatorie", "RANKING_PUBLISHER"),
            new Operator("graduatorie.approva", "Approvatore Graduatorie", "RANKING_APPROVER"),
            new Operator("campagne", "Gestore Campagne Email", "CAMPAIGN_MANAGER"),
            new Operator("helpdesk", "Assistenza Ministero", "HELP_DESK"));

    private DemoLogins() {
    }
}
