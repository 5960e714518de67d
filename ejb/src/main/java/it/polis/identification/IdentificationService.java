package it.polis.identification;

import it.polis.identification.form.ReferenceSigner;
import it.polis.identity.Account;
import it.polis.identity.AccountState;
import it.polis.identity.Citizen;
import it.polis.identity.Role;
import it.polis.identity.cf.CodiceFiscale;
import it.polis.platform.PortalClock;
import it.polis.platform.PortalSettings;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.mail.Outbox;
import it.polis.platform.mail.OutgoingMail;
import it.polis.reference.School;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * In-person identification at a school. Any state school may identify anyone; the school is
 * always the caller's own (from the signed-in account, never from the request), and each school
 * sees only the identifications it did. Every identification is audited.
 */
@Stateless
@RolesAllowed(Role.SECRETARIAT)
public class IdentificationService {

    public static final Set<String> DOCUMENT_TYPES = Set.of("CARTA_IDENTITA", "CARTA_IDENTITA_ELETTRONICA",
            "PASSAPORTO", "PATENTE", "TESSERA_MINISTERIALE");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private PortalClock clock;

    @Inject
    private PortalSettings settings;

    @Inject
    private AuditLog audit;

    @Inject
    private Outbox outbox;

    @Inject
    private ReferenceSigner references;

