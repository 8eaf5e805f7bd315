package dev.offeranalyzer.delivery;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.config.Settings.SettingsException;
import dev.offeranalyzer.files.AtomicFiles;
import dev.offeranalyzer.files.SafeNames;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
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
 * {@code <output>/outbox/}. Only with {@code send} do messages go out over SMTP. The ledger {@code
 * outbox/ledger.tsv} remembers each message by offer id, recipient and the SHA-256 of the PDF: a
 * message that was sent is never sent again for the same PDF content. A failed try is decided by
 * {@link SmtpReply} and {@link RetryPolicy}: refused for now (4xx), unreachable or login refused
 * waits 15 minutes, 1 hour, 4 hours, then 8 hours between tries and fails once {@code
 * mail.retry-for} has passed since the first try; refused for good (5xx) fails at once; no answer
 * after the message data (waited for {@code mail.data-timeout-seconds}, see {@link
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
  public DeliveryReport deliver(Path outputDir, List<ReportMail> mails, boolean send) {
    return deliver(outputDir, mails, send, false, false);
  }

  /**
   * As {@link #deliver(Path, List, boolean)}; with {@code send}, {@code retryFailed} gives failed
   * messages another chance and {@code retryUncertain} sends messages held as uncertain again (the
   * server may have had them: the client may get two copies).
   */
  public DeliveryReport deliver(
      Path outputDir,
      List<ReportMail> mails,
      boolean send,
      boolean retryFailed,
      boolean retryUncertain) {
    Objects.requireNonNull(outputDir, "outputDir");
    Objects.requireNonNull(mails, "mails");
    InternetAddress from = fromAddress(send);
    InternetAddress cc = configAddress("mail.cc", settings.mailCc());
    InternetAddress coach = configAddress("coach.email", settings.coachEmail());
    InternetAddress replyTo =
        coach != null && (from == null || !coach.getAddress().equalsIgnoreCase(from.getAddress()))
            ? Addresses.withName(coach, settings.coachName())
            : null;
    SmtpSettings smtp = send ? SmtpSettings.from(settings, env) : null;
    if (from == null && mails.stream().anyMatch(ReportMail::hasEmail)) {
      LOG.info(
          "Neither mail.from nor coach.email is set: the messages in the outbox have no From"
              + " header; set mail.from before using --send");
    }
    if (smtp != null && smtp.user() != null && smtp.security().equals("none")) {
      LOG.warn("smtp.security is none: the SMTP password crosses the network unencrypted");
    }
    ReportMessages messages = new ReportMessages(from, cc, replyTo, settings.coachName(), clock);

    Path outbox = outputDir.resolve(OUTBOX);
    if (!Files.isDirectory(outbox) && mails.stream().noneMatch(ReportMail::hasEmail)) {
      // Nothing to write and nothing left from earlier runs: leave the output folder alone.
      int skipped = mails.size();
      return new DeliveryReport(0, 0, 0, 0, skipped, 0, List.of(), 0, 0, "", List.of(), send);
    }
    try {
      Files.createDirectories(outbox);
    } catch (IOException e) {
      throw new DeliveryException(outbox + ": cannot create the outbox (" + e + ")", e);
    }
    Path lockFile = outbox.resolve(LOCK_FILE);
    try (FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new DeliveryException(
            outbox
                + ": another run is delivering from this outbox (it holds "
                + lockFile
                + "); nothing was written or sent");
      }
      try {
        return new Run(outbox, from, smtp, messages, retryFailed, retryUncertain).execute(mails);
      } finally {
        lock.release();
      }
    } catch (IOException e) {
      throw new DeliveryException(lockFile + ": cannot lock the outbox (" + e + ")", e);
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
    private final boolean retryFailed;
    private final boolean retryUncertain;
    private final Set<String> failedBecause = new LinkedHashSet<>();
    private final Set<Key> uncertainKeys = new LinkedHashSet<>();

    Run(
        Path outbox,
        InternetAddress from,
        SmtpSettings smtp,
        ReportMessages messages,
        boolean retryFailed,
        boolean retryUncertain) {
      this.outbox = outbox;
      this.from = from;
      this.smtp = smtp;
      this.messages = messages;
      this.retryFailed = retryFailed && smtp != null;
      this.retryUncertain = retryUncertain && smtp != null;
      this.ledger = Ledger.load(outbox.resolve(Ledger.FILE_NAME));
    }

    /**
     * A message left on the wire by a killed run may have been delivered: it is held as uncertain
     * (older ledgers marked it with {@link #IN_FLIGHT} in the error column). With {@code
     * --retry-failed} / {@code --retry-uncertain} those messages get another chance.
     */
    private void settleEarlierRuns() {
      for (LedgerEntry e : ledger.entries()) {
        boolean killedWhileSending =
            e.state() == DeliveryState.SENDING
                || (e.state() == DeliveryState.PENDING && IN_FLIGHT.equals(e.lastError()));
        LedgerEntry now = e;
        if (killedWhileSending) {
          now = e.after(DeliveryState.UNCERTAIN, IN_FLIGHT, null);
        }
        if ((now.state() == DeliveryState.FAILED && retryFailed)
            || (now.state() == DeliveryState.UNCERTAIN && retryUncertain)) {
          LOG.info(
              "Trying again: offer {} to {} ({})",
              now.offerId(),
              now.recipient(),
              now.state() == DeliveryState.FAILED ? "--retry-failed" : "--retry-uncertain");
          now = now.retriedByHand();
        }
        if (now != e) {
          ledger.replace(e, now);
        }
      }
    }

    DeliveryReport execute(List<ReportMail> mails) {
      removeLeftoverTempFiles();
      archiveSentLeftovers();
      settleEarlierRuns();
      Set<String> stems = new HashSet<>();
      Set<String> batchOffers = new HashSet<>();
      for (ReportMail mail : mails) {
        // Lower case: "A1" and "a1" would be one file on Windows and macOS.
        if (mail.hasEmail()
            && !stems.add(SafeNames.stem(mail.offerId()).toLowerCase(Locale.ROOT))) {
          problem(
              "offer %s: appears more than once in this batch; only the first is delivered",
              mail.offerId());
          continue;
        }
        batchOffers.add(mail.offerId());
        prepare(mail);
      }
      ledger.save();
      if (smtp != null) {
        queueRetries(batchOffers);
        sendQueue();
      }
      int pending = 0;
      int waiting = 0;
      Instant nextTry = null;
      for (Key key : queue) {
        LedgerEntry e = current(key);
        if (e.state() == DeliveryState.PENDING && smtp == null) {
          pending++;
        } else if (e.state() == DeliveryState.PENDING) {
          waiting++;
          if (e.nextTryAt() != null && (nextTry == null || e.nextTryAt().isBefore(nextTry))) {
            nextTry = e.nextTryAt();
          }
        } else if (e.state() == DeliveryState.FAILED) {
          failed++;
        } else if (e.state() == DeliveryState.UNCERTAIN) {
          uncertainKeys.add(key);
        }
      }
      // Held messages are listed on every run until the coach decides (SPEC section 9).
      for (LedgerEntry e : ledger.entries()) {
        Key key = new Key(e.offerId(), e.recipient(), e.pdfSha256());
        if (e.state() == DeliveryState.UNCERTAIN
            && uncertainKeys.add(key)
            && !queue.contains(key)) {
          note(
              "offer %s to %s: uncertain since an earlier run (%s); the server may have it, so it"
                  + " is sent again only with --retry-uncertain",
              e.offerId(), e.recipient(), e.lastError());
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
          uncertainKeys.size(),
          nextTry == null ? "" : When.clockTime(nextTry, clock),
          List.copyOf(failedBecause),
          smtp != null);
    }

    private void prepare(ReportMail mail) {
      String offerId = mail.offerId();
      if (!mail.hasEmail()) {
        skippedNoEmail++;
        return;
      }
      InternetAddress to;
      try {
        to = Addresses.bare(mail.email());
      } catch (AddressException e) {
        failed++;
        failedBecause.add("invalid email address");
        problem(
            "offer %s: invalid email address '%s' (%s); no message written",
            offerId, Texts.oneLine(mail.email()), e.getMessage());
        return;
      }
      String recipient = to.getAddress();
      byte[] pdf;
      try {
        pdf = Files.readAllBytes(mail.pdf());
      } catch (IOException e) {
        failed++;
        failedBecause.add("report unreadable");
        problem(
            "offer %s: cannot read the report %s (%s); no message written", offerId, mail.pdf(), e);
        return;
      }
      String sha = mail.contentKey() != null ? mail.contentKey() : ReportMessages.sha256Hex(pdf);
      LedgerEntry existing = ledger.find(offerId, recipient, sha).orElse(null);
      if (existing != null && existing.state() == DeliveryState.SENT) {
        alreadySent++;
        return;
      }
      if (existing != null && existing.state() == DeliveryState.FAILED) {
        failed++;
        failedBecause.add(existing.lastError());
        note(
            "offer %s to %s: failed after %d %s (%s); run with --send --retry-failed to try"
                + " again",
            offerId,
            recipient,
            existing.attempts(),
            existing.attempts() == 1 ? "try" : "tries",
            existing.lastError());
        return;
      }
      if (existing != null && existing.state() == DeliveryState.UNCERTAIN) {
        Key key = new Key(offerId, recipient, sha);
        uncertainKeys.add(key);
        note(
            "offer %s to %s: uncertain (%s); the server may have it, so it is sent again only"
                + " with --retry-uncertain",
            offerId, recipient, existing.lastError());
        return;
      }
      String messageId = ReportMessages.messageId(offerId, recipient, sha, from);
      String file = SafeNames.stem(offerId) + ".eml";
      byte[] eml;
      try {
        eml = messages.compose(mail, to, pdf, messageId);
      } catch (MessagingException | IOException e) {
        failed++;
        failedBecause.add("message could not be composed");
        problem("offer %s: cannot compose the message (%s)", offerId, Problems.describe(e));
        return;
      }
      Path target = outbox.resolve(file);
      try {
        AtomicFiles.write(target, eml);
      } catch (IOException e) {
        throw new DeliveryException(target + ": cannot write the message (" + e + ")", e);
      }
      written++;
      LedgerEntry fresh =
          new LedgerEntry(
              offerId, recipient, sha, DeliveryState.PENDING, 0, "", null, messageId, file);
      LedgerEntry unsent = ledger.unsent(offerId).orElse(null);
      if (existing != null) {
        ledger.replace(existing, existing.withMessageId(messageId).withFile(file));
      } else if (unsent != null) {
        // The report or the address changed before the old message went out: it is replaced.
        ledger.replace(unsent, fresh);
      } else {
        ledger.add(fresh);
      }
      queue.add(new Key(offerId, recipient, sha));
    }

    /** Messages of earlier runs whose sending failed, for offers not in this batch. */
    private void queueRetries(Set<String> batchOffers) {
      for (LedgerEntry e : ledger.entries()) {
        // A failed try always records its error; a message only written by a dry run has none.
        if (e.state() != DeliveryState.PENDING
            || e.lastError().isEmpty()
            || batchOffers.contains(e.offerId())) {
          continue;
        }
        if (Files.isRegularFile(outbox.resolve(e.file()))) {
          queue.add(new Key(e.offerId(), e.recipient(), e.pdfSha256()));
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
            note(
                "offer %s to %s: waits for the server (%s); next try after %s",
                entry.offerId(),
                entry.recipient(),
                entry.lastError(),
                When.clockTime(entry.nextTryAt(), clock));
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
            // The message was not tried on the wire, but its wait and its deadline run all the
            // same.
            LedgerEntry trying = entry.trying(clock.instant(), IN_FLIGHT);
            ledger.replace(entry, trying);
            failedTry(trying, connectionProblem);
            stuck++;
            continue;
          }
          sendOne(session, transport, entry);
        }
      } finally {
        closeQuietly(transport);
        ledger.save();
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
      } catch (IOException | MessagingException e) {
        String why = "cannot read " + eml + " (" + Problems.describe(e) + ")";
        ledger.replace(entry, entry.withError(why));
        problem("offer %s to %s: %s", entry.offerId(), entry.recipient(), why);
        return;
      }
      // Mark the try on disk first: a run killed now leaves the message uncertain, never resent.
      LedgerEntry trying = entry.trying(clock.instant(), IN_FLIGHT);
      ledger.replace(entry, trying);
      ledger.save();
      transport.startMessage();
      try {
        transport.sendMessage(message, message.getAllRecipients());
      } catch (MessagingException e) {
        failedTry(trying, SmtpReply.of(e, transport.dataSent()));
        ledger.save();
        return;
      }
      LedgerEntry done = trying.sent(clock.instant());
      ledger.replace(trying, done);
      ledger.save();
      sent++;
      LOG.info("Sent the report for offer {} to {}", entry.offerId(), entry.recipient());
      archive(done);
    }

    /** Records a failed try as the retry policy decides, with one line for the console. */
    private void failedTry(LedgerEntry trying, SmtpReply reply) {
      Instant now = clock.instant();
      RetryPolicy.Decision decision =
          policy.after(reply, trying.attempts(), trying.firstTryAt(), now);
      String who = "offer " + trying.offerId() + " to " + trying.recipient() + ": ";
      String line;
      LedgerEntry after;
      if (decision instanceof RetryPolicy.RetryAt r) {
        after = trying.after(DeliveryState.PENDING, reply.serverWords(), r.at());
        line =
            who
                + When.waitingWhy(reply)
                + " ("
                + reply.serverWords()
                + "); next try after "
                + When.clockTime(r.at(), clock);
      } else if (decision instanceof RetryPolicy.Fail f) {
        after = trying.after(DeliveryState.FAILED, f.why(), null);
        failedBecause.add(f.why());
        line = who + "failed: " + f.why() + "; run with --send --retry-failed to try again";
      } else {
        after =
            trying.after(
                DeliveryState.UNCERTAIN,
                "no answer from the server after the message went out: " + reply.serverWords(),
                null);
        line =
            who
                + "the server did not answer after the message went out, so it may have it; held"
                + " as uncertain and sent again only with --retry-uncertain";
      }
      ledger.replace(trying, after);
      errors.add(line);
      LOG.debug(line);
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
        ledger.replace(entry, entry.withFile(SENT_DIR + "/" + target.getFileName()));
        ledger.save();
      } catch (IOException e) {
        problem(
            "offer %s to %s: sent, but %s could not be moved to %s (%s); the next run moves it",
            entry.offerId(), entry.recipient(), source, sentDir, e);
      }
    }

    /** A run killed between recording SENT and moving the file leaves the file in the outbox. */
    private void archiveSentLeftovers() {
      for (LedgerEntry e : ledger.entries()) {
        if (e.state() != DeliveryState.SENT || e.file().startsWith(SENT_DIR + "/")) {
          continue;
        }
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

    /** A line for the console about a message's state; the console prints it, the log need not. */
    private void note(String format, Object... args) {
      String line = String.format(Locale.ROOT, format, args);
      errors.add(line);
      LOG.debug(line);
    }

    private void problem(String format, Object... args) {
      String line = String.format(Locale.ROOT, format, args);
      errors.add(line);
      LOG.warn(line);
    }

    private void closeQuietly(DataWaitTransport transport) {
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
}
