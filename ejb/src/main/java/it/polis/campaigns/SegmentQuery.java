package it.polis.campaigns;

import it.polis.platform.InstantConverter;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A segment as one native SQL query over portal data (portable between Oracle and H2 in Oracle mode),
 * selecting {@code account_id, email, locale, procedure_id, application_id}: the audience of a campaign.
 *
 * <p>Everyone is mailed at the account's primary address ({@code account.email}), and never when that
 * address bounced or (except for {@link Segment#UNVERIFIED_EMAIL}) is not verified: a contact_email row
 * for it that is not VERIFIED keeps the account out. Where the portal knows the role: the profile
 * (DOCENTE or ATA) of the person's submitted GPS application ({@code gps_application.profile}, V21);
 * the province: the postal address of the contact data ({@code contact_details.province}).
 * Informational campaigns leave out everyone who opted out ({@code campaign_optout}).
 */
public final class SegmentQuery {

    public static final Set<String> ROLES = Set.of("DOCENTE", "ATA");
    public static final int MAX_HOURS = 24 * 60;
    private static final Pattern PROVINCE = Pattern.compile("[A-Z]{2}");
    private static final InstantConverter TIME = new InstantConverter();

    /** A segment and its parameters. */
    public record Params(Segment segment, String province, String role, Long procedureId, Integer hours)
            implements Serializable {

        /**
         * The parameters the segment needs, checked; a normalised copy. The procedure is kept for every
         * segment: outside the application segments it is what {{procedure}} and {{deadline}} tell.
         *
         * @throws CampaignRejected a missing or bad parameter (field: segment, province, role, procedure, hours)
         */
        public Params checked() {
            if (segment == null) {
                throw new CampaignRejected("segment", "cmp.segment.required");
            }
            String p = province == null ? null : province.strip().toUpperCase(Locale.ROOT);
            if (segment.needsProvince() && (p == null || !PROVINCE.matcher(p).matches())) {
                throw new CampaignRejected("province", "cmp.province.invalid");
            }
            if (segment.needsRole() && (role == null || !ROLES.contains(role))) {
                throw new CampaignRejected("role", "cmp.role.required");
            }
            if (segment.needsProcedure() && procedureId == null) {
                throw new CampaignRejected("procedure", "cmp.procedure.required");
            }
            if (segment.needsHours() && (hours == null || hours < 1 || hours > MAX_HOURS)) {
                throw new CampaignRejected("hours", "cmp.hours.range");
            }
            return new Params(segment, segment.needsProvince() ? p : null, segment.needsRole() ? role : null,
                    procedureId, segment.needsHours() ? hours : null);
        }
    }

    /** SQL text and its positional parameters, in order. */
    public record Sql(String text, List<Object> params) {
    }

    private SegmentQuery() {
    }

    /** The audience query for checked parameters at the given instant (drafts segment: closing within N hours of it). */
    public static Sql audience(Params p, CampaignKind kind, Instant now) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        String cols = "SELECT a.id AS account_id, a.email AS email, a.locale AS locale, ";
        switch (p.segment()) {
            case APPLICANTS -> {
                sql.append(cols).append("ap.procedure_id AS procedure_id, ap.id AS application_id FROM account a")
                        .append(" JOIN app_application ap ON ap.account_id = a.id")
                        .append(" WHERE ap.procedure_id = ? AND ap.state = 'SUBMITTED' AND a.state = 'ACTIVE'");
                params.add(p.procedureId());
            }
            case DRAFTS_CLOSING -> {
                java.sql.Timestamp from = time(now);
                java.sql.Timestamp until = time(now.plus(Duration.ofHours(p.hours())));
                sql.append(cols).append("ap.procedure_id AS procedure_id, ap.id AS application_id FROM account a")
                        .append(" JOIN app_application ap ON ap.account_id = a.id")
                        .append(" WHERE a.state = 'ACTIVE' AND ap.id = (SELECT MIN(d.id) FROM app_application d")
                        .append(" JOIN app_procedure pr ON pr.id = d.procedure_id WHERE d.account_id = a.id")
                        .append(" AND d.state = 'DRAFT' AND pr.closes_at > ? AND pr.closes_at <= ?");
                params.add(from);
                params.add(until);
                if (p.procedureId() != null) {
                    sql.append(" AND d.procedure_id = ?");
                    params.add(p.procedureId());
                }
                sql.append(')');
            }
            default -> {
                Long procedure = p.procedureId();
                if (procedure == null) {
                    sql.append(cols).append("CAST(NULL AS NUMBER(19)) AS procedure_id");
                } else {
                    sql.append(cols).append("CAST(? AS NUMBER(19)) AS procedure_id");
                    params.add(procedure);
                }
                sql.append(", CAST(NULL AS NUMBER(19)) AS application_id FROM account a WHERE ");
                switch (p.segment()) {
                    case ALL_ACTIVE -> sql.append("a.state = 'ACTIVE'");
                    case PROVINCE -> {
                        sql.append("a.state = 'ACTIVE' AND EXISTS (SELECT 1 FROM contact_details cd")
                                .append(" WHERE cd.account_id = a.id AND UPPER(cd.province) = ?)");
                        params.add(p.province());
                    }
                    case ROLE -> {
                        sql.append("a.state = 'ACTIVE' AND EXISTS (SELECT 1 FROM app_application g1")
                                .append(" JOIN app_submission s ON s.active_application_id = g1.id")
                                .append(" JOIN gps_application g ON g.submission_id = s.id")
                                .append(" WHERE g1.account_id = a.id AND g.profile = ?)");
                        params.add(p.role());
                    }
                    case UNVERIFIED_EMAIL -> sql.append("(a.state = 'REGISTERED' OR (a.state IN ('ACTIVE', 'EMAIL_CONFIRMED')")
                            .append(" AND EXISTS (SELECT 1 FROM contact_email pe WHERE pe.account_id = a.id")
                            .append(" AND pe.status = 'PENDING')))");
                    default -> throw new IllegalStateException(p.segment().name());
                }
            }
        }
        sql.append(" AND a.kind = 'CITIZEN' AND a.email IS NOT NULL");
        if (p.segment() == Segment.UNVERIFIED_EMAIL) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM contact_email ce WHERE ce.account_id = a.id")
                    .append(" AND ce.address_lc = LOWER(a.email) AND ce.status = 'BOUNCED')");
        } else {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM contact_email ce WHERE ce.account_id = a.id")
                    .append(" AND ce.address_lc = LOWER(a.email) AND ce.status <> 'VERIFIED')");
        }
        if (kind == CampaignKind.INFORMATIONAL) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM campaign_optout o WHERE o.account_id = a.id)");
        }
        return new Sql(sql.toString(), params);
    }

    /** How many the audience query selects. */
    public static Sql count(Params p, CampaignKind kind, Instant now) {
        Sql q = audience(p, kind, now);
        return new Sql("SELECT COUNT(*) FROM (" + q.text() + ") aud", q.params());
    }

    /** Freezes the audience of a campaign: one PENDING row per recipient. */
    public static Sql materialize(long campaignId, Params p, CampaignKind kind, Instant now) {
        Sql q = audience(p, kind, now);
        List<Object> params = new ArrayList<>();
        params.add(campaignId);
        params.addAll(q.params());
        return new Sql("INSERT INTO campaign_recipient (campaign_id, account_id, email, locale, procedure_id,"
                + " application_id, state, attempts, soft_bounces) SELECT CAST(? AS NUMBER(19)), aud.account_id, aud.email, aud.locale,"
                + " aud.procedure_id, aud.application_id, 'PENDING', 0, 0 FROM (" + q.text() + ") aud", params);
    }

    private static java.sql.Timestamp time(Instant i) {
        return TIME.convertToDatabaseColumn(i);
    }
}
