package it.polis.it.campaigns;

import it.polis.it.support.Deployments;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipFile;

/**
 * The business module as {@link Deployments#businessModule} makes it, plus the EAR's batch module
 * (polis-batch.jar: the send-campaign job and its artifacts), so the job runs inside the test deployment.
 */
final class CampaignDeployments {

    private CampaignDeployments() {
    }

    static WebArchive withBatch(String name, Class<?>... classes) {
        WebArchive war = Deployments.businessModule(name, classes[0]);
        for (int i = 1; i < classes.length; i++) {
            war.addClass(classes[i]);
        }
        try (ZipFile zip = new ZipFile(new File(System.getProperty("polis.ear")))) {
            var entry = zip.getEntry("polis-batch.jar");
            File tmp = File.createTempFile("polis-batch-", ".jar");
            tmp.deleteOnExit();
            try (var in = zip.getInputStream(entry)) {
                Files.copy(in, tmp.toPath(), StandardCopyOption.REPLACE_EXISTING);
            }
            JavaArchive batch = ShrinkWrap.createFromZipFile(JavaArchive.class, tmp);
            // the console's beans belong to the EAR (one start-up recovery per server, module-qualified dependencies)
            batch.delete("it/polis/batch/console");
            war.addAsLibrary(batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // AsCampaignManager runs as the demo campaign manager: the run-as role needs a principal.
        war.addAsWebInfResource(new StringAsset("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE glassfish-web-app PUBLIC \"-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN\""
                + " \"http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd\">\n"
                + "<glassfish-web-app><security-role-mapping><role-name>CAMPAIGN_MANAGER</role-name>"
                + "<principal-name>campagne</principal-name></security-role-mapping></glassfish-web-app>\n"),
                "glassfish-web.xml");
        return war;
    }
}
