package it.polis.identity.contact;

import it.polis.identity.Account;
import it.polis.identity.AccountDirectory;
import it.polis.identity.Role;
import it.polis.identity.Tokens;
import it.polis.platform.PortalClock;
import it.polis.platform.PortalSettings;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.mail.Outbox;
import it.polis.platform.mail.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The contact data page of a citizen (always the caller's own account): email addresses (a new or
 * changed one is used only after its confirmation link), the choice of the primary one (the old address
 * is told), postal address and mobile phone. Every change is audited with a CONTACT_* action.
 */
@Stateless
@RolesAllowed(Role.CITIZEN)
public class ContactService {

    public enum ConfirmOutcome {
        CONFIRMED, ALREADY_USED, EXPIRED, UNKNOWN
    }

    public record ConfirmResult(ConfirmOutcome outcome, String address, boolean becamePrimary) implements Serializable {
    }

    public record EmailEntry(long id, String address, boolean primary, EmailStatus status, boolean promoteOnConfirm,
                             Instant verifiedAt, Instant bouncedAt) implements Serializable {
    }

    public record Details(String mobilePhone, boolean phoneVerified, String street, String postcode, String comune,
                          String province, String country) implements Serializable {
    }

    public record Overview(List<EmailEntry> emails, Details details, int maxFurtherEmails) implements Serializable {

        public boolean needsAttention() {
            return emails.stream().anyMatch(e -> e.status() == EmailStatus.BOUNCED);
        }

