package it.polis.it.applications;

import it.polis.applications.ProtocolNumber;
import it.polis.applications.ProtocolRegistry;
import it.polis.it.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Protocol numbers against the real database: many transactions at once, a third of them rolled back,
 * leave the committed numbers gap-free (1..n) and unique; a new year starts again from 1.
 */
@ExtendWith(ArquillianExtension.class)
class ProtocolRegistryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.businessModule("protocol-it", ProtocolRegistryIT.class);
    }

    @Inject
    private ProtocolRegistry registry;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private UserTransaction tx;

    @Test
    void concurrentTransactionsWithRollbacksLeaveNoGaps() throws Exception {
        String name = "IT" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.parse("2026-12-11T10:00:00Z");
        int tasks = 30;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            boolean rollBack = i % 3 == 0;
            Callable<Long> task = () -> {
                start.await();
                UserTransaction utx = (UserTransaction) new javax.naming.InitialContext()
                        .lookup("java:comp/UserTransaction");
                utx.begin();
                ProtocolNumber n = registry.next(name, now);
                Thread.sleep(5);
                if (rollBack) {
                    utx.rollback();
                    return -1L;
                }
                utx.commit();
                return n.number();
            };
            results.add(executor.submit(task));
        }
        start.countDown();
        List<Long> committed = new ArrayList<>();
        for (Future<Long> f : results) {
            long n = f.get();
            if (n > 0) {
                committed.add(n);
            }
        }
        Collections.sort(committed);
        assertEquals(LongStream.rangeClosed(1, committed.size()).boxed().toList(), committed,
                "committed numbers are 1..n, no gaps, no duplicates");
        assertEquals(tasks - (tasks + 2) / 3, committed.size());

        tx.begin();
        ProtocolNumber next = registry.next(name, now);
        ProtocolNumber nextYear = registry.next(name, Instant.parse("2027-01-01T00:30:00Z"));
        tx.commit();
        assertEquals(committed.size() + 1, next.number());
        assertEquals(1, nextYear.number(), "the first number of 2027 (Rome time)");
        assertTrue(next.text().startsWith("m_pi." + name + ".REGISTRO UFFICIALE(U)."), next.text());
        assertTrue(next.text().endsWith(".11-12-2026"), next.text());
    }
}
