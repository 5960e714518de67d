package it.polis.it.support;

/**
 * A browser for client-side steps of Arquillian test classes, which do not get one injected by
 * {@link PortalExtension}; the caller closes it.
 */
public final class Browsers {

    private Browsers() {
    }

    public static Browser start(TestPortal portal) {
        return new Browser(portal);
    }
}
