package it.polis.it.support;

import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipFile;

/**
 * Arquillian deployments for in-container tests: the business module exactly as the EAR ships
 * it (polis-ejb.jar and the EAR's libraries) in a small WAR together with the test class.
 * Used only on the client side, in the tests' {@code @Deployment} methods.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive businessModule(String name, Class<?> testClass) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war").addClass(testClass)
                .addAsWebInfResource(EmptyAsset.INSTANCE, ArchivePaths.create("beans.xml"));
        try (ZipFile zip = new ZipFile(new File(System.getProperty("polis.ear")))) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                var e = entries.nextElement();
                boolean library = e.getName().startsWith("lib/") && e.getName().endsWith(".jar");
                if (library || e.getName().equals("polis-ejb.jar")) {
                    File tmp = File.createTempFile("polis-", ".jar");
                    tmp.deleteOnExit();
                    try (var in = zip.getInputStream(e)) {
                        Files.copy(in, tmp.toPath(), StandardCopyOption.REPLACE_EXISTING);
                    }
                    war.addAsLibrary(ShrinkWrap.createFromZipFile(JavaArchive.class, tmp));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war;
    }
}
