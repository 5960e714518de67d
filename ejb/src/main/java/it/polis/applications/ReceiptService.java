package it.polis.applications;

import it.polis.identity.Account;
import it.polis.identity.Citizen;
import it.polis.platform.PortalClock;
import it.polis.platform.PortalSettings;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.mail.Outbox;
import it.polis.platform.mail.OutgoingMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Receipts, made after the submit commits: each {@link ReceiptJob} is done in its own transaction
 * (PDF, SHA-256, stored with the submission, mailed through the outbox with the PDF attached, timeline
 * and audit), so a failure only retries that job. Also the public check of a receipt.
 */
@Stateless
@PermitAll
public class ReceiptService {

    /** What the public verify page may say. */
    public enum Verdict { MATCHES, MATCHES_WITHDRAWN, NO_MATCH }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalClock clock;

    @Inject
    private PortalSettings settings;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @jakarta.ejb.EJB
    private FormOptions options;

    @SuppressWarnings("unchecked")
    public List<Long> dueJobs(int max) {
        List<Number> ids = em.createNamedQuery(ReceiptJob.DUE_IDS)
                .setParameter(1, new it.polis.platform.InstantConverter().convertToDatabaseColumn(clock.now()))
                .setParameter(2, max).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Does one job; false when another worker did it already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean process(long jobId) {
        ReceiptJob job = em.find(ReceiptJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || !"PENDING".equals(job.getState())) {
            return false;
        }
        Instant now = clock.now();
        Submission s = em.find(Submission.class, job.getSubmissionId());
        Application a = em.find(Application.class, s.getApplicationId());
        Account account = a.getAccount();
        Citizen citizen = em.find(Citizen.class, account.getId());
        Procedure p = a.getProcedure();
        Locale locale = Locale.forLanguageTag(account.getLocale() == null ? "it" : account.getLocale());
        String language = "en".equals(locale.getLanguage()) ? "en" : "it";
        ReceiptData data = new ReceiptData(s.getProtocol(), s.getSubmittedAt(), p.getCode(), p.title(language),
                p.getKind(), citizen == null ? account.getDisplayName() : citizen.getFamilyName() + " "
                + citizen.getGivenName(), citizen == null ? "" : citizen.getCodiceFiscale(), account.getUsername(),
                account.getEmail(), s.formData(), locale);
        String sha = data.contentSha256();
        String verifyLink = verifyUrl(s.getProtocol(), sha);
        byte[] pdf = ReceiptPdf.render(data, options.labels(s.formData()), verifyLink, now);
        s.receipt(pdf, sha, ReceiptData.sha256(pdf), now);
        Receipt receipt = new Receipt(s.getProtocol(), pdf, sha);
        outbox.queue(OutgoingMail.template("application-receipt").to(account.getEmail(), account.getLocale())
                .param("name", citizen == null ? account.getDisplayName() : citizen.getFullName())
                .param("procedure", p.title(language)).param("protocol", s.getProtocol())
                .param("submittedAt", s.getSubmittedAt()).param("verifyLink", verifyLink)
                .attach(receipt.fileName(), "application/pdf", pdf)
                .about("submission", s.getId()).dedupKey("application-receipt:" + s.getId()));
        em.persist(new ApplicationEvent(a.getId(), now, ApplicationEvent.RECEIPT_SENT, s.getProtocol()));
        audit.record("system", "RECEIPT_SENT", "application", String.valueOf(a.getId()),
                "protocol " + s.getProtocol() + ", sha256 " + sha, null);
        job.done(now);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long jobId, String error) {
        ReceiptJob job = em.find(ReceiptJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job != null && "PENDING".equals(job.getState())) {
            job.failed(clock.now(), error);
        }
    }

    /** Whether a receipt with this protocol and content fingerprint exists; says nothing else. */
    public Verdict verify(String protocol, String sha256) {
        if (protocol == null || sha256 == null || protocol.length() > 120 || sha256.length() != 64) {
            return Verdict.NO_MATCH;
        }
        Submission s = em.createNamedQuery(Submission.BY_PROTOCOL, Submission.class)
                .setParameter("protocol", protocol.trim()).getResultStream().findFirst().orElse(null);
        String stored = s == null || s.getContentSha256() == null ? "0".repeat(64) : s.getContentSha256();
        boolean same = MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                sha256.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        if (s == null || s.getContentSha256() == null || !same) {
            return Verdict.NO_MATCH;
        }
        return s.getState() == SubmissionState.ANNULLED ? Verdict.MATCHES_WITHDRAWN : Verdict.MATCHES;
    }

    public String verifyUrl(String protocol, String sha) {
        return settings.publicUrl() + "/verify.xhtml?p=" + URLEncoder.encode(protocol, StandardCharsets.UTF_8)
                + "&h=" + sha;
    }
}
