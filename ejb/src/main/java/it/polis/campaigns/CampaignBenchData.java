package it.polis.campaigns;

import it.polis.platform.InstantConverter;
import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dev, test and benchmark only (the dev servlet and the tests check dev mode): large audiences of cheap
 * ACTIVE citizens (no password: they never sign in) in a province of their own, and campaigns to them
 * started without the campaign manager's page, through the same transitions and launcher as
 * {@link CampaignService#start}.
 */
@Stateless
@PermitAll
public class CampaignBenchData {

    private static final InstantConverter TIME = new InstantConverter();

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "jdbc/polis")
    private DataSource db;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private CampaignLauncher launcher;

    @Inject
    private CampaignSettings settings;

    @EJB
    private CampaignTransitions transitions;

    @Resource
    private jakarta.ejb.SessionContext self;

    /**
     * Creates {@code count} ACTIVE citizens with address {@code prefix<n>@domain}, postal address in the
     * province, every second one English-speaking. Committed in batches of 1,000. Returns the first and
     * last account id.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long[] audience(String prefix, String domain, int count, String province, String state) {
        Timestamp now = TIME.convertToDatabaseColumn(clock.now());
        long first = -1;
        long last = -1;
        try (Connection con = db.getConnection()) {
            boolean auto = con.getAutoCommit();
            con.setAutoCommit(false);
            try (PreparedStatement seq = con.prepareStatement("SELECT account_seq.NEXTVAL FROM DUAL");
                 PreparedStatement acc = con.prepareStatement("INSERT INTO account (id, username, kind, state, display_name,"
                         + " email, locale, created_at, version, failed_sign_ins) VALUES (?, ?, 'CITIZEN', ?, ?, ?, ?, ?, 0, 0)");
                 PreparedStatement cit = con.prepareStatement("INSERT INTO citizen (account_id, codice_fiscale, given_name,"
                         + " family_name, birth_date, birth_place_code, birth_place_name, sex, registration_number,"
                         + " registered_at, registration_expires_at, email_confirmed_at, identified_at,"
                         + " personal_code_temporary) VALUES (?, ?, ?, ?, DATE '1980-01-01', 'H501', 'Roma', 'F', ?, ?, ?, ?, ?, 0)");
                 PreparedStatement adr = con.prepareStatement("INSERT INTO contact_details (account_id, comune, province,"
                         + " country, updated_at, version) VALUES (?, 'Comune di prova', ?, 'Italia', ?, 0)")) {
                long blockTop = 0;
                long nextId = 1;
                for (int i = 0; i < count; i++) {
                    if (nextId > blockTop) {
                        try (ResultSet rs = seq.executeQuery()) {
                            rs.next();
                            blockTop = rs.getLong(1);
                            nextId = blockTop - 49;
                        }
                    }
                    long id = nextId++;
                    if (first < 0) {
                        first = id;
                    }
                    last = id;
                    String given = (i % 2 == 0 ? "Anna" : "Ann") + i;
                    acc.setLong(1, id);
                    acc.setString(2, prefix + i + "." + id);
                    acc.setString(3, state == null ? "ACTIVE" : state);
                    acc.setString(4, given + " Prova");
                    acc.setString(5, prefix + i + "@" + domain);
                    acc.setString(6, i % 2 == 0 ? "it" : "en");
                    acc.setTimestamp(7, now);
                    acc.addBatch();
                    cit.setLong(1, id);
                    cit.setString(2, String.format("PRVBNC80A41%05d", id % 100000));
                    cit.setString(3, given);
                    cit.setString(4, "Prova");
                    cit.setString(5, "B" + id);
                    cit.setTimestamp(6, now);
                    cit.setTimestamp(7, now);
                    cit.setTimestamp(8, now);
                    cit.setTimestamp(9, now);
                    cit.addBatch();
                    adr.setLong(1, id);
                    adr.setString(2, province);
                    adr.setTimestamp(3, now);
                    adr.addBatch();
                    if ((i + 1) % 1000 == 0 || i == count - 1) {
                        acc.executeBatch();
                        cit.executeBatch();
                        adr.executeBatch();
                        con.commit();
                    }
                }
            } catch (SQLException e) {
                con.rollback();
                throw e;
            } finally {
                con.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the audience", e);
        }
        return new long[] {first, last};
    }

    /** Creates a campaign to the province (Italian and English templates with every placeholder) and starts it; its id. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(String name, String province, CampaignKind kind, int rate) {
        long id = self.getBusinessObject(CampaignBenchData.class).create(name, province, kind, rate);
        transitions.prepareStart(id, -1, "dev", null);
        transitions.attach(id, launcher.start(id));
        return id;
    }

    /** Resumes (restarts the last execution or starts a new one), as the console's button does. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resume(long id) {
        Long last = transitions.prepareResume(id, -1, "dev", null);
        transitions.attach(id, launcher.resume(id, last));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long create(String name, String province, CampaignKind kind, int rate) {
        Instant now = clock.now();
        Campaign c = new Campaign("dev", now);
        c.edit(new CampaignData(null, name, kind, Segment.PROVINCE, province, null, null, null,
                "Avviso per {{nome}}", "Gentile {{nome}},\nquesto è un avviso di prova.\n{{link}}",
                "Notice for {{nome}}", "Dear {{nome}},\nthis is a test notice.\n{{link}}", null,
                Math.min(rate, settings.maxRate()), settings.errorThreshold(), null, 0), now);
        em.persist(c);
        em.flush();
        audit.record("dev", "CAMPAIGN_CREATED", "campaign", String.valueOf(c.getId()), name, null);
        return c.getId();
    }

    /** The campaign's state and counts, for the benchmark and the crash test. */
    public Map<String, String> status(long id) {
        Campaign c = em.find(Campaign.class, id);
        Map<String, String> out = new LinkedHashMap<>();
        if (c == null) {
            return out;
        }
        em.refresh(c);
        out.put("state", c.getState().name());
        out.put("audience", String.valueOf(c.getAudience()));
        out.put("execution", String.valueOf(c.getExecutionId()));
        out.put("jobStatus", String.valueOf(launcher.status(c.getExecutionId())));
        out.put("interrupted", String.valueOf(transitions.interrupted(c)));
        for (Object row : em.createNativeQuery("SELECT state, COUNT(*) FROM campaign_recipient WHERE campaign_id = ?"
                + " GROUP BY state").setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) row;
            out.put(((String) r[0]).toLowerCase(), String.valueOf(r[1]));
        }
        Object[] span = (Object[]) em.createNativeQuery("SELECT MIN(sent_at), MAX(sent_at) FROM campaign_recipient"
                + " WHERE campaign_id = ?").setParameter(1, id).getSingleResult();
        if (span[0] != null) {
            Instant a = TIME.convertToEntityAttribute((Timestamp) span[0]);
            Instant b = TIME.convertToEntityAttribute((Timestamp) span[1]);
            out.put("firstSentAt", a.toString());
            out.put("lastSentAt", b.toString());
        }
        return out;
    }
}
