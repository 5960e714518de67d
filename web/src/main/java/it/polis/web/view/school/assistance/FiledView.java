package it.polis.web.view.school.assistance;

import it.polis.assistance.AssistanceRow;
import it.polis.assistance.AssistanceService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * school/assistance/filed.xhtml?number=...: the confirmation after filing, with the request number.
 * Only this school's own requests are shown; any other number says "not found".
 */
@Named
@ViewScoped
public class FiledView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AssistanceService assistance;

    private String number;
    private boolean checkSchool;
    private AssistanceRow request;

    public void onLoad() {
        request = assistance.mineByNumber(number).orElse(null);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public boolean isCheckSchool() {
        return checkSchool;
    }

    public void setCheckSchool(boolean checkSchool) {
        this.checkSchool = checkSchool;
    }

    public AssistanceRow getRequest() {
        return request;
    }
}
