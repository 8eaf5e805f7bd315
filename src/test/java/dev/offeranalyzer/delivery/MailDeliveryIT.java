package dev.offeranalyzer.delivery;

import static dev.offeranalyzer.delivery.MailFixtures.CLOCK;
import static dev.offeranalyzer.delivery.MailFixtures.PASSWORD_ENV;
import static dev.offeranalyzer.delivery.MailFixtures.attachmentBytes;
import static dev.offeranalyzer.delivery.MailFixtures.fakePdf;
import static dev.offeranalyzer.delivery.MailFixtures.mail;
import static dev.offeranalyzer.delivery.MailFixtures.settings;
import static dev.offeranalyzer.delivery.MailFixtures.smtpKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** --send against GreenMail, a real SMTP server running inside the test. */
class MailDeliveryIT {

  private static final String USER = "reports@coach.example";
  private static final String PASSWORD = "s3cret";
  private static final GreenMailConfiguration WITH_USER =
      GreenMailConfiguration.aConfig().withUser(USER, USER, PASSWORD);

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP)
          .withConfiguration(WITH_USER)
          .withPerMethodLifecycle(true);

  @TempDir Path dir;

  private Path out() {
    return dir.resolve("out");
  }

  private MailDelivery delivery(int port, String password) {
    return delivery(smtpKeys(port), password);
  }

  private MailDelivery delivery(Map<String, String> keys, String password) {
    return delivery(keys, password, CLOCK);
  }

  private MailDelivery delivery(Map<String, String> keys, String password, Clock clock) {
    return new MailDelivery(settings(dir, keys), Map.of(PASSWORD_ENV, password), clock);
  }

  /** The test clock moved on by {@code later}: past the wait before the next try. */
  private static Clock after(Duration later) {
    return Clock.fixed(CLOCK.instant().plus(later), CLOCK.getZone());
  }

  private static int smtpPort() {
    return SMTP.getSmtp().getPort();
  }

  private List<LedgerEntry> ledger() {
    return Ledgers.of(out()).all();
  }

  /** The messages in {@code address}'s mailbox; GreenMail keeps one copy per recipient. */
  private static List<MimeMessage> inbox(GreenMailOperations server, String address) {
    GreenMailUser user = server.getUserManager().getUserByEmail(address);
    if (user == null) {
      return List.of();
    }
    try {
      return server.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
          .map(StoredMessage::getMimeMessage)
          .toList();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void send_deliversToCandidateAndCoachWithSubjectAndTheExactPdfBytes() throws Exception {
    Path pdf = fakePdf(dir, "reports/A.pdf", "report A");

    DeliveryReport report =
        delivery(smtpPort(), PASSWORD)
            .deliver(
                out(),
                Ledgers.of(out()),
                List.of(mail("A", "José Müller", "jose@example.com", pdf)),
                true);

    assertThat(report.written()).isEqualTo(1);
    assertThat(report.sent()).isEqualTo(1);
    assertThat(report.notAllWent()).isFalse();
    assertThat(report.errors()).isEmpty();
    assertThat(report.summaryLine()).isEqualTo("Email: 1 sent, 0 failed");
    assertThat(SMTP.getReceivedMessages()).hasSize(2); // one copy for To, one for Cc
    assertThat(inbox(SMTP, "casey@coach.example")).hasSize(1);
    MimeMessage m = inbox(SMTP, "jose@example.com").get(0);
    InternetAddress to = (InternetAddress) m.getRecipients(RecipientType.TO)[0];
    assertThat(to.getAddress()).isEqualTo("jose@example.com");
    assertThat(to.getPersonal()).isEqualTo("José Müller");
    assertThat(((InternetAddress) m.getRecipients(RecipientType.CC)[0]).getAddress())
        .isEqualTo("casey@coach.example");
    assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo(USER);
    assertThat(m.getSubject()).isEqualTo("Your offer report: Amazon L6 (José Müller)");
    assertThat(m.getHeader("X-Unsent")).as("the draft marker stays in the outbox copy").isNull();
    assertThat(attachmentBytes(m)).isEqualTo(Files.readAllBytes(pdf));

    LedgerEntry entry = ledger().get(0);
    assertThat(entry.state()).isEqualTo(DeliveryState.SENT);
    assertThat(entry.attempts()).isEqualTo(1);
    assertThat(entry.sentAt()).isEqualTo(CLOCK.instant());
    assertThat(entry.lastError()).isEmpty();
    assertThat(entry.messageId()).isEqualTo(m.getMessageID());
    assertThat(entry.file()).isEqualTo("sent/A.eml");
    assertThat(out().resolve("outbox/A.eml")).doesNotExist();
    assertThat(out().resolve("outbox/sent/A.eml")).exists();
  }

  @Test
  void rerun_withTheSameReport_sendsNothingTheSecondTime() {
    Path pdf = fakePdf(dir, "A.pdf", "report A");
    List<ReportMail> batch = List.of(mail("A", "Jane Doe", "jane@example.com", pdf));
    MailDelivery d = delivery(smtpPort(), PASSWORD);
    d.deliver(out(), Ledgers.of(out()), batch, true);

    DeliveryReport second = d.deliver(out(), Ledgers.of(out()), batch, true);

    assertThat(second.alreadySent()).isEqualTo(1);
    assertThat(second.written() + second.sent() + second.failed() + second.waiting()).isZero();
    assertThat(second.summaryLine()).isEqualTo("Email: 0 sent, 0 failed, 1 already sent earlier");
    assertThat(inbox(SMTP, "jane@example.com")).hasSize(1);
    assertThat(out().resolve("outbox/A.eml")).doesNotExist();
  }

  @Test
  void changedReport_isSentAgainAndBothCopiesAreKept() throws Exception {
    Path pdf = fakePdf(dir, "A.pdf", "report A, first version");
    List<ReportMail> batch = List.of(mail("A", "Jane Doe", "jane@example.com", pdf));
    MailDelivery d = delivery(smtpPort(), PASSWORD);
    d.deliver(out(), Ledgers.of(out()), batch, true);
    fakePdf(dir, "A.pdf", "report A, corrected version");

    DeliveryReport second = d.deliver(out(), Ledgers.of(out()), batch, true);

    assertThat(second.sent()).isEqualTo(1);
    List<MimeMessage> toJane = inbox(SMTP, "jane@example.com");
    assertThat(toJane).hasSize(2);
    assertThat(attachmentBytes(toJane.get(1))).isEqualTo(Files.readAllBytes(pdf));
    assertThat(toJane.get(1).getMessageID()).isNotEqualTo(toJane.get(0).getMessageID());
    assertThat(ledger())
        .extracting(LedgerEntry::state, LedgerEntry::file)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DeliveryState.SENT, "sent/A.eml"),
            org.assertj.core.groups.Tuple.tuple(DeliveryState.SENT, "sent/A-2.eml"));
  }

  @Test
  void wrongPassword_keepsTheMessagePendingWithTheErrorAndSendsOnceFixed() {
    Path pdf = fakePdf(dir, "A.pdf", "report A");
    List<ReportMail> batch = List.of(mail("A", "Jane Doe", "jane@example.com", pdf));

    DeliveryReport report =
        delivery(smtpPort(), "wrong").deliver(out(), Ledgers.of(out()), batch, true);

    assertThat(report.sent()).isZero();
    assertThat(report.waiting()).isEqualTo(1);
    assertThat(report.notAllWent()).isTrue();
    assertThat(report.errors())
        .hasSize(2)
        .allSatisfy(e -> assertThat(e).doesNotContain("wrong"))
        .anySatisfy(e -> assertThat(e).contains("refused the login").contains("1 message not sent"))
        .anySatisfy(e -> assertThat(e).contains("offer A").contains("next try after 09:45"));
    assertThat(SMTP.getReceivedMessages()).isEmpty();
    assertThat(out().resolve("outbox/A.eml")).exists();
    LedgerEntry entry = ledger().get(0);
    assertThat(entry.state()).isEqualTo(DeliveryState.PENDING);
    assertThat(entry.attempts()).isEqualTo(1);
    assertThat(entry.nextTryAt()).isEqualTo(CLOCK.instant().plus(Duration.ofMinutes(15)));
    assertThat(entry.lastError()).contains("refused the login");

    DeliveryReport tooEarly =
        delivery(smtpPort(), PASSWORD).deliver(out(), Ledgers.of(out()), List.of(), true);
    assertThat(tooEarly.sent()).isZero();
    assertThat(tooEarly.waiting()).isEqualTo(1);

    DeliveryReport fixed =
        delivery(smtpKeys(smtpPort()), PASSWORD, after(Duration.ofMinutes(15)))
            .deliver(out(), Ledgers.of(out()), List.of(), true);

    assertThat(fixed.sent()).isEqualTo(1);
    assertThat(inbox(SMTP, "jane@example.com")).hasSize(1);
  }

  @Test
  void serverDown_messageStaysInOutboxAndGoesOutOnTheNextRunWhenTheServerIsUp() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    Path pdf = fakePdf(dir, "A.pdf", "report A");
    MailDelivery d = delivery(port, PASSWORD);

    DeliveryReport down =
        d.deliver(
            out(),
            Ledgers.of(out()),
            List.of(mail("A", "Jane Doe", "jane@example.com", pdf)),
            true);

    assertThat(down.waiting()).isEqualTo(1);
    assertThat(down.sent()).isZero();
    assertThat(down.errors())
        .anySatisfy(e -> assertThat(e).contains("cannot connect").contains(":" + port));
    assertThat(out().resolve("outbox/A.eml")).exists();

    GreenMail server =
        new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(WITH_USER);
    server.start();
    try {
      // The next scheduled run may have a batch without this offer: the outbox is still sent.
      DeliveryReport up =
          delivery(smtpKeys(port), PASSWORD, after(Duration.ofMinutes(15)))
              .deliver(out(), Ledgers.of(out()), List.of(), true);

      assertThat(up.sent()).isEqualTo(1);
      assertThat(up.waiting()).isZero();
      assertThat(inbox(server, "jane@example.com")).hasSize(1);
      assertThat(attachmentBytes(inbox(server, "jane@example.com").get(0)))
          .isEqualTo(Files.readAllBytes(pdf));
    } finally {
      server.stop();
    }
    assertThat(out().resolve("outbox/sent/A.eml")).exists();
  }

  @Test
  void dryRunDraftsOfOtherOffers_areNotSentByALaterSendRun() {
    Path pdf = fakePdf(dir, "A.pdf", "report A");
    MailDelivery d = delivery(smtpPort(), PASSWORD);
    d.deliver(
        out(),
        Ledgers.of(out()),
        List.of(mail("OLD", "Old Client", "old@example.com", pdf)),
        false);

    DeliveryReport report =
        d.deliver(
            out(),
            Ledgers.of(out()),
            List.of(mail("A", "Jane Doe", "jane@example.com", pdf)),
            true);

    assertThat(report.sent()).isEqualTo(1);
    assertThat(inbox(SMTP, "jane@example.com")).hasSize(1);
    assertThat(inbox(SMTP, "old@example.com")).isEmpty();
    assertThat(SMTP.getReceivedMessages()).hasSize(2); // Jane and the coach's Cc
    assertThat(out().resolve("outbox/OLD.eml")).exists();
  }

  @Test
  void badAddressAmongGoodOnes_isOneErrorAndTheOthersAreSent() {
    Path pdf = fakePdf(dir, "A.pdf", "report");

    DeliveryReport report =
        delivery(smtpPort(), PASSWORD)
            .deliver(
                out(),
                Ledgers.of(out()),
                List.of(
                    mail("A", "Ann", "ann@example.com", pdf),
                    mail("B", "Bob", "bob@example.com\r\nBcc: eve@example.com", pdf),
                    mail("C", "Cem", "cem@example.com", pdf)),
                true);

    assertThat(report.sent()).isEqualTo(2);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.errors())
        .singleElement(STRING)
        .contains("offer B")
        .contains("bob@example.com");
    assertThat(inbox(SMTP, "ann@example.com")).hasSize(1);
    assertThat(inbox(SMTP, "cem@example.com")).hasSize(1);
    assertThat(SMTP.getReceivedMessages()).hasSize(4); // two messages, each also to the Cc
  }

  @Test
  void refusedRecipient_550_failsAtOnceWithTheServersWordsAndIsNotRetried() throws Exception {
    try (RejectingSmtpServer server = new RejectingSmtpServer("bounce@example.com")) {
      Map<String, String> keys = new HashMap<>(smtpKeys(server.port()));
      keys.remove("smtp.user");
      MailDelivery d = delivery(keys, PASSWORD);
      Path pdf = fakePdf(dir, "A.pdf", "report");
      List<ReportMail> batch =
          List.of(
              mail("A", "Ann", "ann@example.com", pdf),
              mail("BOUNCE", "Bo", "bounce@example.com", pdf));

      DeliveryReport first = d.deliver(out(), Ledgers.of(out()), batch, true);

      assertThat(first.sent()).isEqualTo(1);
      assertThat(first.failed()).isEqualTo(1);
      assertThat(first.notAllWent()).isTrue();
      assertThat(first.errors())
          .singleElement(STRING)
          .contains("offer BOUNCE to bounce@example.com: failed: 550")
          .contains("--retry-failed");
      assertThat(first.summaryLine()).startsWith("Email: 1 sent, 1 failed: 550");
      LedgerEntry bounce =
          ledger().stream().filter(e -> e.offerId().equals("BOUNCE")).findFirst().orElseThrow();
      assertThat(bounce.state()).isEqualTo(DeliveryState.FAILED);
      assertThat(bounce.attempts()).isEqualTo(1);
      assertThat(bounce.lastError()).contains("550");

      int rcptsBefore = server.rcptCommands().size();
      DeliveryReport second = d.deliver(out(), Ledgers.of(out()), batch, true);

      assertThat(server.rcptCommands()).hasSize(rcptsBefore);
      assertThat(second.failed()).isEqualTo(1);
      assertThat(second.alreadySent()).isEqualTo(1);
      assertThat(second.errors()).singleElement(STRING).contains("failed after 1 try");
      assertThat(out().resolve("outbox/BOUNCE.eml")).as("kept for the coach").exists();

      Ledgers.of(out()).requeue(DeliveryState.FAILED);
      DeliveryReport retried = d.deliver(out(), Ledgers.of(out()), batch, true);

      assertThat(server.rcptCommands()).hasSize(rcptsBefore + 2); // Bo and the coach's Cc
      assertThat(retried.failed()).isEqualTo(1);
      assertThat(server.acceptedRecipients())
          .containsExactly("ann@example.com", "casey@coach.example");
    }
  }

  @Test
  void tls_sendsOverSmtps() throws Exception {
    // A free port, and time to make the TLS key on a busy machine (2 s was not always enough).
    ServerSetup setup = ServerSetupTest.SMTPS.dynamicPort();
    setup.setServerStartupTimeout(20_000);
    GreenMail smtps = new GreenMail(setup).withConfiguration(WITH_USER);
    smtps.start();
    try {
      Map<String, String> keys = new HashMap<>(smtpKeys(smtps.getSmtps().getPort()));
      keys.put("smtp.security", "tls");
      Properties trustTestCertificate = new Properties();
      trustTestCertificate.setProperty("mail.smtp.ssl.trust", "*");
      trustTestCertificate.setProperty("mail.smtp.ssl.checkserveridentity", "false");
      MailDelivery d =
          new MailDelivery(
              settings(dir, keys), Map.of(PASSWORD_ENV, PASSWORD), CLOCK, trustTestCertificate);
      Path pdf = fakePdf(dir, "A.pdf", "report");

      DeliveryReport report =
          d.deliver(
              out(), Ledgers.of(out()), List.of(mail("A", "Ann", "ann@example.com", pdf)), true);

      assertThat(report.sent()).isEqualTo(1);
      assertThat(inbox(smtps, "ann@example.com")).hasSize(1);
    } finally {
      smtps.stop();
    }
  }

  @Test
  void sentMessage_isRecordedWithItsAttemptTimesAndFile() throws IOException {
    Path pdf = fakePdf(dir, "A.pdf", "report");
    delivery(smtpPort(), PASSWORD)
        .deliver(out(), Ledgers.of(out()), List.of(mail("A", "Ann", "ann@example.com", pdf)), true);

    LedgerEntry e = ledger().get(0);

    assertThat(e.state()).isEqualTo(DeliveryState.SENT);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.firstTryAt()).isEqualTo(CLOCK.instant());
    assertThat(e.sentAt()).isEqualTo(CLOCK.instant());
    assertThat(e.file()).isEqualTo("sent/A.eml");
    assertThat(e.messageId()).startsWith("<");
  }

  @Test
  void messageOfARunKilledWhileSending_isHeldAsUncertain_andSentOnlyWhenRetried_sameMessageId()
      throws Exception {
    Path pdf = fakePdf(dir, "A.pdf", "report");
    MailDelivery d = delivery(smtpPort(), PASSWORD);
    List<ReportMail> batch = List.of(mail("A", "Ann", "ann@example.com", pdf));
    d.deliver(out(), Ledgers.of(out()), batch, false);
    Ledger ledger = Ledgers.of(out());
    LedgerEntry drafted = ledger.all().get(0);
    ledger.recordSending(drafted, CLOCK.instant(), MailDelivery.IN_FLIGHT);
    // The next run opens the folder: what was on the wire is not known.
    assertThat(ledger.settleInFlight()).isEqualTo(1);

    DeliveryReport held = d.deliver(out(), ledger, batch, true);

    assertThat(held.sent()).isZero();
    assertThat(held.uncertain()).isEqualTo(1);
    assertThat(inbox(SMTP, "ann@example.com")).isEmpty();
    assertThat(ledger().get(0).state()).isEqualTo(DeliveryState.UNCERTAIN);

    assertThat(ledger.requeue(DeliveryState.UNCERTAIN)).isEqualTo(1);
    DeliveryReport retried = d.deliver(out(), ledger, batch, true);

    assertThat(retried.sent()).isEqualTo(1);
    List<MimeMessage> received = inbox(SMTP, "ann@example.com");
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getMessageID()).isEqualTo(drafted.messageId());
    assertThat(ledger().get(0).attempts()).isEqualTo(2);
  }
}
