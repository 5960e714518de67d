package it.polis.platform.demo;

import java.util.List;

/**
 * The demo staff of the staff directory (the in-memory LDAP server of the default run and the test
 * run, seeded from {@code staff-directory.ldif} in the tools module): who they are, their CF and
 * mailbox password, and the portal role of the account linked to them (null: no portal account).
 * Plain Java so the launcher can print them.
 */
public final class StaffDirectoryLogins {

    public static final String PASSWORD = "Istruzione-Demo-2026";
    public static final String BASE_DN = "ou=people,dc=istruzione,dc=it";

    public record Person(String uid, String name, String codiceFiscale, String role) {

        public String mailbox() {
            return uid + "@istruzione.it";
        }
    }

    public static final List<Person> PEOPLE = List.of(
            new Person("mario.bianchi", "Mario Bianchi", "BNCMRA75C15H501V", "HELP_DESK"),
            new Person("anna.verdi", "Anna Verdi", "VRDNNA82L62F205W", "ADMINISTRATOR"),
            new Person("luca.neri", "Luca Neri", "NRELCU90S02F839M", null));

    /** Schools of the reference data without a secretariat account yet (the administration creates it). */
    public static final List<DemoLogins.School> SCHOOLS_WITHOUT_ACCOUNT = List.of(
            new DemoLogins.School("RMIS09400V", "Istituto di Istruzione Superiore Enrico Fermi", "IS", "Roma", "RM", "010"),
            new DemoLogins.School("MIPS11000C", "Liceo Scientifico Statale Alessandro Volta", "PS", "Milano", "MI", "081"),
            new DemoLogins.School("RMEE05100Q", "Scuola Primaria Statale Trilussa", "EE", "Roma", "RM", "011"));

    private StaffDirectoryLogins() {
    }
}
