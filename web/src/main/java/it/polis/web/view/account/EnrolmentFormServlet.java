package it.polis.web.view.account;

import it.polis.identification.EnrolmentForms;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/** account/enrolment-form.pdf: the signed-in citizen's modulo di adesione (role checked in web.xml and the EJB). */
@WebServlet("/account/enrolment-form.pdf")
public class EnrolmentFormServlet extends HttpServlet {

    @EJB
    private EnrolmentForms forms;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<byte[]> pdf = forms.mine();
        if (pdf.isEmpty()) {
            // Email not confirmed yet: back to the status page, which says so.
            resp.sendRedirect(req.getContextPath() + "/account/status.xhtml");
            return;
        }
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "attachment; filename=\"modulo-di-adesione.pdf\"");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(pdf.get().length);
        resp.getOutputStream().write(pdf.get());
    }
}
