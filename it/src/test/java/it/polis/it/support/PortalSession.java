package it.polis.it.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Starts the portal under test when the JUnit run opens and stops it when the run closes. */
public class PortalSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestPortal.get();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestPortal.shutdown();
    }
}
