package it.polis.tools.mail;

import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local mail catcher: a real SMTP server (GreenMail) that keeps every message, and a small
 * accessible web page listing them. Only for the default run and the tests; production relays
 * to the ministry's SMTP.
 */
public final class MailCatcher implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Rome"));
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private final Catcher greenMail;
    private final HttpServer http;
    private final List<Sms> sms = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** One SMS the portal's recording sender posted (same JSON as the production gateway). */
    public record Sms(java.time.Instant receivedAt, String to, String text, String reference) {
    }

    /** The bounce mailbox campaigns read (IMAP, user {@value #BOUNCE_LOGIN}): delivery status notifications go here. */
    public static final String BOUNCE_ADDRESS = "bounces@polis.istruzione.test";
    public static final String BOUNCE_LOGIN = "bounces";
    private static final String BOUNCE_PASSWORD = "bounces";

    public MailCatcher(int smtpPort, int httpPort) {
        this(smtpPort, httpPort, it.polis.tools.server.PayaraDomain.freePort());
    }

    public MailCatcher(int smtpPort, int httpPort, int imapPort) {
        greenMail = new Catcher(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        try {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the mail catcher page on port " + httpPort, e);
        }
        http.createContext("/", this::handle);
    }

    public MailCatcher start() {
        greenMail.start();
        greenMail.setUser(BOUNCE_ADDRESS, BOUNCE_LOGIN, BOUNCE_PASSWORD);
        http.start();
        return this;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** The bounce mailbox as {@code polis.campaigns.bounce.url} wants it (IMAP on this catcher). */
    public String bounceMailboxUrl() {
        return "imap://" + BOUNCE_LOGIN + ":" + BOUNCE_PASSWORD + "@127.0.0.1:" + greenMail.getImap().getPort() + "/INBOX";
    }

    public String url() {
        return "http://localhost:" + http.getAddress().getPort() + "/";
    }

    /** Stops accepting mail (the portal's outbox must keep it until SMTP is back). */
    public void stopSmtp() {
        greenMail.getSmtp().stopService();
    }

    /** Accepts mail again on the same port after {@link #stopSmtp()}, keeping the messages received so far. */
    public void restartSmtp() {
        greenMail.restartSmtp();
    }

    /** Every SMS received so far, oldest first. */
    public List<Sms> sms() {
        return List.copyOf(sms);
    }

    /** SMS to a number (international form, e.g. +393331234567), oldest first. */
    public List<Sms> smsFor(String number) {
        return sms.stream().filter(m -> m.to().equals(number)).toList();
    }

    public List<MimeMessage> messages() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** Messages whose To/Cc contain the address, oldest first. */
    public List<MimeMessage> messagesFor(String address) {
        List<MimeMessage> result = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (recipients(m).toLowerCase().contains(address.toLowerCase())) {
                result.add(m);
            }
        }
        return result;
    }

    public static String textOf(MimeMessage m) {
        try {
            String text = findPart(m, "text/plain");
            return text != null ? text : GreenMailUtil.getBody(m);
        } catch (MessagingException | IOException e) {
            return GreenMailUtil.getBody(m);
        }
    }

    private static String findPart(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                String found = findPart(mp.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String recipients(MimeMessage m) {
        try {
            Address[] to = m.getAllRecipients();
            if (to == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            for (Address a : to) {
                sb.append(sb.length() == 0 ? "" : ", ").append(a.toString());
            }
            return sb.toString();
        } catch (MessagingException e) {
            return "";
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        MimeMessage[] all = greenMail.getReceivedMessages();
        String body;
        int status = 200;
        if ("/sms".equals(path) && "POST".equals(exchange.getRequestMethod())) {
            receiveSms(exchange);
            return;
        }
        if ("/sms".equals(path)) {
            body = smsList();
        } else if ("/".equals(path)) {
            body = list(all);
        } else if (path.startsWith("/message/")) {
            int index;
            try {
                index = Integer.parseInt(path.substring("/message/".length()));
            } catch (NumberFormatException e) {
                index = -1;
            }
            if (index >= 0 && index < all.length) {
                body = detail(all[index], index);
            } else {
                status = 404;
                body = page("Messaggio non trovato", "<p>Nessun messaggio con questo numero.</p>"
                        + "<p><a href=\"/\">Torna all'elenco</a></p>");
            }
        } else {
            status = 404;
            body = page("Pagina non trovata", "<p><a href=\"/\">Torna all'elenco</a></p>");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String list(MimeMessage[] all) {
        StringBuilder rows = new StringBuilder();
        for (int i = all.length - 1; i >= 0; i--) {
            MimeMessage m = all[i];
            rows.append("<tr><td>").append(sent(m)).append("</td><td>").append(esc(recipients(m)))
                    .append("</td><td><a href=\"/message/").append(i).append("\">").append(esc(subject(m)))
                    .append("</a></td></tr>");
        }
        String table = all.length == 0 ? "<p>Nessun messaggio ricevuto finora.</p>"
                : "<table><caption>Messaggi ricevuti (" + all.length + "), dal pi&ugrave; recente</caption>"
                + "<thead><tr><th scope=\"col\">Ricevuto</th><th scope=\"col\">Destinatari</th>"
                + "<th scope=\"col\">Oggetto</th></tr></thead><tbody>" + rows + "</tbody></table>";
        return page("Posta in arrivo", "<p>Ogni email inviata dal portale in questa esecuzione locale "
                + "arriva qui (server SMTP sulla porta " + smtpPort() + ").</p>"
                + "<p><a href=\"/sms\">SMS ricevuti (" + sms.size() + ")</a></p>" + table);
    }

    /** POST /sms with {"to","text","reference"}: the portal's recording SMS sender (the gateway's format). */
    private void receiveSms(HttpExchange exchange) throws IOException {
        String json = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String to = jsonString(json, "to");
        String text = jsonString(json, "text");
        String reference = jsonString(json, "reference");
        int status;
        if (to == null || text == null) {
            status = 400;
        } else {
            boolean duplicate = reference != null && sms.stream().anyMatch(m -> reference.equals(m.reference()));
            if (!duplicate) {
                sms.add(new Sms(java.time.Instant.now(), to, text, reference));
            }
            status = 202;
        }
        byte[] bytes = (status == 202 ? "{\"accepted\":true}" : "{\"error\":\"to and text are required\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String smsList() {
        List<Sms> all = sms();
        StringBuilder rows = new StringBuilder();
        for (int i = all.size() - 1; i >= 0; i--) {
            Sms m = all.get(i);
            rows.append("<tr><td>").append(TIME.format(m.receivedAt())).append("</td><td>").append(esc(m.to()))
                    .append("</td><td>").append(esc(m.text())).append("</td></tr>");
        }
        String table = all.isEmpty() ? "<p>Nessun SMS ricevuto finora.</p>"
                : "<table><caption>SMS ricevuti (" + all.size() + "), dal pi&ugrave; recente</caption>"
                + "<thead><tr><th scope=\"col\">Ricevuto</th><th scope=\"col\">Numero</th>"
                + "<th scope=\"col\">Testo</th></tr></thead><tbody>" + rows + "</tbody></table>";
        return page("SMS", "<p>Gli SMS che il portale invia in questa esecuzione locale (mittente "
                + "<code>recording</code>) arrivano qui.</p><p><a href=\"/\">Posta in arrivo</a></p>" + table);
    }

    /** The value of a top-level string field of a small flat JSON object (enough for the gateway format). */
    static String jsonString(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        if (!m.find()) {
            return null;
        }
        String raw = m.group(1);
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                continue;
            }
            char n = raw.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < raw.length()) {
                        out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }

    private String detail(MimeMessage m, int index) {
        String text = esc(textOf(m));
        Matcher matcher = URL.matcher(text);
        String linked = matcher.replaceAll(r -> "<a href=\"" + r.group() + "\">" + r.group() + "</a>");
        return page(esc(subject(m)), "<dl><dt>Ricevuto</dt><dd>" + sent(m) + "</dd><dt>Destinatari</dt><dd>"
                + esc(recipients(m)) + "</dd><dt>Oggetto</dt><dd>" + esc(subject(m)) + "</dd></dl>"
                + "<h2>Testo</h2><pre id=\"body\">" + linked + "</pre><p><a href=\"/\">Torna all'elenco</a></p>");
    }

    private static String subject(Message m) {
        try {
            return m.getSubject() == null ? "(senza oggetto)" : m.getSubject();
        } catch (MessagingException e) {
            return "(illeggibile)";
        }
    }

    private static String sent(Message m) {
        try {
            var d = m.getReceivedDate() != null ? m.getReceivedDate() : m.getSentDate();
            return d == null ? "" : TIME.format(d.toInstant());
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String page(String title, String content) {
        return "<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + title + " - Posta locale POLIS</title>"
                + "<style>body{font-family:sans-serif;margin:0;color:#1a1a1a}header{background:#0066cc;color:#fff;"
                + "padding:1rem}main{padding:1rem;max-width:70rem}table{border-collapse:collapse;width:100%}"
                + "td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left}a{color:#0052a3}"
                + "pre{white-space:pre-wrap;background:#f5f5f5;padding:1rem}</style></head><body>"
                + "<header><p>POLIS - posta locale (solo sviluppo e test)</p></header><main><h1>" + title + "</h1>"
                + content + "</main></body></html>";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** GreenMail whose SMTP service can come back after a stop (a stopped server thread cannot restart). */
    private static final class Catcher extends GreenMail {

        Catcher(ServerSetup[] setups) {
            super(setups);
        }

        synchronized void restartSmtp() {
            AbstractServer old = services.get(ServerSetup.PROTOCOL_SMTP);
            if (old == null) {
                throw new IllegalStateException("The mail catcher is not started");
            }
            if (old.isRunning()) {
                return;
            }
            SmtpServer fresh = new SmtpServer(old.getServerSetup(), managers);
            services.put(ServerSetup.PROTOCOL_SMTP, fresh);
            fresh.startService();
            try {
                if (!fresh.waitTillRunning(old.getServerSetup().getServerStartupTimeout())) {
                    throw new IllegalStateException("SMTP did not restart on port " + old.getPort());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while restarting SMTP", e);
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
        greenMail.stop();
    }
}