    /** Finds a registration by codice fiscale, registration number or the text of the form's QR code. */
    public Optional<PendingRegistration> find(String query) {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty()) {
            return Optional.empty();
        }
        Optional<Citizen> citizen;
        Optional<String> fromQr = references.verify(q);
        if (fromQr.isPresent()) {
            citizen = byRegistrationNumber(fromQr.get());
        } else if (CodiceFiscale.isValid(q)) {
            citizen = em.createNamedQuery(Citizen.BY_ACTIVE_CF, Citizen.class)
                    .setParameter("cf", CodiceFiscale.parse(q).value()).getResultStream().findFirst();
        } else {
            citizen = byRegistrationNumber(q.toUpperCase(Locale.ROOT));
        }
        citizen.ifPresent(c -> audit.record(operator(), "REGISTRATION_LOOKED_UP", "account",
                String.valueOf(c.getAccountId()), "school " + school().getCode(), null));
        return citizen.map(IdentificationService::view);
    }

    /** Records the identification: the account becomes ACTIVE and the person is told by email. */
    public void confirm(long accountId, DocumentCheck document) {
        Citizen c = identifiable(accountId);
        if (document.documentType() == null || !DOCUMENT_TYPES.contains(document.documentType())) {
            throw new IdentificationRejected("identify.document.type.required");
        }
        if (blank(document.documentNumber()) || blank(document.issuedBy())) {
            throw new IdentificationRejected("identify.document.details.required");
        }
        if (document.expiry() == null || document.expiry().isBefore(clock.nowInRome().toLocalDate())) {
            throw new IdentificationRejected("identify.document.expired");
        }
        if (!document.cfCardSeen()) {
            throw new IdentificationRejected("identify.cfCard.required");
        }
        Instant now = clock.now();
        School school = school();
        Account account = c.getAccount();
        // Identified before: the personal code was regenerated, and this is a new identification.
        boolean again = em.createNamedQuery(Identification.COUNT_CONFIRMED_BY_ACCOUNT, Long.class)
                .setParameter("account", account).setParameter("outcome", Identification.Outcome.CONFIRMED)
                .getSingleResult() > 0;
        em.persist(Identification.confirmed(account, school.getCode(), operator(), now, document.documentType(),
                document.documentNumber().trim(), document.issuedBy().trim(), document.expiry()));
        account.setState(AccountState.ACTIVE);
        // The full citizen role again (a pending account, or one whose personal code was regenerated).
        account.getRoles().remove(Role.CITIZEN_PENDING);
        account.getRoles().add(Role.CITIZEN);
        c.setIdentifiedAt(now);
        audit.record(operator(), again ? "IDENTIFIED_AGAIN" : "IDENTIFIED", "account", String.valueOf(accountId),
                "school " + school.getCode() + ", " + document.documentType() + " expiring " + document.expiry(), null);
        outbox.queue(OutgoingMail.template(again ? "account-identified-again" : "account-activated").to(account.getEmail(), account.getLocale())
                .param("name", c.getFullName()).param("username", account.getUsername())
                .param("schoolName", school.getName())
                .param("loginLink", settings.publicUrl() + "/login.xhtml")
                .about("account", accountId).dedupKey("account-activated:" + accountId + ":" + now.toEpochMilli()));
    }

    /** Refuses the identification with a reason, which is emailed to the person; the registration stays open. */
    public void refuse(long accountId, String reason) {
        Citizen c = identifiable(accountId);
        if (blank(reason) || reason.trim().length() > 500) {
            throw new IdentificationRejected("identify.refuse.reason.required");
        }
        Instant now = clock.now();
        School school = school();
        Account account = c.getAccount();
        // A double click or a resent form must not record (and mail) the same refusal twice.
        Optional<Identification> latest = em.createNamedQuery(Identification.LATEST_BY_ACCOUNT_AND_SCHOOL,
                Identification.class).setParameter("account", account).setParameter("school", school.getCode())
                .setMaxResults(1).getResultStream().findFirst();
        if (latest.isPresent() && latest.get().getOutcome() == Identification.Outcome.REFUSED
                && reason.trim().equals(latest.get().getRefusalReason())
                && latest.get().getOccurredAt().isAfter(now.minusSeconds(60))) {
            return;
        }
        em.persist(Identification.refused(account, school.getCode(), operator(), now, reason.trim()));
        audit.record(operator(), "IDENTIFICATION_REFUSED", "account", String.valueOf(accountId),
                "school " + school.getCode() + ": " + reason.trim(), null);
        outbox.queue(OutgoingMail.template("identification-refused").to(account.getEmail(), account.getLocale())
                .param("name", c.getFullName()).param("schoolName", school.getName()).param("reason", reason.trim())
                .param("expiresAt", c.getRegistrationExpiresAt().atZone(PortalClock.ROME).toLocalDate())
                .about("account", accountId));
    }

    /** The identifications this school did, newest first. */
    public List<IdentificationRow> mine(int first, int max) {
        return em.createNamedQuery(Identification.ROWS_BY_SCHOOL, IdentificationRow.class)
                .setParameter("school", school().getCode()).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countMine() {
        return em.createNamedQuery(Identification.COUNT_BY_SCHOOL, Long.class)
                .setParameter("school", school().getCode()).getSingleResult();
    }

    public School school() {
        Account me = em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", operator())
                .getSingleResult();
        return em.find(School.class, me.getSchoolCode());
    }

    private Citizen identifiable(long accountId) {
        Citizen c = em.find(Citizen.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.getAccount().getState() != AccountState.EMAIL_CONFIRMED) {
            throw new IdentificationRejected("identify.notIdentifiable");
        }
        return c;
    }

    private Optional<Citizen> byRegistrationNumber(String number) {
        return em.createNamedQuery(Citizen.BY_REGISTRATION_NUMBER, Citizen.class).setParameter("number", number)
                .getResultStream().findFirst();
    }

    private String operator() {
        return caller.getCallerPrincipal().getName();
    }

    static PendingRegistration view(Citizen c) {
        Account a = c.getAccount();
        return new PendingRegistration(c.getAccountId(), c.getRegistrationNumber(), c.getCodiceFiscale(),
                c.getGivenName(), c.getFamilyName(), c.getBirthDate(), c.getBirthPlaceName(), c.getSex(),
                a.getState().name(), c.getRegisteredAt(), c.getRegistrationExpiresAt(),
                a.getState() == AccountState.EMAIL_CONFIRMED);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
