package dev.offeranalyzer.delivery;

import static dev.offeranalyzer.delivery.MailFixtures.CLOCK;
import static dev.offeranalyzer.delivery.MailFixtures.attachmentBytes;
import static dev.offeranalyzer.delivery.MailFixtures.bodyText;
import static dev.offeranalyzer.delivery.MailFixtures.fakePdf;
import static dev.offeranalyzer.delivery.MailFixtures.mail;
import static dev.offeranalyzer.delivery.MailFixtures.parse;
import static dev.offeranalyzer.delivery.MailFixtures.settings;
import static dev.offeranalyzer.delivery.MailFixtures.smtpKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.config.Settings.SettingsException;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without --send: messages land in outbox/ as .eml files; no network. */
class MailDeliveryOutboxTest {

  @TempDir Path dir;

  private MailDelivery delivery(Map<String, String> keys) {
    return new MailDelivery(settings(dir, keys), Map.of(), CLOCK);
  }

  @Test
  void dryRun_writesEmlThatParsesBackWithHeadersBodyAndAttachment() throws Exception {
    Path pdf = fakePdf(dir, "reports/OF-1 Jose.pdf", "offer one");
    Path out = dir.resolve("out");

    DeliveryReport report =
        delivery(smtpKeys(25))
            .deliver(
                out,
                Ledgers.of(out),
                List.of(mail("OF-1", "José Müller", "jose@example.com", pdf)),
                false);

    assertThat(report).isEqualTo(new DeliveryReport(1, 0, 1, 0, 0, 0, List.of()));
    Path eml = out.resolve("outbox/OF-1.eml");
    MimeMessage m = parse(eml);
    assertThat(m.getHeader("X-Unsent", null))
        .as("opens as a draft in Outlook and Thunderbird")
        .isEqualTo("1");
    InternetAddress to = (InternetAddress) m.getRecipients(RecipientType.TO)[0];
    assertThat(to.getAddress()).isEqualTo("jose@example.com");
    assertThat(to.getPersonal()).isEqualTo("José Müller");
    assertThat(m.getHeader("To", null)).doesNotContain("é").contains("=?UTF-8?");
    assertThat(m.getRecipients(RecipientType.CC))
        .extracting(a -> ((InternetAddress) a).getAddress())
        .containsExactly("casey@coach.example");
    assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("reports@coach.example");
    assertThat(((InternetAddress) m.getFrom()[0]).getPersonal()).isEqualTo("Casey Coach");
    assertThat(m.getReplyTo())
        .extracting(a -> ((InternetAddress) a).getAddress())
        .containsExactly("casey@coach.example");
    assertThat(m.getSubject()).isEqualTo("Your offer report: Amazon L6 (José Müller)");
    assertThat(m.getHeader("Date", null)).isEqualTo("Mon, 2 Mar 2026 09:30:00 +0000 (UTC)");
    assertThat(m.getMessageID()).matches("<[0-9a-f]{32}\\.offer-analyzer@coach\\.example>");
    assertThat(m.getContentType()).startsWith("multipart/mixed");

    MimeMultipart mixed = (MimeMultipart) m.getContent();
    assertThat(mixed.getCount()).isEqualTo(2);
    assertThat(mixed.getBodyPart(0).getContentType())
        .isEqualToIgnoringCase("text/plain; charset=UTF-8");
    assertThat(bodyText(m))
        .contains("Hello José Müller,")
        .contains("Senior Software Engineer (L6) at Amazon")
        .contains("$1,234,567")
        .contains("62.5 (in band)")
        .contains("Casey Coach");
    MimeBodyPart attachment = (MimeBodyPart) mixed.getBodyPart(1);
    assertThat(attachment.getContentType()).startsWith("application/pdf");
    assertThat(attachment.getDisposition()).isEqualTo("attachment");
    assertThat(attachment.getFileName()).isEqualTo("OF-1 Jose.pdf");
    assertThat(attachmentBytes(m)).isEqualTo(Files.readAllBytes(pdf));

    List<LedgerEntry> ledger = Ledgers.of(out).all();
    assertThat(ledger).hasSize(1);
    assertThat(ledger.get(0).state()).isEqualTo(DeliveryState.PENDING);
    assertThat(ledger.get(0).attempts()).isZero();
    assertThat(ledger.get(0).messageId()).isEqualTo(m.getMessageID());
    assertThat(ledger.get(0).fingerprint())
        .isEqualTo(ReportMessages.sha256Hex(Files.readAllBytes(pdf)));
  }

