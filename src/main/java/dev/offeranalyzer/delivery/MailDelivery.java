package dev.offeranalyzer.delivery;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.config.Settings.SettingsException;
import dev.offeranalyzer.files.AtomicFiles;
import dev.offeranalyzer.files.SafeNames;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails finished reports to candidates, safely from a scheduler (SPEC section 9).
 *
 * <p>Every report for a candidate with an email address becomes a ready {@code .eml} message in
 * {@code <output>/outbox/}. Only with {@code send} do messages go out over SMTP. The {@link Ledger}
 * (the output folder's state store) remembers each message by offer id, recipient and report
 * fingerprint: a message that was sent is never sent again for the same content. A failed try is
 * decided by {@link SmtpReply} and {@link RetryPolicy}: refused for now (4xx), unreachable or login
 * refused waits 15 minutes, 1 hour, 4 hours, then 8 hours between tries ({@code next_try_at}) and
 * fails once {@code mail.retry-for} has passed since the first try; refused for good (5xx) fails at
 * once; no answer after the message data (waited for {@code mail.data-timeout-seconds}, see {@link
 * DataWaitTransport}) is held as uncertain. Sent messages move to {@code outbox/sent/}; nothing is
 * deleted.
 */
public final class MailDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

  static final String OUTBOX = "outbox";
  static final String SENT_DIR = "sent";
  static final String LOCK_FILE = ".lock";

  /** Left in the ledger while a message is on the wire; a killed run leaves it behind. */
  static final String IN_FLIGHT =
      "the run ended while sending this message; it may have been delivered";

  private final Settings settings;
  private final Map<String, String> env;
  private final Clock clock;
  private final Properties sessionOverrides;
  private final RetryPolicy policy;
  private int threads = 1;

  /**
   * @param settings mail and SMTP settings; read when {@link #deliver} runs
   * @param env the process environment ({@code System.getenv()}); only the variable named by {@code
   *     smtp.password.env} is read
   * @param clock gives the Date header and the ledger's sent-at times
   */
  public MailDelivery(Settings settings, Map<String, String> env, Clock clock) {
    this(settings, env, clock, new Properties());
  }

  /** For tests: extra Jakarta Mail session properties (such as a trust setting for a test CA). */
  MailDelivery(
      Settings settings, Map<String, String> env, Clock clock, Properties sessionOverrides) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sessionOverrides = (Properties) sessionOverrides.clone();
    this.policy = RetryPolicy.of(settings.mailRetryFor());
  }

  /**
   * Composes and writes the outbox messages on {@code threads} threads (default 1); the ledger is
   * still kept in the order of the reports, on the calling thread.
   */
  public MailDelivery threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
    return this;
  }

  /**
   * Checks the mail settings before a batch starts, so a configuration that cannot work stops the
   * run before anything is written.
   *
   * @throws SettingsException as {@link #deliver} would
   */
  public void checkConfiguration(boolean send) {
    fromAddress(send);
    configAddress("mail.cc", settings.mailCc());
    configAddress("coach.email", settings.coachEmail());
    if (send) {
      SmtpSettings.from(settings, env);
    }
  }

  /**
   * Writes a message for every report with an email address into {@code outputDir/outbox}, and with
   * {@code send} sends them (and retries messages whose earlier sending failed).
   *
   * @return counts and one line per problem; problems with single messages never throw
   * @throws SettingsException when the configuration does not allow the run: with {@code send},
   *     smtp.host, mail.from or (when smtp.user is set) the password variable is missing; in any
   *     mode, mail.from, mail.cc or coach.email is not a single valid address
   * @throws DeliveryException when the outbox or its ledger cannot be read or written, or another
   *     run holds the outbox
   */
  public DeliveryReport deliver(
      Path outputDir, Ledger ledger, List<ReportMail> mails, boolean send) {
    Objects.requireNonNull(mails, "mails");
    Opened opened = open(outputDir, ledger, send, mails.stream().anyMatch(ReportMail::hasEmail));
    if (opened == null) {
      // Nothing to write and nothing left from earlier runs: leave the output folder alone.
      return new DeliveryReport(0, 0, 0, 0, mails.size(), 0, List.of());
    }
    try (opened) {
      return opened.run().execute(mails);
    }
  }

  /**
   * Writes the messages of a batch while its reports are still being made, for a batch that only
   * writes drafts (no {@code send}). Each report's message is decided as soon as the report is
   * written ({@link Staging#offer}), then composed and written by the outbox writers under its
   * temporary name; {@link Staging#finish}, after the batch, renames them into place and records
   * them in the ledger in the reports' order: the same messages, ledger and report as {@link
   * #deliver}. Closed without finishing (the batch stopped), it removes them: nothing is written.
   */
  public Staging stage(Path outputDir, Ledger ledger) {
    return new Staging(Objects.requireNonNull(outputDir), Objects.requireNonNull(ledger));
  }

  /** A batch's messages written while it runs ({@link #stage}). */
  public final class Staging implements EarlyDrafts {
    private final Path outputDir;
    private final Ledger ledger;

    /** Messages offered before the outbox was opened (no address yet), or when it cannot be. */
    private final List<ReportMail> held = new ArrayList<>();

    private Opened opened;

    /** The outbox could not be opened while the batch ran: {@link #deliver} after it says why. */
    private boolean afterBatch;

    private RuntimeException failure;
    private boolean finished;

    private Staging(Path outputDir, Ledger ledger) {
      this.outputDir = outputDir;
      this.ledger = ledger;
    }

    /** The message of a report just written: decided now, written by the outbox writers. */
    @Override
    public void offer(ReportMail mail) {
      if (failure != null) {
        return;
      }
      if (opened == null && !afterBatch && mail.hasEmail()) {
        try {
          opened = open(outputDir, ledger, false, true);
          opened.run().begin(threads > 1, true);
          for (ReportMail m : held) {
            opened.run().take(m);
          }
          held.clear();
        } catch (RuntimeException e) {
          // Settings, an outbox held by another run or not writable: deliver() says so later.
          release();
          afterBatch = true;
        }
      }
      if (opened == null) {
        held.add(mail);
        return;
      }
      try {
        opened.run().take(mail);
      } catch (RuntimeException e) {
        // Given when the batch is done, as deliver() would have given it then.
        failure = e;
        close();
      }
    }

    /**
     * Renames the written messages into place and records them, in the reports' order; the report
     * {@link #deliver} would give for the same messages.
     *
     * @throws DeliveryException as {@link #deliver}
     */
    @Override
    public DeliveryReport finish() {
      finished = true;
      if (failure != null) {
        throw failure;
      }
      if (opened == null) {
        return deliver(outputDir, ledger, held, false);
      }
      try {
        return opened.run().end();
      } finally {
        release();
      }
    }

    /** Without {@link #finish} (the batch stopped): removes the messages written so far. */
    @Override
    public void close() {
      if (opened != null && !finished) {
        opened.run().discard();
      }
      release();
    }

    private void release() {
      if (opened != null) {
        Opened o = opened;
        opened = null;
        o.close();
      }
    }
  }

  /** A delivery's run with the outbox it holds locked until closed. */
  private record Opened(Run run, FileChannel channel, FileLock lock, Path lockFile)
      implements AutoCloseable {
    @Override
    public void close() {
      try {
        try {
          lock.release();
        } finally {
          channel.close();
        }
      } catch (IOException e) {
        throw new DeliveryException(lockFile + ": cannot lock the outbox (" + e + ")", e);
      }
    }
  }

  /**
   * Checks the settings, creates the outbox and locks it for one run of delivery; null when {@code
   * anyAddress} is false and there is no outbox (nothing to write, nothing left from before).
   */
  private Opened open(Path outputDir, Ledger ledger, boolean send, boolean anyAddress) {
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(ledger, "ledger");
    InternetAddress from = fromAddress(send);
    InternetAddress cc = configAddress("mail.cc", settings.mailCc());
    InternetAddress coach = configAddress("coach.email", settings.coachEmail());
    InternetAddress replyTo =
        coach != null && (from == null || !coach.getAddress().equalsIgnoreCase(from.getAddress()))
            ? Addresses.withName(coach, settings.coachName())
            : null;
    SmtpSettings smtp = send ? SmtpSettings.from(settings, env) : null;
    if (from == null && anyAddress) {
      LOG.info(
          "Neither mail.from nor coach.email is set: the messages in the outbox have no From"
              + " header; set mail.from before using --send");
    }
    if (smtp != null && smtp.user() != null && smtp.security().equals("none")) {
      LOG.warn("smtp.security is none: the SMTP password crosses the network unencrypted");
    }
    ReportMessages messages = new ReportMessages(from, cc, replyTo, settings.coachName(), clock);

    Path outbox = outputDir.resolve(OUTBOX);
    if (!Files.isDirectory(outbox) && !anyAddress) {
      return null;
    }
    try {
      Files.createDirectories(outbox);
    } catch (IOException e) {
      throw new DeliveryException(outbox + ": cannot create the outbox (" + e + ")", e);
    }
    Path lockFile = outbox.resolve(LOCK_FILE);
    FileChannel channel;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new DeliveryException(lockFile + ": cannot lock the outbox (" + e + ")", e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      closeQuietly(channel);
      throw new DeliveryException(lockFile + ": cannot lock the outbox (" + e + ")", e);
    }
    if (lock == null) {
      closeQuietly(channel);
      throw new DeliveryException(
          outbox
              + ": another run is delivering from this outbox (it holds "
              + lockFile
              + "); nothing was written or sent");
    }
    return new Opened(new Run(outbox, ledger, from, smtp, messages), channel, lock, lockFile);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("closing the outbox lock file: {}", e.toString());
    }
  }

  /**
   * Sends one short test message to {@code to} with the configured SMTP settings ({@code
   * mail-test}), a coach's first step when setting up SMTP.
   *
   * @return what the server answered to the message, e.g. {@code 250 2.0.0 Ok: queued as 4F1}
   * @throws SettingsException when the settings do not allow sending
   * @throws DeliveryException naming the server and what went wrong (connection, login, refusal)
   */
  public String sendTest(String to) {
    InternetAddress from = fromAddress(true);
    SmtpSettings smtp = SmtpSettings.from(settings, env);
    InternetAddress recipient;
    try {
      recipient = Addresses.bare(to);
    } catch (AddressException e) {
      throw new SettingsException("--to must be one email address, not '" + to + "'");
    }
    Properties props = smtp.sessionProperties(from.getAddress());
    props.putAll(sessionOverrides);
    Session session = Session.getInstance(props);
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
      MimeMessage m = new MimeMessage(session);
      m.setFrom(from);
      m.setRecipient(jakarta.mail.Message.RecipientType.TO, recipient);
      m.setSubject("Offer Analyzer: test message", "UTF-8");
      m.setSentDate(java.util.Date.from(clock.instant()));
      m.setText(
          "This is a test message from Offer Analyzer, sent through "
              + smtp.describe()
              + ".\nIf you can read it, the SMTP settings work.\n",
          "UTF-8");
      m.saveChanges();
      transport.sendMessage(m, m.getAllRecipients());
      String answer =
          transport instanceof org.eclipse.angus.mail.smtp.SMTPTransport t
              ? t.getLastServerResponse()
              : "accepted";
      return answer == null ? "accepted" : answer.strip();
    } catch (MessagingException e) {
      throw new DeliveryException("SMTP " + smtp.describe() + ": " + Problems.describe(e), e);
    }
  }

  private InternetAddress fromAddress(boolean send) {
    InternetAddress from = configAddress("mail.from", settings.mailFrom());
    if (from == null && send) {
      throw new SettingsException("--send needs mail.from (the sender address) in the config file");
    }
    if (from == null) {
      from = configAddress("coach.email", settings.coachEmail());
    }
    if (from != null && from.getPersonal() == null) {
      from = Addresses.withName(from, settings.coachName());
    }
    return from;
  }

  private static InternetAddress configAddress(String key, String value) {
    if (!Texts.present(value)) {
      return null;
    }
    try {
      return Addresses.single(value);
    } catch (AddressException e) {
      throw new SettingsException(
          key
              + " must be one email address like name@example.com, not '"
              + value
              + "' ("
              + e.getMessage()
              + ")");
    }
  }

  /** One call of {@link #deliver}: the ledger, the counters and the problems found. */
  private final class Run {
    private final Path outbox;
    private final InternetAddress from;
    private final SmtpSettings smtp;
    private final ReportMessages messages;
    private final Ledger ledger;
    private final List<String> errors = new ArrayList<>();
    private final Set<Key> queue = new LinkedHashSet<>();
    private int written;
    private int sent;
    private int failed;
    private int skippedNoEmail;
    private int alreadySent;
    private int uncertain;
    private int waiting;
    private Instant nextTry;
    private final Set<String> failedBecause = new LinkedHashSet<>();

    Run(
        Path outbox,
        Ledger ledger,
        InternetAddress from,
        SmtpSettings smtp,
        ReportMessages messages) {
      this.outbox = outbox;
      this.from = from;
      this.smtp = smtp;
      this.messages = messages;
      this.ledger = ledger;
    }

    private final Set<String> stems = new HashSet<>();
    private final Set<String> batchOffers = new HashSet<>();
    private List<Draft> drafts = new ArrayList<>();

    /**
     * Drafts being written and not yet recorded: the group before the one being decided, or
     * (staged) every draft of the batch so far.
     */
    private List<Writing> previous = new ArrayList<>();

    private java.util.concurrent.ExecutorService pool;

    /**
     * Whether drafts are staged: written under their temporary names while the batch still runs,
     * and renamed into place and recorded in the ledger only by {@link #end} ({@link Staging}).
     */
    private boolean staged;

    /** Problems found while staging, logged by {@link #end} (after the batch's own lines). */
    private final List<String> unlogged = new ArrayList<>();

    DeliveryReport execute(List<ReportMail> mails) {
      begin(threads > 1 && mails.size() > 1, false);
      try {
        for (ReportMail mail : mails) {
          take(mail);
        }
      } catch (RuntimeException e) {
        discard();
        throw e;
      }
      return end();
    }

    /**
     * Clears what a killed run left, then starts the writers (none: this thread writes).
     *
     * @param staged whether drafts are staged ({@link #staged})
     */
    void begin(boolean writers, boolean staged) {
      this.staged = staged;
      removeLeftoverTempFiles();
      archiveSentLeftovers();
      if (writers) {
        pool =
            java.util.concurrent.Executors.newFixedThreadPool(
                WRITERS_PER_THREAD * threads,
                r -> {
                  Thread t = new Thread(r, "outbox-writer");
                  t.setDaemon(true);
                  return t;
                });
      }
    }

    /**
     * Decides one report's message and starts writing it. Unless staged, two groups of drafts are
     * in flight: while the writers compose and write one, this thread decides the next, and records
     * the one before in the ledger.
     */
    void take(ReportMail mail) {
      // Lower case: "A1" and "a1" would be one file on Windows and macOS.
      if (mail.hasEmail() && !stems.add(SafeNames.stem(mail.offerId()).toLowerCase(Locale.ROOT))) {
        problem(
            "offer %s: appears more than once in this batch; only the first is delivered",
            mail.offerId());
        return;
      }
      batchOffers.add(mail.offerId());
      Draft draft = decide(mail);
      if (draft == null) {
        return;
      }
      drafts.add(draft);
      if (drafts.size() == DRAFTS_AT_ONCE * WRITERS_PER_THREAD * threads) {
        List<Writing> current = startWriting(drafts);
        drafts = new ArrayList<>();
        if (staged) {
          previous.addAll(current);
        } else {
          recordWritten(previous);
          previous = current;
        }
      }
    }

    /**
     * Writes the last drafts, records every draft not yet recorded (renaming staged ones into
     * place), sends with {@code send}, and gives the report.
     */
    DeliveryReport end() {
      try {
        previous.addAll(startWriting(drafts));
        drafts = new ArrayList<>();
        recordWritten(previous);
        previous = new ArrayList<>();
      } catch (RuntimeException e) {
        discard();
        throw e;
      } finally {
        if (pool != null) {
          pool.shutdownNow();
        }
        logUnlogged();
      }
      if (smtp != null) {
        queueRetries(batchOffers);
        sendQueue();
      }
      int pending = 0;
      for (Key key : queue) {
        LedgerEntry e = current(key);
        if (e.state() == DeliveryState.PENDING && smtp == null) {
          pending++;
        } else if (e.state() == DeliveryState.PENDING) {
          waitsFor(e);
        } else if (e.state() == DeliveryState.FAILED) {
          failed++;
        } else if (e.state() == DeliveryState.UNCERTAIN) {
          uncertain++;
        }
      }
      return new DeliveryReport(
          written,
          sent,
          pending,
          failed,
          skippedNoEmail,
          alreadySent,
          errors,
          waiting,
          uncertain,
          nextTry == null ? "" : When.clockTime(nextTry, clock),
          List.copyOf(failedBecause),
          smtp != null);
    }

    /**
     * Decides what becomes of one report's message, from the ledger: nothing (no address, already
     * sent, failed, held as uncertain) or a draft to write.
     */
    private Draft decide(ReportMail mail) {
      String offerId = mail.offerId();
      if (!mail.hasEmail()) {
        skippedNoEmail++;
        return null;
      }
      InternetAddress to;
      try {
        to = Addresses.bare(mail.email());
      } catch (AddressException e) {
        failed++;
        problem(
            "offer %s: invalid email address '%s' (%s); no message written",
            offerId, Texts.oneLine(mail.email()), e.getMessage());
        return null;
      }
      String recipient = to.getAddress();
      byte[] pdf = null;
      String sha = mail.contentKey();
      if (sha == null) {
        try {
          pdf = Files.readAllBytes(mail.pdf());
        } catch (IOException e) {
          failed++;
          problem(
              "offer %s: cannot read the report %s (%s); no message written",
              offerId, mail.pdf(), e);
          return null;
        }
        sha = ReportMessages.sha256Hex(pdf);
      }
      LedgerEntry existing = ledger.find(offerId, recipient, sha).orElse(null);
      if (existing != null && existing.state() == DeliveryState.SENT) {
        alreadySent++;
        return null;
      }
      if (existing != null && existing.state() == DeliveryState.FAILED) {
        failed++;
        failedBecause.add(existing.lastError());
        problem(
            "offer %s to %s: failed after %d %s (%s); it is tried again when the report changes,"
                + " or with --retry-failed",
            offerId,
            recipient,
            existing.attempts(),
            existing.attempts() == 1 ? "try" : "tries",
            existing.lastError());
        return null;
      }
      if (existing != null && existing.state() == DeliveryState.UNCERTAIN) {
        // Listed once per run by the batch pass; sent again only with --retry-uncertain.
        uncertain++;
        return null;
      }
      // The same message keeps its Message-ID on every attempt and every rewrite of its file.
      String messageId =
          existing != null
              ? existing.messageId()
              : ReportMessages.messageId(offerId, recipient, sha, from);
      return new Draft(mail, to, sha, messageId, SafeNames.stem(offerId) + ".eml", existing, pdf);
    }

    /** A draft being composed and written: why it could not be, or null once written. */
    private record Writing(Entry entry, java.util.concurrent.Future<String> problem) {}

    /** Starts composing and writing {@code drafts}, on the pool's threads when there is one. */
    private List<Writing> startWriting(List<Draft> drafts) {
      List<Writing> writing = new ArrayList<>(drafts.size());
      for (Draft d : drafts) {
        java.util.concurrent.FutureTask<String> task =
            new java.util.concurrent.FutureTask<>(() -> composeAndWrite(d));
        if (pool == null) {
          task.run();
        } else {
          pool.execute(task);
        }
        // What the ledger needs of the draft, not the draft: a batch's staged drafts are all held
        // until it ends (100,000 of them in a large one).
        writing.add(new Writing(d.entry(), task));
      }
      return writing;
    }

    /** Waits for each draft of {@code writing} in turn and records it in the ledger. */
    private void recordWritten(List<Writing> writing) {
      for (Writing w : writing) {
        Entry d = w.entry();
        String problem;
        try {
          problem = w.problem().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DeliveryException("interrupted while writing the outbox", e);
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof DeliveryException de) {
            throw de;
          }
          throw new IllegalStateException(e.getCause());
        }
        if (problem != null) {
          failed++;
          problem("offer %s: %s", d.offerId(), problem);
          continue;
        }
        if (staged) {
          Path target = outbox.resolve(d.file());
          try {
            AtomicFiles.commit(AtomicFiles.temporary(target), target);
          } catch (IOException e) {
            throw new DeliveryException(target + ": cannot write the message (" + e + ")", e);
          }
        }
        record(d);
      }
    }

    /**
     * Stops the writers and removes every staged draft not renamed into place: a batch that stopped
     * writes no message (and records none).
     */
    void discard() {
      if (pool != null) {
        pool.shutdownNow();
        try {
          pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      // A stopped batch says nothing of the messages it did not write.
      unlogged.clear();
      if (staged) {
        List<Writing> left = new ArrayList<>(previous);
        previous = new ArrayList<>();
        for (Writing w : left) {
          try {
            Files.deleteIfExists(AtomicFiles.temporary(outbox.resolve(w.entry().file())));
          } catch (IOException e) {
            LOG.warn("{}: cannot remove a staged message ({})", outbox, e.toString());
          }
        }
      }
    }

    private void logUnlogged() {
      unlogged.forEach(LOG::warn);
      unlogged.clear();
    }

    /**
     * Composes one message and writes it to the outbox under a temporary name renamed into place.
     *
     * @return why the message could not be made, or null when it was written
     * @throws DeliveryException when the outbox cannot be written
     */
    private String composeAndWrite(Draft d) {
      byte[] pdf = d.pdf();
      if (pdf == null) {
        try {
          pdf = Files.readAllBytes(d.mail().pdf());
        } catch (IOException e) {
          return "cannot read the report " + d.mail().pdf() + " (" + e + "); no message written";
        }
      }
      byte[] eml;
      try {
        eml = messages.compose(d.mail(), d.to(), pdf, d.messageId());
      } catch (MessagingException | IOException e) {
        return "cannot compose the message (" + Problems.describe(e) + ")";
      }
      Path target = outbox.resolve(d.file());
      try {
        if (staged) {
          AtomicFiles.stage(target, out -> out.write(eml));
        } else {
          AtomicFiles.write(target, eml);
        }
      } catch (IOException e) {
        throw new DeliveryException(target + ": cannot write the message (" + e + ")", e);
      }
      return null;
    }

    /** Keeps a written draft in the ledger and the queue. */
    private void record(Entry d) {
      String offerId = d.offerId();
      String recipient = d.recipient();
      written++;
      LedgerEntry fresh = LedgerEntry.pending(offerId, recipient, d.sha(), d.messageId(), d.file());
      LedgerEntry unsent = ledger.unsent(offerId).orElse(null);
      if (d.existing() != null) {
        ledger.update(d.existing().withFile(d.file()));
      } else if (unsent != null && unsent.state() == DeliveryState.PENDING) {
        // The report or the address changed before the old message went out: it is replaced.
        ledger.update(fresh.withId(unsent.id()));
      } else {
        ledger.add(fresh);
      }
      queue.add(new Key(offerId, recipient, d.sha()));
    }

    /**
     * Messages of earlier runs whose sending failed, for offers not in this batch: those due now
     * ({@code next_try_at <= now}) are tried; the others are counted as waiting, with their reason
     * and next try.
     */
    private void queueRetries(Set<String> batchOffers) {
      Instant now = clock.instant();
      Set<Long> due = new HashSet<>();
      for (LedgerEntry e : ledger.due(now)) {
        due.add(e.id());
      }
      for (LedgerEntry e : ledger.inState(DeliveryState.PENDING)) {
        // A failed try always records its error; a message only written by a dry run has none.
        if (e.lastError().isEmpty() || batchOffers.contains(e.offerId())) {
          continue;
        }
        if (!due.contains(e.id())) {
          waitsFor(e);
          stillWaiting(e);
          continue;
        }
        if (Files.isRegularFile(outbox.resolve(e.file()))) {
          queue.add(new Key(e.offerId(), e.recipient(), e.fingerprint()));
        } else {
          problem(
              "offer %s to %s: the message %s is missing from the outbox; run the batch for"
                  + " this offer again to rewrite it",
              e.offerId(), e.recipient(), e.file());
        }
      }
    }

    private void sendQueue() {
      Properties props = smtp.sessionProperties(from.getAddress());
      props.putAll(sessionOverrides);
      Session session = Session.getInstance(props);
      int dataWaitMillis =
          (int) Math.min(Integer.MAX_VALUE, settings.mailDataTimeoutSeconds() * 1000L);
      DataWaitTransport transport = null;
      SmtpReply connectionProblem = null;
      int stuck = 0;
      try {
        for (Key key : queue) {
          LedgerEntry entry = current(key);
          if (entry.state() != DeliveryState.PENDING) {
            continue;
          }
          if (!RetryPolicy.due(entry.nextTryAt(), clock.instant())) {
            stillWaiting(entry);
            continue;
          }
          if (connectionProblem == null && (transport == null || !transport.isConnected())) {
            try {
              transport = new DataWaitTransport(session, dataWaitMillis);
              transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
            } catch (MessagingException e) {
              connectionProblem = SmtpReply.of(e, false);
              LOG.debug("SMTP {}: {}", smtp.describe(), connectionProblem.serverWords());
            }
          }
          if (connectionProblem != null) {
            // Not tried on the wire, but its wait and its deadline run all the same.
            LedgerEntry trying = ledger.recordSending(entry, clock.instant(), IN_FLIGHT);
            failedTry(trying, connectionProblem);
            stuck++;
            continue;
          }
          sendOne(session, transport, entry);
        }
      } finally {
        closeQuietly(transport);
      }
      if (stuck > 0) {
        String what =
            connectionProblem.kind() == SmtpReply.Kind.LOGIN_REFUSED
                ? "the server refused the login (check smtp.user and the password)"
                : "the server cannot be reached";
        errors.add(
            "SMTP "
                + smtp.describe()
                + ": "
                + what
                + ": "
                + connectionProblem.serverWords()
                + " ("
                + stuck
                + (stuck == 1 ? " message" : " messages")
                + " not sent)");
      }
    }

    private void sendOne(Session session, DataWaitTransport transport, LedgerEntry entry) {
      Path eml = outbox.resolve(entry.file());
      MimeMessage message;
      try (InputStream in = Files.newInputStream(eml)) {
        message = new MimeMessage(session, in);
        message.removeHeader(ReportMessages.UNSENT_HEADER);
      } catch (IOException | MessagingException e) {
        String why = "cannot read " + eml + " (" + Problems.describe(e) + ")";
        ledger.update(entry.withError(why));
        problem("offer %s to %s: %s", entry.offerId(), entry.recipient(), why);
        return;
      }
      // SENDING and the attempt are durable before the transaction starts: a run killed during it
      // leaves SENDING, which the next run holds as UNCERTAIN instead of sending twice.
      LedgerEntry trying = ledger.recordSending(entry, clock.instant(), IN_FLIGHT);
      transport.startMessage();
      try {
        transport.sendMessage(message, message.getAllRecipients());
      } catch (MessagingException e) {
        failedTry(trying, SmtpReply.of(e, transport.dataSent()));
        return;
      }
      LedgerEntry done = ledger.recordSent(trying, clock.instant());
      sent++;
      LOG.info("Sent the report for offer {} to {}", entry.offerId(), entry.recipient());
      archive(done);
    }

    /**
     * Records a failed try as the retry policy decides ({@link SmtpReply} is the one classification
     * of the failure), with one line for the console.
     */
    private void failedTry(LedgerEntry trying, SmtpReply reply) {
      Instant now = clock.instant();
      RetryPolicy.Decision decision =
          policy.after(reply, Math.max(1, trying.attempts()), firstTry(trying, now), now);
      String who = "offer " + trying.offerId() + " to " + trying.recipient() + ": ";
      String line;
      if (decision instanceof RetryPolicy.RetryAt r) {
        ledger.recordOutcome(trying, DeliveryState.PENDING, reply.serverWords(), r.at());
        line =
            who
                + When.waitingWhy(reply)
                + " ("
                + reply.serverWords()
                + "); next try after "
                + When.clockTime(r.at(), clock);
      } else if (decision instanceof RetryPolicy.Fail f) {
        ledger.recordOutcome(trying, DeliveryState.FAILED, f.why(), null);
        failedBecause.add(f.why());
        line = who + "failed: " + f.why() + "; run with --send --retry-failed to try again";
      } else {
        ledger.recordOutcome(
            trying,
            DeliveryState.UNCERTAIN,
            "no answer from the server after the message went out: " + reply.serverWords(),
            null);
        line =
            who
                + "the server did not answer after the message went out, so it may have it; held"
                + " as uncertain and sent again only with --retry-uncertain";
      }
      errors.add(line);
      LOG.debug(line);
    }

    private Instant firstTry(LedgerEntry e, Instant now) {
      return e.firstTryAt() == null ? now : e.firstTryAt();
    }

    /** Says why a message not tried by this run waits, and when it is tried next. */
    private void stillWaiting(LedgerEntry e) {
      String line =
          String.format(
              Locale.ROOT,
              "offer %s to %s: waits for the server (%s); next try after %s",
              e.offerId(),
              e.recipient(),
              e.lastError(),
              e.nextTryAt() == null ? "the next run" : When.clockTime(e.nextTryAt(), clock));
      errors.add(line);
      LOG.debug(line);
    }

    /** Counts a message that waits for the server, and the earliest next try. */
    private void waitsFor(LedgerEntry e) {
      waiting++;
      if (e.nextTryAt() != null && (nextTry == null || e.nextTryAt().isBefore(nextTry))) {
        nextTry = e.nextTryAt();
      }
    }

    /** Moves a sent message to outbox/sent/ under a name no other file has. */
    private void archive(LedgerEntry entry) {
      Path source = outbox.resolve(entry.file());
      Path sentDir = outbox.resolve(SENT_DIR);
      String name = source.getFileName().toString();
      String stem = name.substring(0, name.length() - ".eml".length());
      try {
        Files.createDirectories(sentDir);
        Path target = sentDir.resolve(name);
        for (int n = 2; Files.exists(target); n++) {
          target = sentDir.resolve(stem + "-" + n + ".eml");
        }
        try {
          Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(source, target);
        }
        ledger.update(entry.withFile(SENT_DIR + "/" + target.getFileName()));
      } catch (IOException e) {
        problem(
            "offer %s to %s: sent, but %s could not be moved to %s (%s); the next run moves it",
            entry.offerId(), entry.recipient(), source, sentDir, e);
      }
    }

    /** A run killed between recording SENT and moving the file leaves the file in the outbox. */
    private void archiveSentLeftovers() {
      for (LedgerEntry e : ledger.sentNotArchived()) {
        Path file = outbox.resolve(e.file());
        if (!Files.isRegularFile(file)) {
          continue;
        }
        try (InputStream in = Files.newInputStream(file)) {
          String id = new InternetHeaders(in).getHeader("Message-ID", null);
          if (e.messageId().equals(id == null ? null : id.trim())) {
            archive(e);
          }
        } catch (IOException | MessagingException ex) {
          problem("%s: cannot read the message (%s)", file, Problems.describe(ex));
        }
      }
    }

    private void removeLeftoverTempFiles() {
      try (DirectoryStream<Path> files =
          Files.newDirectoryStream(outbox, "." + "*" + AtomicFiles.TEMP_SUFFIX)) {
        for (Path f : files) {
          Files.deleteIfExists(f);
        }
      } catch (IOException e) {
        LOG.warn("{}: cannot remove temporary files left by a killed run ({})", outbox, e);
      }
    }

    private LedgerEntry current(Key key) {
      return ledger
          .find(key.offerId(), key.recipient(), key.sha())
          .orElseThrow(() -> new IllegalStateException("queued but not in the ledger: " + key));
    }

    private void problem(String format, Object... args) {
      String line = String.format(Locale.ROOT, format, args);
      errors.add(line);
      if (staged) {
        unlogged.add(line);
      } else {
        LOG.warn(line);
      }
    }

    private void closeQuietly(Transport transport) {
      if (transport == null || !transport.isConnected()) {
        return;
      }
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.debug("closing the SMTP connection: {}", Problems.describe(e));
      }
    }
  }

  private record Key(String offerId, String recipient, String sha) {}

  /** How many drafts per thread are composed at once: bounds the messages held in memory. */
  private static final int DRAFTS_AT_ONCE = 4;

  /**
   * Outbox writers per thread of the run: a writer waits for the disk (the forced write of its
   * file) several times as long as it composes (docs/performance.md, sixth round).
   */
  private static final int WRITERS_PER_THREAD = 4;

  /** A message decided on, to compose and write ({@code pdf} already read when it was needed). */
  private record Draft(
      ReportMail mail,
      InternetAddress to,
      String sha,
      String messageId,
      String file,
      LedgerEntry existing,
      byte[] pdf) {

    Entry entry() {
      return new Entry(mail.offerId(), to.getAddress(), sha, messageId, file, existing);
    }
  }

  /** What the ledger keeps of a written draft. */
  private record Entry(
      String offerId,
      String recipient,
      String sha,
      String messageId,
      String file,
      LedgerEntry existing) {}
}
