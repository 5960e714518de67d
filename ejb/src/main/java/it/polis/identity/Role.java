package it.polis.identity;

/**
 * Roles enforced on the server ({@code @RolesAllowed}, web constraints). The names are the
 * group names the identity stores hand to Jakarta Security.
 */
public final class Role {

    public static final String CITIZEN = "CITIZEN";
    /** A citizen whose registration is not complete yet (email to confirm, identification to do). */
    public static final String CITIZEN_PENDING = "CITIZEN_PENDING";
    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String PROCEDURE_ADMIN = "PROCEDURE_ADMIN";
    public static final String RANKING_PUBLISHER = "RANKING_PUBLISHER";
    public static final String RANKING_APPROVER = "RANKING_APPROVER";
    public static final String CAMPAIGN_MANAGER = "CAMPAIGN_MANAGER";
    public static final String HELP_DESK = "HELP_DESK";

    private Role() {
    }
}
