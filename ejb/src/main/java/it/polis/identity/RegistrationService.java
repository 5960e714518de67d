package it.polis.identity;

import it.polis.identity.cf.CodiceFiscale;
import it.polis.identity.cf.CodiceFiscaleMatch;
import it.polis.identity.cf.PersonalData;
import it.polis.identity.cf.Sex;
import it.polis.platform.PortalClock;
import it.polis.platform.PortalSettings;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.mail.Outbox;
import it.polis.platform.mail.OutgoingMail;
import it.polis.reference.Places;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Registration of citizens: checks the request, creates the account (REGISTERED), sends ONE email
 * with the confirmation link and the temporary personal code; confirms the email; expires
 * registrations not identified in time. An already registered codice fiscale gets the same answer
 * as a new one, and its owner is told by email instead: nobody learns who is registered.
 */
@Stateless
@PermitAll
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class.getName());
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[A-Za-z]{2,}$");
    static final int TEMPORARY_CODE_LENGTH = 10;

    public enum ConfirmOutcome {
        CONFIRMED, ALREADY_CONFIRMED, EXPIRED, UNKNOWN
    }

    public record ConfirmResult(ConfirmOutcome outcome, String username) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalClock clock;

    @Inject
    private PortalSettings settings;

    @Inject
    private Argon2idPasswordHash hasher;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private Places places;

    /** Everything wrong with the request, for the page; empty when it may go on. */
    public List<RegistrationProblem> validate(RegistrationRequest r) {
        List<RegistrationProblem> problems = new ArrayList<>();
        var cfFormat = CodiceFiscale.problems(r.codiceFiscale());
        if (!cfFormat.isEmpty()) {
            problems.add(RegistrationProblem.of("codiceFiscale", "register.cf.invalid"));
        }
        if (blank(r.givenName()) || r.givenName().length() > 100) {
            problems.add(RegistrationProblem.of("givenName", "register.givenName.required"));
        }
        if (blank(r.familyName()) || r.familyName().length() > 100) {
            problems.add(RegistrationProblem.of("familyName", "register.familyName.required"));
        }
        LocalDate today = clock.nowInRome().toLocalDate();
        if (r.birthDate() == null || r.birthDate().isAfter(today.minusYears(16))
                || r.birthDate().isBefore(today.minusYears(110))) {
            problems.add(RegistrationProblem.of("birthDate", "register.birthDate.invalid"));
        }
        if (r.sex() == null) {
            problems.add(RegistrationProblem.of("sex", "register.sex.required"));
        }
        if (blank(r.birthPlaceCode()) || r.birthDate() != null
                && !places.isValidBirthPlace(r.birthPlaceCode(), r.birthDate())) {
            problems.add(RegistrationProblem.of("birthPlace", "register.birthPlace.invalid"));
        }
        if (r.email() == null || !EMAIL.matcher(r.email().trim()).matches() || r.email().length() > 254) {
            problems.add(RegistrationProblem.of("email", "register.email.invalid"));
        }
        String passwordProblem = PasswordRules.problem(r.password(), r.codiceFiscale(), r.familyName());
        if (passwordProblem != null) {
            problems.add(RegistrationProblem.of("password", passwordProblem));
        }
        if (cfFormat.isEmpty() && problems.isEmpty()) {
            CodiceFiscaleMatch match = CodiceFiscaleMatch.of(r.codiceFiscale(), new PersonalData(r.familyName(),
                    r.givenName(), r.birthDate(), r.sex(), r.birthPlaceCode()));
            if (!match.matches()) {
                problems.add(new RegistrationProblem("codiceFiscale", "register.cf.mismatch", match.mismatches()));
            }
        }
        return problems;
    }

    /**
     * Registers, or (CF already registered) tells the owner: the caller cannot tell the two apart.
     *
     * @throws RegistrationRejected when the request has problems (nothing saved)
     */
    public void register(RegistrationRequest r, String clientAddr) {
        List<RegistrationProblem> problems = validate(r);
        if (!problems.isEmpty()) {
            throw new RegistrationRejected(problems);
        }
        Instant now = clock.now();
        String cf = CodiceFiscale.parse(r.codiceFiscale()).value();
        Optional<Citizen> existing = em.createNamedQuery(Citizen.BY_ACTIVE_CF, Citizen.class).setParameter("cf", cf)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            // Same cost as a real registration (two hashes), then a note to the real owner.
            hasher.dummyHash();
            hasher.dummyHash();
            Account owner = existing.get().getAccount();
            if (owner.getEmail() != null) {
                outbox.queue(OutgoingMail.template("someone-tried-to-register").to(owner.getEmail(), owner.getLocale())
                        .param("name", existing.get().getFullName())
                        .param("attemptedAt", now)
                        .param("loginLink", settings.publicUrl() + "/login.xhtml")
                        .about("account", owner.getId())
                        .dedupKey("someone-tried:" + owner.getId() + ":" + clock.nowInRome().toLocalDate()));
            }
            audit.record("anonymous", "REGISTRATION_DUPLICATE_CF", "account", String.valueOf(owner.getId()), null,
                    clientAddr);
            return;
        }
        String locale = "en".equals(r.locale()) ? "en" : "it";
        String givenName = r.givenName().trim();
        String familyName = r.familyName().trim();
        Account account = new Account(newUsername(givenName, familyName), AccountKind.CITIZEN, AccountState.REGISTERED,
                givenName + " " + familyName, r.email().trim(), now);
        account.setLocale(locale);
        account.setPasswordHash(hasher.generate(r.password().toCharArray()));
        account.getRoles().add(Role.CITIZEN);
        em.persist(account);
        String placeName = places.byCode(r.birthPlaceCode()).map(p -> p.getName()).orElse(r.birthPlaceCode());
        Citizen citizen = new Citizen(account, cf, givenName, familyName, r.birthDate(), r.birthPlaceCode(),
                placeName, r.sex() == Sex.FEMALE ? "F" : "M", newRegistrationNumber(), now, now.plus(settings.registrationValidity()));
        String temporaryCode = Tokens.newCode(TEMPORARY_CODE_LENGTH);
        citizen.setPersonalCode(hasher.generate(temporaryCode.toCharArray()), true);
        em.persist(citizen);
        sendConfirmation(citizen, temporaryCode, now);
        audit.record(account.getUsername(), "REGISTERED", "account", String.valueOf(account.getId()),
                "registration " + citizen.getRegistrationNumber(), clientAddr);
    }

    /** Opens a confirmation link: single use, expiring. */
    public ConfirmResult confirmEmail(String token, String clientAddr) {
        if (blank(token)) {
            return new ConfirmResult(ConfirmOutcome.UNKNOWN, null);
        }
        Optional<AccountToken> found = em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", Tokens.sha256(token.trim())).getResultStream().findFirst();
        if (found.isEmpty() || found.get().getPurpose() != AccountToken.Purpose.EMAIL_CONFIRM) {
            return new ConfirmResult(ConfirmOutcome.UNKNOWN, null);
        }
        AccountToken t = found.get();
        Account account = t.getAccount();
        Instant now = clock.now();
        if (t.getUsedAt() != null || account.getState() != AccountState.REGISTERED) {
            boolean alive = account.getState() == AccountState.EMAIL_CONFIRMED || account.getState() == AccountState.ACTIVE;
            return new ConfirmResult(alive ? ConfirmOutcome.ALREADY_CONFIRMED : ConfirmOutcome.EXPIRED, null);
        }
        if (!t.getExpiresAt().isAfter(now)) {
            return new ConfirmResult(ConfirmOutcome.EXPIRED, null);
        }
        t.markUsed(now);
        account.setState(AccountState.EMAIL_CONFIRMED);
        citizenOf(account).setEmailConfirmedAt(now);
        audit.record(account.getUsername(), "EMAIL_CONFIRMED", "account", String.valueOf(account.getId()), null,
                clientAddr);
        return new ConfirmResult(ConfirmOutcome.CONFIRMED, account.getUsername());
    }

    /**
     * From an expired link: a new link (and a new temporary personal code, since only its hash was
     * kept) for a registration still waiting for confirmation. Limited per hour; the answer is the
     * same whatever happens.
     */
    public void resendConfirmation(String expiredToken, String clientAddr) {
        if (blank(expiredToken)) {
            return;
        }
        Optional<AccountToken> found = em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", Tokens.sha256(expiredToken.trim())).getResultStream().findFirst();
        if (found.isEmpty() || found.get().getAccount().getState() != AccountState.REGISTERED) {
            return;
        }
        resend(found.get().getAccount(), clientAddr);
    }

    /** The same, for a signed-in citizen whose email is not confirmed yet (status page). */
    public void resendConfirmationFor(String username, String clientAddr) {
        citizen(username).map(Citizen::getAccount).filter(a -> a.getState() == AccountState.REGISTERED)
                .ifPresent(a -> resend(a, clientAddr));
    }

    private void resend(Account account, String clientAddr) {
        Instant now = clock.now();
        long recent = em.createNamedQuery(AccountToken.COUNT_SINCE, Long.class).setParameter("account", account)
                .setParameter("purpose", AccountToken.Purpose.EMAIL_CONFIRM)
                .setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
        if (recent >= settings.resendPerHour()) {
            audit.record(account.getUsername(), "CONFIRMATION_RESEND_LIMITED", "account",
                    String.valueOf(account.getId()), null, clientAddr);
            return;
        }
        Citizen citizen = citizenOf(account);
        String temporaryCode = Tokens.newCode(TEMPORARY_CODE_LENGTH);
        citizen.setPersonalCode(hasher.generate(temporaryCode.toCharArray()), true);
        sendConfirmation(citizen, temporaryCode, now);
        audit.record(account.getUsername(), "CONFIRMATION_RESENT", "account", String.valueOf(account.getId()), null,
                clientAddr);
    }

    /** Registrations not identified in time expire; their codice fiscale may register again. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    public void expireStaleRegistrations() {
        int n = expireStale();
        if (n > 0) {
            LOG.info(() -> n + " registrations expired");
        }
    }

    public int expireStale() {
        List<Citizen> stale = em.createNamedQuery(Citizen.STALE_REGISTRATIONS, Citizen.class)
                .setParameter("now", clock.now()).setMaxResults(500).getResultList();
        for (Citizen c : stale) {
            c.expire();
            audit.record("system", "REGISTRATION_EXPIRED", "account", String.valueOf(c.getAccountId()), null, null);
        }
        return stale.size();
    }

    public Optional<Citizen> citizen(String username) {
        return em.createNamedQuery(Citizen.BY_USERNAME, Citizen.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    private void sendConfirmation(Citizen citizen, String temporaryCode, Instant now) {
        Account account = citizen.getAccount();
        String token = Tokens.newToken();
        Instant expires = now.plus(settings.confirmLinkValidity());
        AccountToken row = new AccountToken(account, AccountToken.Purpose.EMAIL_CONFIRM, Tokens.sha256(token), now,
                expires);
        em.persist(row);
        outbox.queue(OutgoingMail.template("registration-confirm").to(account.getEmail(), account.getLocale())
                .param("name", citizen.getFullName())
                .param("username", account.getUsername())
                .param("personalCode", temporaryCode)
                .param("link", settings.publicUrl() + "/register/confirm.xhtml?token=" + token)
                .param("expiresAt", expires)
                .about("account", account.getId()));
    }

    private Citizen citizenOf(Account account) {
        return em.find(Citizen.class, account.getId());
    }

    /** From the configured pattern, lower-case ASCII; a number is added when the name is taken. */
    String newUsername(String givenName, String familyName) {
        String base = settings.usernamePattern().replace("{given}", ascii(givenName)).replace("{family}", ascii(familyName));
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        String candidate = base;
        for (int n = 2; !em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", candidate)
                .getResultList().isEmpty(); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private String newRegistrationNumber() {
        Number next = (Number) em.createNativeQuery("SELECT registration_number_seq.NEXTVAL FROM DUAL").getSingleResult();
        return String.format("R%d-%07d", clock.nowInRome().getYear(), next.longValue());
    }

    static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
