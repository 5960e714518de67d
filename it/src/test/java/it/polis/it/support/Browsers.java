package it.polis.it.support;

/**
 * A browser for test classes that cannot take one as a parameter (Arquillian classes, whose client-side
 * steps drive the portal too). The caller closes it.
 */
public final class Browsers {

    private Browsers() {
    }

    public static Browser open(TestPortal portal) {
        return new Browser(portal);
    }
}