        public long furtherCount() {
            return emails.stream().filter(e -> !e.primary()).count();
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private ContactEmails emails;

    @Inject
    private ContactSettings settings;

    @Inject
    private PortalSettings portal;

    @Inject
    private PortalClock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    /** Everything the page shows. */
    public Overview overview() {
        Account me = me();
        List<EmailEntry> list = new ArrayList<>();
        for (ContactEmail e : emails.of(me)) {
            list.add(new EmailEntry(e.getId(), e.getAddress(), e.isPrimary(), e.getStatus(), e.isPromoteOnConfirm(),
                    e.getVerifiedAt(), e.getBouncedAt()));
        }
        ContactDetails d = em.find(ContactDetails.class, me.getId());
        Details details = d == null ? new Details(null, false, null, null, null, null, null)
                : new Details(d.getMobilePhone(), d.isPhoneVerified(), d.getStreet(), d.getPostcode(), d.getComune(),
                d.getProvince(), d.getCountry());
        return new Overview(list, details, settings.maxFurtherEmails());
    }

    /**
     * Adds an address; it is used only once the link mailed to it is opened. With {@code makePrimary}
     * it then becomes the primary address.
     *
     * @throws ContactRejected bad or duplicate address, too many addresses or links
     */
    public void addEmail(String address, boolean makePrimary, String clientAddr) {
        Account me = meLocked();
        String clean = ContactRules.email(address);
        if (clean == null) {
            throw new ContactRejected("newEmail", "email.invalid");
        }
        List<ContactEmail> rows = emails.of(me);
        String lc = ContactEmail.normalize(clean);
        if (rows.stream().anyMatch(e -> e.getAddressLc().equals(lc))) {
            throw new ContactRejected("newEmail", "email.duplicate");
        }
        if (rows.stream().filter(e -> !e.isPrimary()).count() >= settings.maxFurtherEmails()) {
            throw new ContactRejected("newEmail", "email.tooMany");
        }
        checkLinkRate(me);
        Instant now = clock.now();
        ContactEmail row = new ContactEmail(me.getId(), clean, false, EmailStatus.PENDING, now);
        row.setPromoteOnConfirm(makePrimary);
        em.persist(row);
        em.flush();
        sendLink(me, row, now);
        audit.record(me.getUsername(), "CONTACT_EMAIL_ADDED", "account", String.valueOf(me.getId()),
                ContactRules.mask(clean) + (makePrimary ? " (to become primary)" : ""), clientAddr);
    }

    /** A new link for an address still to confirm (or that bounced and is to be confirmed again). */
    public void resendConfirmation(long emailId, String clientAddr) {
        Account me = meLocked();
        ContactEmail row = mine(me, emailId);
        if (row.getStatus() == EmailStatus.VERIFIED) {
            throw new ContactRejected(null, "email.alreadyVerified");
        }
        checkLinkRate(me);
        sendLink(me, row, clock.now());
        audit.record(me.getUsername(), "CONTACT_EMAIL_LINK_RESENT", "account", String.valueOf(me.getId()),
                ContactRules.mask(row.getAddress()), clientAddr);
    }

    /** A verified further address becomes the primary one; the old primary address is told by mail. */
    public void makePrimary(long emailId, String clientAddr) {
        Account me = meLocked();
        emails.of(me);
        ContactEmail row = mine(me, emailId);
        if (row.isPrimary()) {
            return;
        }
        if (row.getStatus() != EmailStatus.VERIFIED) {
            throw new ContactRejected(null, "email.notVerified");
        }
        promote(me, row, clientAddr);
    }

    /** Removes a further address (the primary one cannot be removed, only replaced). */
    public void removeEmail(long emailId, String clientAddr) {
        Account me = meLocked();
        emails.of(me);
        ContactEmail row = mine(me, emailId);
        if (row.isPrimary()) {
            throw new ContactRejected(null, "email.primaryNotRemovable");
        }
        for (ContactEmailToken t : em.createNamedQuery(ContactEmailToken.OF_EMAIL, ContactEmailToken.class)
                .setParameter("email", row.getId()).getResultList()) {
            em.remove(t);
        }
        em.remove(row);
        audit.record(me.getUsername(), "CONTACT_EMAIL_REMOVED", "account", String.valueOf(me.getId()),
                ContactRules.mask(row.getAddress()) + " (" + row.getStatus() + ")", clientAddr);
    }

    /**
     * Saves the mobile phone and the postal address (each optional; an address is all or nothing).
     * A changed phone number must be verified again before SMS go to it.
     *
     * @throws ContactRejected with every problem found
     */
    public void saveDetails(Details in, String clientAddr) {
        Account me = meLocked();
        List<ContactRejected.Problem> problems = new ArrayList<>();
        String phone = null;
        if (!blank(in.mobilePhone())) {
            phone = ContactRules.mobile(in.mobilePhone());
            if (phone == null) {
                problems.add(new ContactRejected.Problem("mobilePhone", "phone.invalid"));
            }
        }
        String street = trim(in.street());
        String postcode = trim(in.postcode());
        String comune = trim(in.comune());
        String province = trim(in.province());
        String country = trim(in.country());
        boolean anyAddress = street != null || postcode != null || comune != null || province != null;
        if (anyAddress) {
            boolean italy = ContactRules.italy(country);
            if (country == null) {
                country = "Italia";
            }
            if (street == null || street.length() > 200) {
                problems.add(new ContactRejected.Problem("street", "address.street.required"));
            }
            if (!ContactRules.postcode(postcode, country)) {
                problems.add(new ContactRejected.Problem("postcode", italy ? "address.postcode.invalid"
                        : "address.postcode.foreign"));
            }
            if (comune == null || comune.length() > 120) {
                problems.add(new ContactRejected.Problem("comune", "address.comune.required"));
            }
            if (italy) {
                if (!ContactRules.province(province)) {
                    problems.add(new ContactRejected.Problem("province", "address.province.invalid"));
                } else {
                    province = province.toUpperCase(Locale.ROOT);
                }
            } else if (province != null && province.length() > 40) {
                problems.add(new ContactRejected.Problem("province", "address.province.tooLong"));
            }
            if (country.length() > 80) {
                problems.add(new ContactRejected.Problem("country", "address.country.tooLong"));
            }
        } else {
            country = null;
        }
        if (!problems.isEmpty()) {
            throw new ContactRejected(problems);
        }
        Instant now = clock.now();
        ContactDetails d = em.find(ContactDetails.class, me.getId());
        if (d == null) {
            d = new ContactDetails(me.getId(), now);
            em.persist(d);
        }
        String oldPhone = d.getMobilePhone();
        boolean addressChanged = !Objects.equals(street, d.getStreet()) || !Objects.equals(postcode, d.getPostcode())
                || !Objects.equals(comune, d.getComune()) || !Objects.equals(province, d.getProvince())
                || !Objects.equals(country, d.getCountry());
        d.setMobilePhone(phone, now);
        d.setAddress(street, postcode, comune, province, country, now);
        if (!Objects.equals(oldPhone, phone)) {
            audit.record(me.getUsername(), phone == null ? "CONTACT_PHONE_REMOVED" : "CONTACT_PHONE_CHANGED", "account",
                    String.valueOf(me.getId()), phone == null ? null : maskPhone(phone), clientAddr);
        }
        if (addressChanged) {
            audit.record(me.getUsername(), "CONTACT_ADDRESS_CHANGED", "account", String.valueOf(me.getId()),
                    street == null ? "removed" : comune + " " + (province == null ? "" : province), clientAddr);
        }
    }

    /**
     * Opens a confirmation link (no sign-in needed: the link is the proof). Single use, expiring.
     */
    @PermitAll
    public ConfirmResult confirm(String token, String clientAddr) {
        if (blank(token) || token.length() > 100) {
            return new ConfirmResult(ConfirmOutcome.UNKNOWN, null, false);
        }
        Optional<ContactEmailToken> found = em.createNamedQuery(ContactEmailToken.BY_HASH, ContactEmailToken.class)
                .setParameter("hash", Tokens.sha256(token.trim())).getResultStream().findFirst();
        if (found.isEmpty()) {
            return new ConfirmResult(ConfirmOutcome.UNKNOWN, null, false);
        }
        ContactEmailToken t = found.get();
        ContactEmail row = em.find(ContactEmail.class, t.getEmailId(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            return new ConfirmResult(ConfirmOutcome.UNKNOWN, null, false);
        }
        if (t.getUsedAt() != null) {
            return new ConfirmResult(ConfirmOutcome.ALREADY_USED, row.getAddress(), false);
        }
        Instant now = clock.now();
        if (!t.getExpiresAt().isAfter(now)) {
            return new ConfirmResult(ConfirmOutcome.EXPIRED, row.getAddress(), false);
        }
        Account account = em.find(Account.class, row.getAccountId(), LockModeType.PESSIMISTIC_WRITE);
        for (ContactEmailToken other : em.createNamedQuery(ContactEmailToken.OF_EMAIL, ContactEmailToken.class)
                .setParameter("email", row.getId()).getResultList()) {
            if (other.getUsedAt() == null) {
                other.markUsed(now);
            }
        }
        row.verify(now);
        audit.record(account.getUsername(), "CONTACT_EMAIL_CONFIRMED", "account", String.valueOf(account.getId()),
                ContactRules.mask(row.getAddress()), clientAddr);
        boolean promote = row.isPromoteOnConfirm() && !row.isPrimary();
        if (promote) {
            emails.of(account);
            promote(account, row, clientAddr);
        }
        row.setPromoteOnConfirm(false);
        return new ConfirmResult(ConfirmOutcome.CONFIRMED, row.getAddress(), promote);
    }

    private void promote(Account me, ContactEmail row, String clientAddr) {
        ContactEmail old = em.createNamedQuery(ContactEmail.OF_ACCOUNT, ContactEmail.class)
                .setParameter("account", me.getId()).getResultStream().filter(ContactEmail::isPrimary).findFirst()
                .orElse(null);
        Instant now = clock.now();
        if (old != null) {
            old.setPrimary(false);
            em.flush();
        }
        row.setPrimary(true);
        row.setPromoteOnConfirm(false);
        me.setEmail(row.getAddress());
        if (old != null && old.getStatus() == EmailStatus.VERIFIED) {
            outbox.queue(OutgoingMail.template("contact-primary-changed").to(old.getAddress(), me.getLocale())
                    .param("name", me.getDisplayName())
                    .param("username", me.getUsername())
                    .param("newAddress", ContactRules.mask(row.getAddress()))
                    .param("changedAt", now)
                    .param("loginLink", portal.publicUrl() + "/login.xhtml")
                    .about("account", me.getId()));
        }
        audit.record(me.getUsername(), "CONTACT_PRIMARY_EMAIL_CHANGED", "account", String.valueOf(me.getId()),
                (old == null ? "" : ContactRules.mask(old.getAddress())) + " -> " + ContactRules.mask(row.getAddress()),
                clientAddr);
    }

    private void sendLink(Account me, ContactEmail row, Instant now) {
        String token = Tokens.newToken();
        Instant expires = now.plus(settings.confirmLinkValidity());
        em.persist(new ContactEmailToken(row.getId(), me.getId(), Tokens.sha256(token), now, expires));
        outbox.queue(OutgoingMail.template("contact-email-confirm").to(row.getAddress(), me.getLocale())
                .param("name", me.getDisplayName())
                .param("address", row.getAddress())
                .param("link", portal.publicUrl() + "/account/email-confirm.xhtml?token=" + token)
                .param("expiresAt", expires)
                .about("account", me.getId()));
    }

    private void checkLinkRate(Account me) {
        long recent = em.createNamedQuery(ContactEmailToken.COUNT_SINCE, Long.class).setParameter("account", me.getId())
                .setParameter("since", clock.now().minus(Duration.ofHours(1))).getSingleResult();
        if (recent >= settings.linksPerHour()) {
            throw new ContactRejected(null, "email.tooManyLinks");
        }
    }

    private ContactEmail mine(Account me, long emailId) {
        ContactEmail row = em.find(ContactEmail.class, emailId);
        if (row == null || row.getAccountId() != me.getId()) {
            throw new ContactRejected(null, "email.notFound");
        }
        return row;
    }

    private Account me() {
        return accounts.byUsername(caller.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("No account for the caller"));
    }

    /** The caller's account, locked: two tabs or a double click change the contact data one after the other. */
    private Account meLocked() {
        Account a = me();
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        return a;
    }

    static String maskPhone(String phone) {
        return phone.length() <= 4 ? "****" : "*".repeat(phone.length() - 3) + phone.substring(phone.length() - 3);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
