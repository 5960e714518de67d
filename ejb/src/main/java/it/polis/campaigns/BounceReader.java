package it.polis.campaigns;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.URLName;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the bounce mailbox ({@code polis.campaigns.bounce.url}: IMAP or POP3; in the default run and the
 * tests the local mail catcher's) every {@code polis.campaigns.bounce.poll-seconds}: each delivery status
 * notification is handed to {@link Bounces} and then deleted from the mailbox; other mail (auto-replies)
 * is deleted too. A soft bounce of a finished campaign launches its job again for that recipient.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class BounceReader {

    private static final Logger LOG = Logger.getLogger(BounceReader.class.getName());

    /** What one read did. */
    public record Report(int read, int hard, int soft, int ignored) {
    }

    @Resource
    private TimerService timers;

    @Inject
    private CampaignSettings settings;

    @Inject
    private CampaignLauncher launcher;

    @EJB
    private Bounces bounces;

    @EJB
    private CampaignTransitions transitions;

    private final ReentrantLock running = new ReentrantLock();

    @PostConstruct
    void init() {
        // One reader of the shared mailbox: the batch instance, like the campaign scheduler.
        if (settings.bounceUrl().isPresent() && settings.schedulerEnabled()) {
            long ms = settings.bouncePollSeconds() * 1000L;
            timers.createIntervalTimer(ms, ms, new TimerConfig("bounce mailbox", false));
        }
    }

    @Timeout
    void onTimer() {
        if (!running.tryLock()) {
            return;
        }
        try {
            read();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Bounce mailbox: read failed, tried again at the next tick", e);
        } finally {
            running.unlock();
        }
    }

    /** Reads the mailbox now (waits for a read in progress first). For operators and tests. */
    public Report readNow() {
        running.lock();
        try {
            return read();
        } finally {
            running.unlock();
        }
    }

    private Report read() {
        Optional<String> url = settings.bounceUrl();
        if (url.isEmpty()) {
            return new Report(0, 0, 0, 0);
        }
        int read = 0;
        int hard = 0;
        int soft = 0;
        int ignored = 0;
        URLName name = new URLName(url.get());
        Properties props = new Properties();
        props.setProperty("mail." + name.getProtocol() + ".connectiontimeout", "5000");
        props.setProperty("mail." + name.getProtocol() + ".timeout", "10000");
        try {
            Store store = Session.getInstance(props).getStore(name);
            store.connect();
            try {
                String folderName = name.getFile() == null || name.getFile().isBlank() ? "INBOX" : name.getFile();
                Folder folder = store.getFolder(folderName);
                folder.open(Folder.READ_WRITE);
                try {
                    for (Message m : folder.getMessages()) {
                        read++;
                        Optional<DsnParser.Dsn> dsn = DsnParser.parse(raw(m));
                        if (dsn.isEmpty()) {
                            ignored++;
                        } else {
                            Long again = bounces.handle(dsn.get());
                            if (dsn.get().hard()) {
                                hard++;
                            } else {
                                soft++;
                            }
                            if (again != null) {
                                relaunch(again);
                            }
                        }
                        m.setFlag(Flags.Flag.DELETED, true);
                    }
                } finally {
                    folder.close(true);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            LOG.log(Level.WARNING, "Bounce mailbox " + name.getHost() + ": " + e.getMessage());
        }
        Report r = new Report(read, hard, soft, ignored);
        if (read > 0) {
            LOG.info(() -> "Bounce mailbox: " + r);
        }
        return r;
    }

    private void relaunch(long campaignId) {
        try {
            transitions.attach(campaignId, launcher.start(campaignId));
        } catch (RuntimeException e) {
            transitions.launchFailed(campaignId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String raw(Message m) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
