package it.polis.web.view.area.applications;

import it.polis.applications.ApplicationService;
import it.polis.applications.Receipt;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/** GET /area/applications/receipt.pdf?s=: the receipt of one of the caller's submissions (archive). */
@WebServlet("/area/applications/receipt.pdf")
public class ReceiptServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Receipt> receipt;
        try {
            receipt = applications.receipt(Long.parseLong(req.getParameter("s")));
        } catch (NumberFormatException e) {
            receipt = Optional.empty();
        }
        if (receipt.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + receipt.get().fileName() + "\"");
        resp.setHeader("Cache-Control", "private, no-store");
        resp.setContentLength(receipt.get().pdf().length);
        resp.getOutputStream().write(receipt.get().pdf());
    }
}
