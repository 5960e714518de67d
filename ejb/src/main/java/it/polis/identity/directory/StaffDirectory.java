package it.polis.identity.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The ministry staff directory (LDAP) behind the {@code @istruzione.it} mailboxes: finds a person by
 * user name ({@code mario.bianchi} or {@code mario.bianchi@istruzione.it}), checks the password by
 * binding as that person, and reads the codice fiscale that links the entry to a portal account.
 * The password is only handed to the directory: never kept, never logged. Off when
 * {@code polis.ldap.url} is empty (the default).
 *
 * <p>Settings (MicroProfile Config): {@code polis.ldap.url} (e.g. {@code ldap://ldap.example:389}),
 * {@code polis.ldap.base-dn}, {@code polis.ldap.bind-dn} / {@code polis.ldap.bind-password} for the
 * search (anonymous when empty), {@code polis.ldap.uid-attribute} (uid), {@code polis.ldap.cf-attribute}
 * (employeeNumber), {@code polis.ldap.mail-domain} (istruzione.it), {@code polis.ldap.timeout-ms} (5000).
 */
@ApplicationScoped
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class.getName());
    private static final Pattern UID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** What the directory says about a user name and password. */
    public enum Status {
        /** No such person in the directory (or the directory is off or unreachable). */
        UNKNOWN,
        /** The person exists; the password is wrong. */
        REFUSED,
        /** The person exists and the password is right. */
        ACCEPTED
    }

    /** The answer; {@code codiceFiscale} is the entry's CF (null when unknown or missing). */
    public record Check(Status status, String codiceFiscale) {

        static final Check UNKNOWN = new Check(Status.UNKNOWN, null);
    }

    /** The directory settings, read at each use (a changed setting needs no restart). */
    public record Settings(String url, String baseDn, String bindDn, String bindPassword, String uidAttribute,
                           String cfAttribute, String mailDomain, int timeoutMs) {

        boolean enabled() {
            return url != null && !url.isBlank();
        }
    }

    @Inject
    private Config config;

    public boolean enabled() {
        return settings().enabled();
    }

    /** True for a name in the mailbox form, {@code someone@istruzione.it}: only the directory knows those. */
    public boolean isMailboxName(String username) {
        return isMailboxName(settings(), username);
    }

    public Check check(String username, char[] password) {
        return check(settings(), username, password);
    }

    Settings settings() {
        int timeout;
        try {
            timeout = Integer.parseInt(setting("polis.ldap.timeout-ms", "5000"));
        } catch (NumberFormatException e) {
            timeout = 5000;
        }
        return new Settings(setting("polis.ldap.url", ""), setting("polis.ldap.base-dn", ""),
                setting("polis.ldap.bind-dn", ""), setting("polis.ldap.bind-password", ""),
                setting("polis.ldap.uid-attribute", "uid"), setting("polis.ldap.cf-attribute", "employeeNumber"),
                setting("polis.ldap.mail-domain", "istruzione.it"), timeout);
    }

    static boolean isMailboxName(Settings s, String username) {
        return username != null
                && username.trim().toLowerCase(Locale.ROOT).endsWith("@" + s.mailDomain().toLowerCase(Locale.ROOT));
    }

    /** The directory user id for what was typed at sign-in, or null when it cannot be one. */
    static String uidOf(Settings s, String username) {
        if (username == null) {
            return null;
        }
        String name = username.trim().toLowerCase(Locale.ROOT);
        String suffix = "@" + s.mailDomain().toLowerCase(Locale.ROOT);
        if (name.endsWith(suffix)) {
            name = name.substring(0, name.length() - suffix.length());
        }
        return UID.matcher(name).matches() ? name : null;
    }

    static Check check(Settings s, String username, char[] password) {
        String uid = uidOf(s, username);
        if (!s.enabled() || uid == null) {
            return Check.UNKNOWN;
        }
        String dn;
        String cf;
        DirContext search = null;
        try {
            search = new InitialDirContext(environment(s, s.bindDn(), s.bindPassword().toCharArray()));
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setReturningAttributes(new String[] {s.cfAttribute()});
            controls.setCountLimit(2);
            controls.setTimeLimit(s.timeoutMs());
            NamingEnumeration<SearchResult> found = search.search(s.baseDn(), "(" + s.uidAttribute() + "={0})",
                    new Object[] {uid}, controls);
            if (!found.hasMore()) {
                return Check.UNKNOWN;
            }
            SearchResult entry = found.next();
            boolean ambiguous;
            try {
                ambiguous = found.hasMore();
            } catch (javax.naming.SizeLimitExceededException more) {
                ambiguous = true;
            }
            found.close();
            if (ambiguous) {
                LOG.warning("Staff directory: more than one entry for one user id; refusing it");
                return Check.UNKNOWN;
            }
            dn = entry.getNameInNamespace();
            Attribute a = entry.getAttributes().get(s.cfAttribute());
            cf = a == null || a.get() == null ? null : a.get().toString().trim().toUpperCase(Locale.ROOT);
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "Staff directory search failed: {0}", e.toString());
            return Check.UNKNOWN;
        } finally {
            close(search);
        }
        // An empty password would be an anonymous bind, which LDAP servers accept: never a sign-in.
        if (password == null || password.length == 0) {
            return new Check(Status.REFUSED, cf);
        }
        char[] secret = Arrays.copyOf(password, password.length);
        DirContext user = null;
        try {
            user = new InitialDirContext(environment(s, dn, secret));
            return new Check(Status.ACCEPTED, cf);
        } catch (AuthenticationException e) {
            return new Check(Status.REFUSED, cf);
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "Staff directory bind failed: {0}", e.getClass().getSimpleName());
            return new Check(Status.REFUSED, cf);
        } finally {
            Arrays.fill(secret, '\0');
            close(user);
        }
    }

    private static Hashtable<String, Object> environment(Settings s, String principal, char[] credentials) {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, s.url());
        env.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(s.timeoutMs()));
        env.put("com.sun.jndi.ldap.read.timeout", String.valueOf(s.timeoutMs()));
        env.put(Context.REFERRAL, "ignore");
        if (principal == null || principal.isBlank()) {
            env.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            env.put(Context.SECURITY_AUTHENTICATION, "simple");
            env.put(Context.SECURITY_PRINCIPAL, principal);
            env.put(Context.SECURITY_CREDENTIALS, credentials);
        }
        return env;
    }

    private String setting(String name, String fallback) {
        return config.getOptionalValue(name, String.class).map(String::trim).orElse(fallback);
    }

    private static void close(DirContext ctx) {
        if (ctx != null) {
            try {
                ctx.close();
            } catch (NamingException ignored) {
                // nothing to do
            }
        }
    }
}
