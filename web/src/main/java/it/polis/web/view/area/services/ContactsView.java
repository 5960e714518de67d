package it.polis.web.view.area.services;

import it.polis.identity.contact.ContactRejected;
import it.polis.identity.contact.ContactService;
import it.polis.web.shell.ContactAttentionFilter;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;

/** area/services/contacts.xhtml: email addresses, mobile phone and postal address of the citizen. */
@Named
@ViewScoped
public class ContactsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContactService contacts;

    private ContactService.Overview overview;
    private boolean broughtHere;

    private String newEmail;
    private boolean makePrimary;

    private String mobilePhone;
    private String street;
    private String postcode;
    private String comune;
    private String province;
    private String country;

    @PostConstruct
    void init() {
        Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        broughtHere = session.remove(ContactAttentionFilter.ATTENTION) != null;
        reload();
        ContactService.Details d = overview.details();
        mobilePhone = d.mobilePhone();
        street = d.street();
        postcode = d.postcode();
        comune = d.comune();
        province = d.province();
        country = d.country() == null ? "Italia" : d.country();
    }

    private void reload() {
        overview = contacts.overview();
    }

    public void addEmail() {
        try {
            contacts.addEmail(newEmail, makePrimary, Texts.clientAddr());
            newEmail = null;
            makePrimary = false;
            Texts.info("emails.added");
        } catch (ContactRejected e) {
            Texts.problems("addEmail", e);
        }
        reload();
    }

    public void resend(long id) {
        try {
            contacts.resendConfirmation(id, Texts.clientAddr());
            Texts.info("emails.resent");
        } catch (ContactRejected e) {
            Texts.problems("emails", e);
        }
        reload();
    }

    public void makePrimary(long id) {
        try {
            contacts.makePrimary(id, Texts.clientAddr());
            Texts.info("emails.primaryChanged");
        } catch (ContactRejected e) {
            Texts.problems("emails", e);
        }
        reload();
    }

    public void remove(long id) {
        try {
            contacts.removeEmail(id, Texts.clientAddr());
            Texts.info("emails.removed");
        } catch (ContactRejected e) {
            Texts.problems("emails", e);
        }
        reload();
    }

    public void saveDetails() {
        try {
            contacts.saveDetails(new ContactService.Details(mobilePhone, false, street, postcode, comune, province,
                    country), Texts.clientAddr());
            Texts.info("details.saved");
            reload();
            mobilePhone = overview.details().mobilePhone();
            province = overview.details().province();
            country = overview.details().country() == null ? "Italia" : overview.details().country();
        } catch (ContactRejected e) {
            Texts.problems("details", e);
        }
    }

    public ContactService.Overview getOverview() {
        return overview;
    }

    public boolean isBroughtHere() {
        return broughtHere;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public boolean isMakePrimary() {
        return makePrimary;
    }

    public void setMakePrimary(boolean makePrimary) {
        this.makePrimary = makePrimary;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getComune() {
        return comune;
    }

    public void setComune(String comune) {
        this.comune = comune;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}
