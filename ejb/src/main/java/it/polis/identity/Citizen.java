package it.polis.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Personal data of a citizen account, and its registration and personal-code state. */
@Entity
@Table(name = "citizen")
@NamedQuery(name = Citizen.BY_ACTIVE_CF, query = "SELECT c FROM Citizen c WHERE c.cfActive = :cf")
@NamedQuery(name = Citizen.BY_REGISTRATION_NUMBER,
        query = "SELECT c FROM Citizen c WHERE c.registrationNumber = :number")
@NamedQuery(name = Citizen.BY_USERNAME, query = "SELECT c FROM Citizen c WHERE c.account.username = :username")
@NamedQuery(name = Citizen.STALE_REGISTRATIONS, query = "SELECT c FROM Citizen c WHERE c.identifiedAt IS NULL"
        + " AND c.cfActive IS NOT NULL AND c.registrationExpiresAt < :now")
public class Citizen {

    public static final String BY_ACTIVE_CF = "Citizen.byActiveCf";
    public static final String BY_REGISTRATION_NUMBER = "Citizen.byRegistrationNumber";
    public static final String BY_USERNAME = "Citizen.byUsername";
    public static final String STALE_REGISTRATIONS = "Citizen.staleRegistrations";

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @MapsId
    @OneToOne
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "codice_fiscale", nullable = false)
    private String codiceFiscale;

    /** The CF while the registration is alive; null once EXPIRED so the CF can register again. */
    @Column(name = "cf_active")
    private String cfActive;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "birth_place_code")
    private String birthPlaceCode;

    @Column(name = "birth_place_name")
    private String birthPlaceName;

    private String sex;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registration_expires_at")
    private Instant registrationExpiresAt;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Column(name = "identified_at")
    private Instant identifiedAt;

    @Column(name = "personal_code_hash")
    private String personalCodeHash;

    @Column(name = "personal_code_temporary")
    private boolean personalCodeTemporary = true;

    @Column(name = "security_question")
    private String securityQuestion;

    @Column(name = "security_answer_hash")
    private String securityAnswerHash;

    protected Citizen() {
    }

    public Citizen(Account account, String codiceFiscale, String givenName, String familyName, LocalDate birthDate,
                   String birthPlaceCode, String birthPlaceName, String sex, String registrationNumber,
                   Instant registeredAt, Instant registrationExpiresAt) {
        this.account = account;
        this.codiceFiscale = codiceFiscale;
        this.cfActive = codiceFiscale;
        this.givenName = givenName;
        this.familyName = familyName;
        this.birthDate = birthDate;
        this.birthPlaceCode = birthPlaceCode;
        this.birthPlaceName = birthPlaceName;
        this.sex = sex;
        this.registrationNumber = registrationNumber;
        this.registeredAt = registeredAt;
        this.registrationExpiresAt = registrationExpiresAt;
    }

    /** The registration was not completed in time: the account expires and the CF is free again. */
    public void expire() {
        cfActive = null;
        account.setState(AccountState.EXPIRED);
    }

    public Long getAccountId() {
        return accountId;
    }

    public Account getAccount() {
        return account;
    }

    public String getCodiceFiscale() {
        return codiceFiscale;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getBirthPlaceCode() {
        return birthPlaceCode;
    }

    public String getBirthPlaceName() {
        return birthPlaceName;
    }

    public String getSex() {
        return sex;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getRegistrationExpiresAt() {
        return registrationExpiresAt;
    }

    /** A new deadline for the identification (after a regeneration of the personal code). */
    public void setRegistrationExpiresAt(Instant registrationExpiresAt) {
        this.registrationExpiresAt = registrationExpiresAt;
    }

    public Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    public void setEmailConfirmedAt(Instant emailConfirmedAt) {
        this.emailConfirmedAt = emailConfirmedAt;
    }

    public Instant getIdentifiedAt() {
        return identifiedAt;
    }

    public void setIdentifiedAt(Instant identifiedAt) {
        this.identifiedAt = identifiedAt;
    }

    public String getPersonalCodeHash() {
        return personalCodeHash;
    }

    public boolean isPersonalCodeTemporary() {
        return personalCodeTemporary;
    }

    public void setPersonalCode(String hash, boolean temporary) {
        this.personalCodeHash = hash;
        this.personalCodeTemporary = temporary;
    }

    public String getSecurityQuestion() {
        return securityQuestion;
    }

    public String getSecurityAnswerHash() {
        return securityAnswerHash;
    }

    public void setSecurityQuestion(String question, String answerHash) {
        this.securityQuestion = question;
        this.securityAnswerHash = answerHash;
    }

    /** Signed-in citizens must set their own CP and security question before anything else. */
    public boolean needsFirstAccessSetup() {
        return personalCodeTemporary || securityAnswerHash == null;
    }
}