  @Test
  void dryRunTwice_sameReport_givesTheSameMessageIdAndOneLedgerLine() throws Exception {
    Path pdf = fakePdf(dir, "a.pdf", "a");
    Path out = dir.resolve("out");
    MailDelivery d = delivery(smtpKeys(25));
    List<ReportMail> mails = List.of(mail("A", "Jane Doe", "jane@example.com", pdf));

    d.deliver(out, Ledgers.of(out), mails, false);
    String firstId = parse(out.resolve("outbox/A.eml")).getMessageID();
    d.deliver(out, Ledgers.of(out), mails, false);

    assertThat(parse(out.resolve("outbox/A.eml")).getMessageID()).isEqualTo(firstId);
    assertThat(Ledgers.of(out).all()).hasSize(1);
  }

  @Test
  void candidatesWithoutEmail_areSkippedAndCounted() {
    Path pdf = fakePdf(dir, "a.pdf", "a");
    Path out = dir.resolve("out");

    DeliveryReport report =
        delivery(smtpKeys(25))
            .deliver(
                out,
                Ledgers.of(out),
                List.of(mail("A", "Jane", null, pdf), mail("B", "John", "  ", pdf)),
                false);

    assertThat(report.skippedNoEmail()).isEqualTo(2);
    assertThat(report.written()).isZero();
    assertThat(report.errors()).isEmpty();
    assertThat(out.resolve("outbox")).as("no empty outbox without any address").doesNotExist();
  }

