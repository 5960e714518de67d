package it.polis.it.applications;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test deployment only: {@code POST /lock?id=N&ms=M} locks application N's row, as a concurrent
 * submit of the same application would, holds it M ms in another thread, and answers once it holds it.
 */
@WebServlet("/lock")
public class RowLockServlet extends HttpServlet {

    @Resource(lookup = "jdbc/polis")
    private DataSource dataSource;

    @Resource
    private UserTransaction tx;

    @Resource
    private ManagedExecutorService executor;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long id = Long.parseLong(req.getParameter("id"));
        long ms = Long.parseLong(req.getParameter("ms"));
        CountDownLatch held = new CountDownLatch(1);
        executor.submit(() -> {
            tx.begin();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT id FROM app_application WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, id);
                ps.executeQuery().close();
                held.countDown();
                Thread.sleep(ms);
            } finally {
                tx.commit();
            }
            return null;
        });
        try {
            if (!held.await(10, TimeUnit.SECONDS)) {
                resp.sendError(HttpServletResponse.SC_CONFLICT, "lock not taken");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        resp.setContentType("text/plain");
        resp.getWriter().println("locked " + id);
    }
}
