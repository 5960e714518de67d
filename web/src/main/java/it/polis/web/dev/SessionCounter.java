package it.polis.web.dev;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the active HTTP sessions of this web application for the dev-only heap endpoint
 * ({@link HeapServlet}), which the benchmarks read. In dev mode it also remembers the sessions
 * so that the endpoint can invalidate them all between measurements; otherwise it only counts.
 */
@WebListener
public class SessionCounter implements HttpSessionListener, HttpSessionIdListener {

    private static final AtomicLong ACTIVE = new AtomicLong();
    private static final AtomicLong CREATED = new AtomicLong();
    private static final Map<String, HttpSession> TRACKED = new ConcurrentHashMap<>();

    @Inject
    private DevMode devMode;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ACTIVE.incrementAndGet();
        CREATED.incrementAndGet();
        if (devMode != null && devMode.isEnabled()) {
            TRACKED.put(event.getSession().getId(), event.getSession());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ACTIVE.decrementAndGet();
        TRACKED.remove(event.getSession().getId());
    }

    /** Sign-in rotates the session id: keep tracking the session under its new one. */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        HttpSession session = TRACKED.remove(oldSessionId);
        if (session != null) {
            TRACKED.put(event.getSession().getId(), event.getSession());
        }
    }

    /** Sessions created and not yet destroyed. */
    public static long active() {
        return ACTIVE.get();
    }

    /** Sessions created since the application started. */
    public static long created() {
        return CREATED.get();
    }

    /** Invalidates every tracked session (dev mode only); returns how many were invalidated. */
    static int invalidateAll() {
        List<HttpSession> all = new ArrayList<>(TRACKED.values());
        int n = 0;
        for (HttpSession s : all) {
            try {
                s.invalidate();
                n++;
            } catch (IllegalStateException alreadyInvalid) {
                TRACKED.values().remove(s);
            }
        }
        return n;
    }
}
