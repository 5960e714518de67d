package it.polis.identity.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Postal address and mobile phone of an account (one row, created on the first save). */
@Entity
@Table(name = "contact_details")
public class ContactDetails {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "mobile_phone")
    private String mobilePhone;

    @Column(name = "phone_verified_at")
    private Instant phoneVerifiedAt;

    private String street;
    private String postcode;
    private String comune;
    private String province;
    private String country;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected ContactDetails() {
    }

    ContactDetails(long accountId, Instant now) {
        this.accountId = accountId;
        this.updatedAt = now;
    }

    /** A new number is unverified until its code is typed back. */
    void setMobilePhone(String phone, Instant now) {
        if (phone == null ? mobilePhone != null : !phone.equals(mobilePhone)) {
            mobilePhone = phone;
            phoneVerifiedAt = null;
        }
        updatedAt = now;
    }

    void setAddress(String street, String postcode, String comune, String province, String country, Instant now) {
        this.street = street;
        this.postcode = postcode;
        this.comune = comune;
        this.province = province;
        this.country = country;
        this.updatedAt = now;
    }

    void phoneVerified(Instant now) {
        phoneVerifiedAt = now;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public Instant getPhoneVerifiedAt() {
        return phoneVerifiedAt;
    }

    public boolean isPhoneVerified() {
        return mobilePhone != null && phoneVerifiedAt != null;
    }

    public String getStreet() {
        return street;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getComune() {
        return comune;
    }

    public String getProvince() {
        return province;
    }

    public String getCountry() {
        return country;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
