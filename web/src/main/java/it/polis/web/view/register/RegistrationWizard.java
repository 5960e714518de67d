package it.polis.web.view.register;

import it.polis.identity.RegistrationRequest;
import it.polis.identity.cf.Sex;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the person typed across the three registration pages: kept in the session so that "back"
 * never loses it; cleared once the registration is sent.
 */
@Named
@SessionScoped
public class RegistrationWizard implements Serializable {

    private static final long serialVersionUID = 1L;

    private String codiceFiscale;
    private boolean captchaPassed;
    private String givenName;
    private String familyName;
    private LocalDate birthDate;
    private boolean bornAbroad;
    private String regionCode;
    private String provinceCode;
    private String comuneCode;
    private String countryCode;
    private String birthPlaceName;
    private Sex sex;
    private String email;
    private String emailAgain;
    private String password;
    private boolean termsAccepted;
    private boolean privacyAccepted;
    private boolean reviewed;
    private String sentTo;

    public RegistrationRequest toRequest(String locale) {
        return new RegistrationRequest(codiceFiscale, givenName, familyName, birthDate, birthPlaceCode(), sex,
                email == null ? null : email.trim(), password, locale);
    }

    public String birthPlaceCode() {
        return bornAbroad ? countryCode : comuneCode;
    }

    /** Sent: forget everything typed, keep only where the email went (for the final page). */
    public synchronized boolean markSent() {
        if (sentTo != null) {
            return false;
        }
        sentTo = email;
        return true;
    }

    public void reset() {
        codiceFiscale = null;
        captchaPassed = false;
        givenName = null;
        familyName = null;
        birthDate = null;
        bornAbroad = false;
        regionCode = null;
        provinceCode = null;
        comuneCode = null;
        countryCode = null;
        birthPlaceName = null;
        sex = null;
        email = null;
        emailAgain = null;
        password = null;
        termsAccepted = false;
        privacyAccepted = false;
        reviewed = false;
    }

    /** The send was refused (data became invalid meanwhile): keep what was typed, allow another send. */
    public synchronized void restartKeepingData() {
        sentTo = null;
        reviewed = false;
    }

    public void restart() {
        reset();
        sentTo = null;
    }

    public boolean isStarted() {
        return codiceFiscale != null && captchaPassed;
    }

    public String getCodiceFiscale() {
        return codiceFiscale;
    }

    public void setCodiceFiscale(String codiceFiscale) {
        this.codiceFiscale = codiceFiscale;
    }

    public boolean isCaptchaPassed() {
        return captchaPassed;
    }

    public void setCaptchaPassed(boolean captchaPassed) {
        this.captchaPassed = captchaPassed;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public boolean isBornAbroad() {
        return bornAbroad;
    }

    public void setBornAbroad(boolean bornAbroad) {
        this.bornAbroad = bornAbroad;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public void setProvinceCode(String provinceCode) {
        this.provinceCode = provinceCode;
    }

    public String getComuneCode() {
        return comuneCode;
    }

    public void setComuneCode(String comuneCode) {
        this.comuneCode = comuneCode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getBirthPlaceName() {
        return birthPlaceName;
    }

    public void setBirthPlaceName(String birthPlaceName) {
        this.birthPlaceName = birthPlaceName;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmailAgain() {
        return emailAgain;
    }

    public void setEmailAgain(String emailAgain) {
        this.emailAgain = emailAgain;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isTermsAccepted() {
        return termsAccepted;
    }

    public void setTermsAccepted(boolean termsAccepted) {
        this.termsAccepted = termsAccepted;
    }

    public boolean isPrivacyAccepted() {
        return privacyAccepted;
    }

    public void setPrivacyAccepted(boolean privacyAccepted) {
        this.privacyAccepted = privacyAccepted;
    }

    public boolean isReviewed() {
        return reviewed;
    }

    public void setReviewed(boolean reviewed) {
        this.reviewed = reviewed;
    }

    public String getSentTo() {
        return sentTo;
    }
}
