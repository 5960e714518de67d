package it.polis.identity.contact;

import it.polis.identity.Account;
import it.polis.identity.AccountDirectory;
import it.polis.identity.Argon2idPasswordHash;
import it.polis.identity.Role;
import it.polis.platform.PortalClock;
import it.polis.platform.audit.AuditLog;
import it.polis.platform.sms.SmsOutbox;
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
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SMS information service of a citizen (the caller's own account): the mobile phone is verified with a
 * one-time code (6 digits, hashed, 10 minutes, 5 attempts, resend limited) before any opt-in takes
 * effect; opt-in and opt-out per topic. {@link #notify} is for the services that send the information.
 */
@Stateless
@RolesAllowed(Role.CITIZEN)
public class SmsInformationService {

    private static final SecureRandom RANDOM = new SecureRandom();

    public enum CodeOutcome {
        VERIFIED, WRONG, LOCKED, EXPIRED, NO_CODE
    }

    public record CodeResult(CodeOutcome outcome, int attemptsLeft) implements Serializable {
    }

    public record TopicChoice(String code, String label, boolean subscribed) implements Serializable {
    }

    public record Status(String phone, boolean phoneVerified, boolean codePending, long waitSeconds,
                         List<TopicChoice> topics) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private ContactSettings settings;

    @Inject
    private Argon2idPasswordHash hasher;

    @Inject
    private SmsOutbox sms;

    @Inject
    private PortalClock clock;

    @Inject
    private AuditLog audit;

    public Status status(String language) {
        Account me = me();
        ContactDetails d = em.find(ContactDetails.class, me.getId());
        PhoneCheck check = em.find(PhoneCheck.class, me.getId());
        Instant now = clock.now();
        String phone = d == null ? null : d.getMobilePhone();
        boolean pending = phone != null && check != null && phone.equals(check.getPhone()) && check.getCodeHash() != null
                && check.getExpiresAt().isAfter(now);
        long wait = check == null ? 0 : check.waitSeconds(now, settings.resendInterval(), settings.codesPerDay());
        Set<String> mine = subscribed(me.getId());
        List<TopicChoice> topics = new ArrayList<>();
        for (SmsTopic t : em.createNamedQuery(SmsTopic.ALL, SmsTopic.class).getResultList()) {
            topics.add(new TopicChoice(t.getCode(), t.label(language), mine.contains(t.getCode())));
        }
        return new Status(phone, d != null && d.isPhoneVerified(), pending, wait, topics);
    }

    /**
     * Sends a new code to the mobile phone of the contact data.
     *
     * @throws ContactRejected no phone, already verified, or too soon / too many codes
     */
    public void sendCode(String clientAddr) {
        Account me = meLocked();
        ContactDetails d = em.find(ContactDetails.class, me.getId());
        if (d == null || d.getMobilePhone() == null) {
            throw new ContactRejected(null, "sms.phone.missing");
        }
        if (d.isPhoneVerified()) {
            throw new ContactRejected(null, "sms.phone.alreadyVerified");
        }
        Instant now = clock.now();
        PhoneCheck check = em.find(PhoneCheck.class, me.getId());
        if (check == null) {
            check = new PhoneCheck(me.getId(), now);
            em.persist(check);
        } else if (check.waitSeconds(now, settings.resendInterval(), settings.codesPerDay()) > 0) {
            throw new ContactRejected(null, "sms.code.wait");
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        check.newCode(d.getMobilePhone(), hasher.generate(code.toCharArray()), now, settings.codeValidity());
        long minutes = settings.codeValidity().toMinutes();
        String text = "en".equals(me.getLocale())
                ? "Istanze OnLine: your phone verification code is " + code + " (valid " + minutes
                + " minutes). Do not share it with anyone."
                : "Istanze OnLine: il codice di verifica del tuo cellulare è " + code + " (valido " + minutes
                + " minuti). Non comunicarlo a nessuno.";
        sms.queue(me.getId(), d.getMobilePhone(), text, true);
        audit.record(me.getUsername(), "SMS_CODE_SENT", "account", String.valueOf(me.getId()),
                ContactService.maskPhone(d.getMobilePhone()), clientAddr);
    }

    /** Checks a typed code; wrong attempts count (and are kept) even though nothing else changes. */
    public CodeResult verify(String code, String clientAddr) {
        Account me = meLocked();
        ContactDetails d = em.find(ContactDetails.class, me.getId());
        PhoneCheck check = em.find(PhoneCheck.class, me.getId());
        int max = settings.codeAttempts();
        if (d == null || d.getMobilePhone() == null || check == null || check.getCodeHash() == null
                || !d.getMobilePhone().equals(check.getPhone())) {
            return new CodeResult(check != null && check.getAttempts() >= max ? CodeOutcome.LOCKED : CodeOutcome.NO_CODE, 0);
        }
        Instant now = clock.now();
        if (!check.getExpiresAt().isAfter(now)) {
            check.spend();
            audit.record(me.getUsername(), "SMS_CODE_EXPIRED", "account", String.valueOf(me.getId()), null, clientAddr);
            return new CodeResult(CodeOutcome.EXPIRED, 0);
        }
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (typed.matches("[0-9]{6}") && hasher.verify(typed.toCharArray(), check.getCodeHash())) {
            check.spend();
            d.phoneVerified(now);
            audit.record(me.getUsername(), "SMS_PHONE_VERIFIED", "account", String.valueOf(me.getId()),
                    ContactService.maskPhone(d.getMobilePhone()), clientAddr);
            return new CodeResult(CodeOutcome.VERIFIED, 0);
        }
        int failures = check.failedAttempt();
        if (failures >= max) {
            check.spend();
            audit.record(me.getUsername(), "SMS_CODE_LOCKED", "account", String.valueOf(me.getId()),
                    failures + " wrong codes", clientAddr);
            return new CodeResult(CodeOutcome.LOCKED, 0);
        }
        audit.record(me.getUsername(), "SMS_CODE_WRONG", "account", String.valueOf(me.getId()),
                "attempt " + failures, clientAddr);
        return new CodeResult(CodeOutcome.WRONG, max - failures);
    }

    /**
     * Sets the topics the caller wants (the others are opted out). Opting out is always possible; opting
     * in needs a verified phone.
     *
     * @throws ContactRejected opt-in without a verified phone, or an unknown topic
     */
    public void choose(Collection<String> wanted, String clientAddr) {
        Account me = meLocked();
        Set<String> want = wanted == null ? Set.of() : new HashSet<>(wanted);
        Set<String> known = new HashSet<>();
        em.createNamedQuery(SmsTopic.ALL, SmsTopic.class).getResultList().forEach(t -> known.add(t.getCode()));
        if (!known.containsAll(want)) {
            throw new ContactRejected("topicChoice", "sms.topic.unknown");
        }
        Set<String> have = subscribed(me.getId());
        Set<String> added = new HashSet<>(want);
        added.removeAll(have);
        if (!added.isEmpty()) {
            ContactDetails d = em.find(ContactDetails.class, me.getId());
            if (d == null || !d.isPhoneVerified()) {
                throw new ContactRejected("topicChoice", "sms.optIn.needsPhone");
            }
        }
        Instant now = clock.now();
        for (SmsSubscription s : em.createNamedQuery(SmsSubscription.OF_ACCOUNT, SmsSubscription.class)
                .setParameter("account", me.getId()).getResultList()) {
            if (!want.contains(s.getTopicCode())) {
                em.remove(s);
                audit.record(me.getUsername(), "SMS_OPT_OUT", "account", String.valueOf(me.getId()), s.getTopicCode(),
                        clientAddr);
            }
        }
        for (String topic : added) {
            em.persist(new SmsSubscription(me.getId(), topic, now));
            audit.record(me.getUsername(), "SMS_OPT_IN", "account", String.valueOf(me.getId()), topic, clientAddr);
        }
    }

    /**
     * For the services that inform: queues the SMS (in the caller's transaction) when the account opted in
     * to the topic and its phone is verified; false when it did not.
     */
    @PermitAll
    public boolean notify(long accountId, String topic, String text) {
        ContactDetails d = em.find(ContactDetails.class, accountId);
        if (d == null || !d.isPhoneVerified() || !subscribed(accountId).contains(topic)) {
            return false;
        }
        sms.queue(accountId, d.getMobilePhone(), text, false);
        audit.record("system", "SMS_SENT", "account", String.valueOf(accountId), topic, null);
        return true;
    }

    private Set<String> subscribed(long accountId) {
        Set<String> out = new HashSet<>();
        em.createNamedQuery(SmsSubscription.OF_ACCOUNT, SmsSubscription.class).setParameter("account", accountId)
                .getResultList().forEach(s -> out.add(s.getTopicCode()));
        return out;
    }

    private Account me() {
        return accounts.byUsername(caller.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("No account for the caller"));
    }

    private Account meLocked() {
        Account a = me();
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        return a;
    }
}
