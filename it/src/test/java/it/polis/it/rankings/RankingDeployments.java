package it.polis.it.rankings;

import it.polis.it.support.Deployments;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipFile;

/** The business module plus the batch jobs as the EAR ships them (polis-batch.jar), and test helpers. */
final class RankingDeployments {

    private RankingDeployments() {
    }

    static WebArchive withJobs(String name, Class<?>... classes) {
        WebArchive war = Deployments.businessModule(name, classes[0]);
        for (int i = 1; i < classes.length; i++) {
            war.addClass(classes[i]);
        }
        try (ZipFile zip = new ZipFile(new File(System.getProperty("polis.ear")))) {
            var e = zip.getEntry("polis-batch.jar");
            File tmp = File.createTempFile("polis-batch-", ".jar");
            tmp.deleteOnExit();
            try (var in = zip.getInputStream(e)) {
                Files.copy(in, tmp.toPath(), StandardCopyOption.REPLACE_EXISTING);
            }
            JavaArchive jobs = ShrinkWrap.createFromZipFile(JavaArchive.class, tmp);
            // The crash-recovery singleton belongs to the EAR (it depends on polis-ejb.jar#SchemaMigrator); the
            // portal itself runs it at start, not this test deployment.
            jobs.getContent().keySet().stream().filter(p -> p.get().startsWith("/it/polis/batch/console/InterruptedExecutions"))
                    .toList().forEach(jobs::delete);
            if (jobs.contains("it/polis/batch/console/InterruptedExecutions.class")) {
                throw new IllegalStateException("InterruptedExecutions still in the test deployment");
            }
            war.addAsLibrary(jobs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // one principal per ministry role for the run-as callers of the tests
        war.addAsWebInfResource(RankingDeployments.class.getPackage(), "glassfish-web.xml", "glassfish-web.xml");
        return war;
    }
}
