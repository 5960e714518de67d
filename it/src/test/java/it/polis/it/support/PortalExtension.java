package it.polis.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects the {@link TestPortal} (started once per run by {@link PortalSession}) and a fresh
 * {@link Browser} per test method. Arquillian test classes do not need it: the session listener
 * has started the portal and set the admin port before Arquillian reads its configuration.
 */
public class PortalExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestPortal.get();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestPortal.class || type == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestPortal portal = TestPortal.get();
        if (parameter.getParameter().getType() == TestPortal.class) {
            return portal;
        }
        // One browser per test method, closed after it.
        return context.getStore(ExtensionContext.Namespace.create(PortalExtension.class, context.getUniqueId()))
                .getOrComputeIfAbsent("browser", k -> new Browser(portal), Browser.class);
    }
}