  @Test
  void badAddress_isOneErrorWithOfferIdAndAddress_othersAreWritten() {
    Path pdf = fakePdf(dir, "a.pdf", "a");
    Path out = dir.resolve("out");

    DeliveryReport report =
        delivery(smtpKeys(25))
            .deliver(
                out,
                Ledgers.of(out),
                List.of(
                    mail("A", "Jane", "jane@example.com", pdf),
                    mail("B", "Bob", "bob@example.com, eve@example.com", pdf),
                    mail("C", "Carl", "carl@example.com", pdf)),
                false);

    assertThat(report.written()).isEqualTo(2);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.errors())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("offer B")
        .contains("bob@example.com, eve@example.com");
    assertThat(out.resolve("outbox/A.eml")).exists();
    assertThat(out.resolve("outbox/B.eml")).doesNotExist();
    assertThat(out.resolve("outbox/C.eml")).exists();
  }

  @Test
  void offerIdWithPathCharacters_staysInsideTheOutbox() {
    Path pdf = fakePdf(dir, "a.pdf", "a");
    Path out = dir.resolve("out");

    delivery(smtpKeys(25))
        .deliver(
            out,
            Ledgers.of(out),
            List.of(mail("../../etc/passwd", "Jane", "jane@example.com", pdf)),
            false);

    try (var files = Files.list(out.resolve("outbox"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .filteredOn(n -> n.endsWith(".eml"))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("etc_passwd_");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(dir.resolve("etc")).doesNotExist();
  }

  @Test
  void withoutMailFrom_dryRunUsesCoachEmailAsFrom() throws Exception {
    Map<String, String> keys = new HashMap<>(smtpKeys(25));
    keys.remove("mail.from");
    Path pdf = fakePdf(dir, "a.pdf", "a");
    Path out = dir.resolve("out");

    delivery(keys)
        .deliver(out, Ledgers.of(out), List.of(mail("A", "Jane", "jane@example.com", pdf)), false);

    MimeMessage m = parse(out.resolve("outbox/A.eml"));
    assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("casey@coach.example");
    assertThat(m.getReplyTo()[0]).isEqualTo(m.getFrom()[0]);
    assertThat(m.getHeader("Reply-To")).isNull();
  }

  @Test
  void withoutAnySender_dryRunStillWritesTheMessageWithoutFrom() throws Exception {
    Path pdf = fakePdf(dir, "a.pdf", "a");
    Path out = dir.resolve("out");

    DeliveryReport report =
        delivery(Map.of())
            .deliver(
                out, Ledgers.of(out), List.of(mail("A", "Jane", "jane@example.com", pdf)), false);

    assertThat(report.written()).isEqualTo(1);
    MimeMessage m = parse(out.resolve("outbox/A.eml"));
    assertThat(m.getHeader("From")).isNull();
    assertThat(m.getMessageID()).endsWith("@" + ReportMessages.NO_DOMAIN + ">");
  }

  @Test
  void send_withoutHost_isAConfigurationErrorAndNothingIsWritten() {
    Map<String, String> keys = new HashMap<>(smtpKeys(25));
    keys.remove("smtp.host");
    Path pdf = fakePdf(dir, "a.pdf", "a");
    Path out = dir.resolve("out");
    MailDelivery d =
        new MailDelivery(settings(dir, keys), Map.of(MailFixtures.PASSWORD_ENV, "x"), CLOCK);

    assertThatThrownBy(
            () ->
                d.deliver(
                    out,
                    Ledgers.of(out),
                    List.of(mail("A", "Jane", "jane@example.com", pdf)),
                    true))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("smtp.host");
    assertThat(out.resolve("outbox")).doesNotExist();
  }

  @Test
  void send_withoutMailFrom_isAConfigurationError() {
    Map<String, String> keys = new HashMap<>(smtpKeys(25));
    keys.remove("mail.from");
    MailDelivery d =
        new MailDelivery(settings(dir, keys), Map.of(MailFixtures.PASSWORD_ENV, "x"), CLOCK);

    assertThatThrownBy(
            () -> d.deliver(dir.resolve("out"), Ledgers.of(dir.resolve("out")), List.of(), true))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("mail.from");
  }

  @Test
  void send_withUserButNoPasswordVariable_isAConfigurationErrorNamingTheVariable() {
    MailDelivery d = new MailDelivery(settings(dir, smtpKeys(25)), Map.of(), CLOCK);

    assertThatThrownBy(
            () -> d.deliver(dir.resolve("out"), Ledgers.of(dir.resolve("out")), List.of(), true))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining(MailFixtures.PASSWORD_ENV);
  }

  @Test
  void invalidMailCc_isAConfigurationErrorEvenWithoutSend() {
    Map<String, String> keys = new HashMap<>(smtpKeys(25));
    keys.put("mail.cc", "casey@coach.example\r\nBcc: eve@example.com");
    Settings s = settings(dir, keys);
    MailDelivery d = new MailDelivery(s, Map.of(), CLOCK);

    assertThatThrownBy(
            () -> d.deliver(dir.resolve("out"), Ledgers.of(dir.resolve("out")), List.of(), false))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("mail.cc");
  }

  @Test
  void unreadablePdf_isOneErrorAndCountsAsFailed() {
    Path out = dir.resolve("out");

    DeliveryReport report =
        delivery(smtpKeys(25))
            .deliver(
                out,
                Ledgers.of(out),
                List.of(mail("A", "Jane", "jane@example.com", dir.resolve("missing.pdf"))),
                false);

    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.errors())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("offer A")
        .contains("missing.pdf");
  }

  @Test
  void leftoverTempFileFromAKilledRun_isRemoved() throws Exception {
    Path outbox = Files.createDirectories(dir.resolve("out/outbox"));
    Path partial = outbox.resolve(".A.eml.1234.partial");
    Files.writeString(partial, "half a message", StandardCharsets.UTF_8);

    delivery(smtpKeys(25))
        .deliver(dir.resolve("out"), Ledgers.of(dir.resolve("out")), List.of(), false);

    assertThat(partial).doesNotExist();
  }

  @Test
  void outboxHeldByAnotherRun_isRefusedBeforeAnythingIsWritten() throws Exception {
    Path outbox = Files.createDirectories(dir.resolve("out/outbox"));
    Path pdf = fakePdf(dir, "a.pdf", "a");
    try (FileChannel channel =
            FileChannel.open(
                outbox.resolve(MailDelivery.LOCK_FILE),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      MailDelivery d = delivery(smtpKeys(25));

      assertThatThrownBy(
              () ->
                  d.deliver(
                      dir.resolve("out"),
                      Ledgers.of(dir.resolve("out")),
                      List.of(mail("A", "Jane", "jane@example.com", pdf)),
                      false))
          .isInstanceOf(DeliveryException.class)
          .hasMessageContaining("another run");
    }
    assertThat(outbox.resolve("A.eml")).doesNotExist();
  }

  @Test
  void sentMessageLeftInTheOutboxByAKilledRun_isMovedToSentByTheNextRun() throws Exception {
    Path pdf = fakePdf(dir, "a.pdf", "a");
    Path out = dir.resolve("out");
    MailDelivery d = delivery(smtpKeys(25));
    d.deliver(out, Ledgers.of(out), List.of(mail("A", "Jane", "jane@example.com", pdf)), false);
    Ledger ledger = Ledgers.of(out);
    LedgerEntry pending = ledger.all().get(0);
    ledger.recordSent(pending, CLOCK.instant());

    DeliveryReport report = d.deliver(out, Ledgers.of(out), List.of(), false);

    assertThat(report.errors()).isEmpty();
    assertThat(out.resolve("outbox/A.eml")).doesNotExist();
    assertThat(out.resolve("outbox/sent/A.eml")).exists();
    assertThat(Ledgers.of(out).all().get(0).file()).isEqualTo("sent/A.eml");
  }

  @Test
  void reportChangedBeforeItWasSent_replacesThePendingMessage() throws Exception {
    Path pdf = fakePdf(dir, "a.pdf", "first");
    Path out = dir.resolve("out");
    MailDelivery d = delivery(smtpKeys(25));
    List<ReportMail> batch = List.of(mail("A", "Jane", "jane@example.com", pdf));
    d.deliver(out, Ledgers.of(out), batch, false);
    fakePdf(dir, "a.pdf", "second");

    d.deliver(out, Ledgers.of(out), batch, false);

    List<LedgerEntry> entries = Ledgers.of(out).all();
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).fingerprint())
        .isEqualTo(ReportMessages.sha256Hex(Files.readAllBytes(pdf)));
    assertThat(attachmentBytes(parse(out.resolve("outbox/A.eml"))))
        .isEqualTo(Files.readAllBytes(pdf));
  }

  @Test
  void sameOfferTwiceInABatch_isOneErrorAndOneMessage() {
    Path pdf = fakePdf(dir, "a.pdf", "a");
    Path out = dir.resolve("out");

    DeliveryReport report =
        delivery(smtpKeys(25))
            .deliver(
                out,
                Ledgers.of(out),
                List.of(
                    mail("A1", "Jane", "jane@example.com", pdf),
                    mail("a1", "John", "john@example.com", pdf)),
                false);

    assertThat(report.written()).isEqualTo(1);
    assertThat(report.errors())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("offer a1");
  }

  @Test
  void severalThreads_writeTheSameMessagesAndLedgerAsOne() throws Exception {
    List<ReportMail> mails = new java.util.ArrayList<>();
    // More drafts than four threads compose at once (64), so that groups of drafts overlap.
    for (int i = 1; i <= 150; i++) {
      Path pdf = fakePdf(dir, "reports/OF-" + i + ".pdf", "offer " + i);
      String email = i == 5 ? "not an address" : "client" + i + "@example.com";
      mails.add(mail("OF-" + i, "Client " + i, email, pdf));
    }
    // The same offer twice: only the first is delivered, whatever the thread count.
    mails.add(mails.get(2));
    Map<String, String> keys = smtpKeys(25);

    Path one = dir.resolve("one");
    DeliveryReport r1 = delivery(keys).threads(1).deliver(one, Ledgers.of(one), mails, false);
    Path four = dir.resolve("four");
    DeliveryReport r4 = delivery(keys).threads(4).deliver(four, Ledgers.of(four), mails, false);

    assertThat(r4).isEqualTo(r1);
    assertThat(r1.written()).isEqualTo(149);
    assertThat(Ledgers.of(four).all()).isEqualTo(Ledgers.of(one).all());
    try (var files = Files.list(one.resolve("outbox"))) {
      List<Path> emls = files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
      assertThat(emls).hasSize(149);
      for (Path eml : emls) {
        assertSameMessage(eml, four.resolve("outbox").resolve(eml.getFileName()));
      }
    }
  }

  /** The same message in two files: Message-ID, subject, body and attachment (not its Date). */
  private static void assertSameMessage(Path expected, Path actual) throws Exception {
    MimeMessage a = parse(expected);
    MimeMessage b = parse(actual);
    assertThat(b.getMessageID()).isEqualTo(a.getMessageID());
    assertThat(b.getSubject()).isEqualTo(a.getSubject());
    assertThat(bodyText(b)).isEqualTo(bodyText(a));
    assertThat(attachmentBytes(b)).isEqualTo(attachmentBytes(a));
  }

  private List<ReportMail> manyMails(Path base) throws Exception {
    List<ReportMail> mails = new java.util.ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      Path pdf = fakePdf(base, "reports/OF-" + i + ".pdf", "offer " + i);
      // Some without an address (the first ones too: the outbox opens at the first address).
      String email =
          i == 5 ? "not an address" : i < 3 || i % 17 == 0 ? null : "client" + i + "@example.com";
      mails.add(mail("OF-" + i, "Client " + i, email, pdf));
    }
    mails.add(mails.get(20));
    return mails;
  }

  private static List<String> outboxFiles(Path out) throws Exception {
    try (var files = Files.list(out.resolve("outbox"))) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void staged_writesTheMessagesLedgerAndReportOfDeliver() throws Exception {
    List<ReportMail> mails = manyMails(dir);
    Map<String, String> keys = smtpKeys(25);
    Path after = dir.resolve("after");
    DeliveryReport delivered =
        delivery(keys).threads(4).deliver(after, Ledgers.of(after), mails, false);
    Path during = dir.resolve("during");
    DeliveryReport staged;
    MailDelivery.Staging staging = delivery(keys).threads(4).stage(during, Ledgers.of(during));
    try (staging) {
      for (ReportMail m : mails) {
        staging.offer(m);
      }
      // Nothing is in place, nor in the ledger, before the batch is done.
      assertThat(outboxFiles(during)).noneMatch(f -> f.endsWith(".eml") && !f.startsWith("."));
      assertThat(Ledgers.of(during).all()).isEmpty();
      staged = staging.finish();
    }
    assertThat(staged).isEqualTo(delivered);
    assertThat(staged.written()).isGreaterThan(100);
    assertThat(Ledgers.of(during).all()).isEqualTo(Ledgers.of(after).all());
    assertThat(outboxFiles(during)).isEqualTo(outboxFiles(after));
    for (String f : outboxFiles(after)) {
      if (f.endsWith(".eml")) {
        assertSameMessage(after.resolve("outbox").resolve(f), during.resolve("outbox").resolve(f));
      }
    }
  }

  @Test
  void staged_andNotFinished_leavesNoMessage() throws Exception {
    List<ReportMail> mails = manyMails(dir);
    Path out = dir.resolve("stopped");
    try (MailDelivery.Staging staging =
        delivery(smtpKeys(25)).threads(2).stage(out, Ledgers.of(out))) {
      for (ReportMail m : mails.subList(0, 120)) {
        staging.offer(m);
      }
    }
    // The batch stopped: no message under any name, none in the ledger; the outbox is free.
    assertThat(outboxFiles(out)).containsExactly(".lock");
    assertThat(Ledgers.of(out).all()).isEmpty();
    DeliveryReport next =
        delivery(smtpKeys(25)).threads(2).deliver(out, Ledgers.of(out), mails, false);
    assertThat(next.written()).isGreaterThan(100);
  }

  @Test
  void staged_withoutAnyAddress_leavesTheFolderAlone() throws Exception {
    Path pdf = fakePdf(dir, "reports/OF-1.pdf", "offer 1");
    Path out = dir.resolve("none");
    DeliveryReport report;
    try (MailDelivery.Staging staging = delivery(smtpKeys(25)).stage(out, Ledgers.of(out))) {
      staging.offer(mail("OF-1", "Client 1", null, pdf));
      report = staging.finish();
    }
    assertThat(report.written()).isZero();
    assertThat(Files.exists(out.resolve("outbox"))).isFalse();
  }
}
