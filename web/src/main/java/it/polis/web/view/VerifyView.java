package it.polis.web.view;

import it.polis.applications.ReceiptService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * verify.xhtml?p=&amp;h=: public check of a receipt (protocol number + SHA-256 printed on it, or
 * its QR code). Says only whether such a receipt exists and matches; no personal data.
 */
@Named("verifyView")
@RequestScoped
public class VerifyView {

    @EJB
    private ReceiptService receipts;

    private String p;
    private String h;
    private ReceiptService.Verdict verdict;

    public void check() {
        if (p != null && !p.isBlank() || h != null && !h.isBlank()) {
            verdict = receipts.verify(p == null ? null : p.trim(), h == null ? null : h.trim());
        }
    }

    public String getVerdict() {
        return verdict == null ? null : verdict.name();
    }

    public String getP() {
        return p;
    }

    public void setP(String p) {
        this.p = p;
    }

    public String getH() {
        return h;
    }

    public void setH(String h) {
        this.h = h;
    }
}
