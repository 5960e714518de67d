package it.polis.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A sign-in identity: user name, password hash, state and roles. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.STAFF_BY_CF,
        query = "SELECT a FROM Account a WHERE a.codiceFiscale = :cf AND a.kind <> it.polis.identity.AccountKind.CITIZEN")
@NamedQuery(name = Account.BY_USERNAMES, query = "SELECT a FROM Account a WHERE a.username IN :usernames")
@NamedQuery(name = Account.COUNT_ACTIVE_WITH_ROLE, query = "SELECT COUNT(a) FROM Account a JOIN a.roles r"
        + " WHERE r = :role AND a.state = it.polis.identity.AccountState.ACTIVE")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String STAFF_BY_CF = "Account.staffByCf";
    public static final String BY_USERNAMES = "Account.byUsernames";
    public static final String COUNT_ACTIVE_WITH_ROLE = "Account.countActiveWithRole";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private AccountKind kind;

    @Enumerated(EnumType.STRING)
    private AccountState state;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    @Column(name = "school_code")
    private String schoolCode;

    private String locale = "it";

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "failed_sign_ins")
    private int failedSignIns;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    /** Staff only: the CF that links the account to its entry in the staff directory (LDAP). */
    @Column(name = "codice_fiscale")
    private String codiceFiscale;

    @Version
    private int version;

    protected Account() {
    }

    public Account(String username, AccountKind kind, AccountState state, String displayName, String email,
                   Instant createdAt) {
        this.username = username;
        this.kind = kind;
        this.state = state;
        this.displayName = displayName;
        this.email = email;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public AccountKind getKind() {
        return kind;
    }

    public AccountState getState() {
        return state;
    }

    public void setState(AccountState state) {
        this.state = state;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    /** The primary email address (contact data changes it once the new address is confirmed). */
    public void setEmail(String email) {
        this.email = email;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public void setSchoolCode(String schoolCode) {
        this.schoolCode = schoolCode;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLastFailedAt() {
        return lastFailedAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void recordFailedSignIn(int failuresNow, Instant when, Instant lockUntil) {
        failedSignIns = failuresNow;
        lastFailedAt = when;
        lockedUntil = lockUntil;
    }

    public void resetFailedSignIns() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public String getCodiceFiscale() {
        return codiceFiscale;
    }

    public void setCodiceFiscale(String codiceFiscale) {
        this.codiceFiscale = codiceFiscale;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    /** Signs in through the staff directory: linked by CF and no portal password. */
    public boolean isDirectoryLinked() {
        return codiceFiscale != null && passwordHash == null;
    }
}
