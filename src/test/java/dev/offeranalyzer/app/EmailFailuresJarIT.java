package dev.offeranalyzer.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Email that does not all go, through the real jar (SPEC sections 1 and 9): a fault-injecting SMTP
 * server and GreenMail, two runs or more per case with the clock moved on through {@code
 * OFFER_ANALYZER_NOW}, the exit code, the console's closing line and the ledger state (table
 * messages of state.db) after each, and the deliveries per recipient counted at the server: once,
 * or held as uncertain, never twice.
 */
class EmailFailuresJarIT {

  private static final Path JAR = Path.of("target", "offer-analyzer.jar");
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private static final String PASSWORD_ENV = "I15_SMTP_PASSWORD";

  @TempDir Path dir;

  private record Run(int code, String output) {
    String lastLine() {
      String[] lines = output.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  private Run jar(Instant now, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(JAR.toAbsolutePath().toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("TZ", "UTC");
    pb.environment().put("OFFER_ANALYZER_NOW", now.toString());
    pb.environment().put(PASSWORD_ENV, "secret");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), out);
  }

  private Run send(Instant now, String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--input",
                dir.resolve("in").toString(),
                "--output",
                dir.resolve("out").toString(),
                "--config",
                dir.resolve("mail.properties").toString(),
                "--send",
                "--quiet"));
    args.addAll(List.of(extra));
    return jar(now, args.toArray(String[]::new));
  }

  /** One offer per address, each its own candidate. */
  private void input(String... addresses) throws IOException {
    StringBuilder csv =
        new StringBuilder(
            "offer_id,candidate,email,company,level,location,base_salary,sign_on_year1,"
                + "sign_on_year2,rsu_value\n");
    for (String a : addresses) {
      String id = a.substring(0, a.indexOf('@')).toUpperCase(java.util.Locale.ROOT);
      csv.append(id)
          .append(",Client ")
          .append(id)
          .append(',')
          .append(a)
          .append(",Amazon,L6,Seattle,185000,50000,30000,300000\n");
    }
    Files.createDirectories(dir.resolve("in"));
    Files.writeString(dir.resolve("in/offers.csv"), csv);
  }

  private void config(int port, Map<String, String> extra) throws IOException {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("mail.from", "reports@coach.example");
    keys.put("coach.email", "casey@coach.example");
    keys.put("smtp.host", "127.0.0.1");
    keys.put("smtp.port", Integer.toString(port));
    keys.put("smtp.security", "none");
    keys.put("mail.timeout-seconds", "2");
    keys.put("mail.data-timeout-seconds", "5");
    keys.putAll(extra);
    StringBuilder sb = new StringBuilder();
    keys.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
    Files.writeString(dir.resolve("mail.properties"), sb);
  }

  /** The ledger (table messages of the folder's state) by offer id, column name to value. */
  private Map<String, Map<String, String>> ledger() throws SQLException {
    Path db = dir.resolve("out/.offer-analyzer/state.db");
    Map<String, Map<String, String>> byOffer = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM messages ORDER BY id")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Map<String, String> row = new HashMap<>();
        for (int i = 1; i <= columns; i++) {
          row.put(rs.getMetaData().getColumnName(i), rs.getString(i));
        }
        byOffer.put(rs.getString("offer_id"), row);
      }
    }
    return byOffer;
  }

  private String state(String offerId) throws SQLException {
    return ledger().get(offerId).get("state");
  }

  @Test
  void refusalsAndSlowServer_overThreeRuns_eachMessageOnceOrUncertainNeverTwice() throws Exception {
    try (FaultySmtpServer server = new FaultySmtpServer()) {
      server
          .refuse("busy@example.com", "451 4.2.2 mailbox full, try later")
          .refuse("gone@example.com", "550 5.1.1 mailbox unknown")
          // Slower than a command may take (2 s), faster than the end-of-data wait (5 s).
          .delayAfterData("slow@example.com", 3_000)
          // Never answered in time: the server has it, the client cannot know.
          .delayAfterData("mute@example.com", 60_000);
      config(server.port(), Map.of());
      input(
          "ok@example.com",
          "busy@example.com",
          "gone@example.com",
          "slow@example.com",
          "mute@example.com");

      Run first = send(T0);

      assertThat(first.code()).as(first.output()).isEqualTo(4);
      assertThat(first.lastLine())
          .isEqualTo(
              "Email: 2 sent, 1 waiting for the server (next try after 10:15), 1 uncertain (no"
                  + " answer after the message went out; sent again only with"
                  + " --retry-uncertain), 1 failed: 550 5.1.1 mailbox unknown");
      assertThat(first.output())
          .contains(
              "offer BUSY to busy@example.com: the server refused it for now (451 4.2.2 mailbox"
                  + " full, try later); next try after 10:15")
          .contains("offer GONE to gone@example.com: failed: 550 5.1.1 mailbox unknown")
          .contains("offer MUTE to mute@example.com: the server did not answer");
      assertThat(state("OK")).isEqualTo("SENT");
      assertThat(state("SLOW")).isEqualTo("SENT");
      assertThat(state("BUSY")).isEqualTo("PENDING");
      assertThat(ledger().get("BUSY").get("next_try_at")).isEqualTo("2026-12-01T10:15:00Z");
      assertThat(state("GONE")).isEqualTo("FAILED");
      assertThat(state("MUTE")).isEqualTo("UNCERTAIN");

      // Five minutes later: BUSY is not due, nothing is tried, nothing goes twice.
      Run second = send(T0.plus(Duration.ofMinutes(5)));

      assertThat(second.code()).as(second.output()).isEqualTo(4);
      assertThat(second.lastLine())
          .startsWith(
              "Email: 0 sent, 1 waiting for the server (next try after 10:15), 1 uncertain");
      assertThat(second.output())
          .contains("offer BUSY to busy@example.com: waits for the server (451 4.2.2")
          .contains("held as uncertain")
          .contains("MUTE to mute@example.com");
      assertThat(state("BUSY")).isEqualTo("PENDING");
      assertThat(ledger().get("BUSY").get("attempts")).isEqualTo("1");

      // Past the wait, the mailbox has room again.
      server.accept("busy@example.com");
      Run third = send(T0.plus(Duration.ofMinutes(16)));

      assertThat(third.code()).as(third.output()).isEqualTo(4);
      assertThat(third.lastLine())
          .startsWith("Email: 1 sent, 1 uncertain")
          .endsWith("1 failed: 550 5.1.1 mailbox unknown, 2 already sent earlier");
      assertThat(state("BUSY")).isEqualTo("SENT");
      assertThat(state("MUTE")).isEqualTo("UNCERTAIN");

      assertThat(server.deliveredTo("ok@example.com")).isEqualTo(1);
      assertThat(server.deliveredTo("slow@example.com")).isEqualTo(1);
      assertThat(server.deliveredTo("busy@example.com")).isEqualTo(1);
      assertThat(server.deliveredTo("mute@example.com")).as("held, not sent again").isEqualTo(1);
      assertThat(server.deliveredTo("gone@example.com")).isZero();
    }
  }

  @Test
  void droppedConnections_waitLongerEachTime_failAfterRetryFor_thenRetryFailedSendsOnce()
      throws Exception {
    try (FaultySmtpServer server = new FaultySmtpServer()) {
      server.dropConnections(true);
      config(server.port(), Map.of("mail.retry-for", "1d"));
      input("ann@example.com");

      Run first = send(T0);

      assertThat(first.code()).as(first.output()).isEqualTo(4);
      assertThat(first.lastLine())
          .isEqualTo("Email: 0 sent, 1 waiting for the server (next try after 10:15)");
      assertThat(first.output()).contains("the server cannot be reached");
      assertThat(state("ANN")).isEqualTo("PENDING");

      Run second = send(T0.plus(Duration.ofMinutes(20)));

      assertThat(second.code()).as(second.output()).isEqualTo(4);
      assertThat(second.lastLine())
          .as("the second wait is an hour")
          .isEqualTo("Email: 0 sent, 1 waiting for the server (next try after 11:20)");
      assertThat(ledger().get("ANN").get("attempts")).isEqualTo("2");
      assertThat(ledger().get("ANN").get("first_try_at")).isEqualTo("2026-12-01T10:00:00Z");

      Run third = send(T0.plus(Duration.ofDays(1)));

      assertThat(third.code()).as(third.output()).isEqualTo(4);
      assertThat(third.lastLine())
          .startsWith("Email: 0 sent, 1 failed: ")
          .endsWith("(still refused 1 day after the first try)");
      assertThat(state("ANN")).isEqualTo("FAILED");

      server.dropConnections(false);
      Run fourth = send(T0.plus(Duration.ofDays(1)), "--retry-failed");

      assertThat(fourth.code()).as(fourth.output()).isZero();
      assertThat(fourth.lastLine()).startsWith("Done: 1 offer reported");
      assertThat(state("ANN")).isEqualTo("SENT");
      assertThat(server.deliveredTo("ann@example.com")).isEqualTo(1);
    }
  }

  @Test
  void refusedLogin_isExit4AndSaysSo_andTheMessageGoesOnceTheLoginWorks() throws Exception {
    try (FaultySmtpServer server = new FaultySmtpServer()) {
      server.refuseLogin(true);
      config(
          server.port(),
          Map.of("smtp.user", "reports@coach.example", "smtp.password.env", PASSWORD_ENV));
      input("ann@example.com");

      Run first = send(T0);

      assertThat(first.code()).as(first.output()).isEqualTo(4);
      assertThat(first.output()).contains("the server refused the login").doesNotContain("secret");
      assertThat(first.lastLine()).contains("1 waiting for the server (next try after 10:15)");
      assertThat(state("ANN")).isEqualTo("PENDING");

      assertThat(server.deliveredTo("ann@example.com")).isZero();

      server.refuseLogin(false);
      Run third = send(T0.plus(Duration.ofMinutes(15)));

      assertThat(third.code()).as(third.output()).isZero();
      assertThat(state("ANN")).isEqualTo("SENT");
      assertThat(server.deliveredTo("ann@example.com")).isEqualTo(1);
    }
  }

  @Test
  void greenMail_allSent_exit0_andRerunsSendNothingTwice() throws Exception {
    GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    try {
      config(mail.getSmtp().getPort(), Map.of());
      input("ann@example.com", "bob@example.com");

      for (int run = 0; run < 2; run++) {
        Run r = send(T0.plus(Duration.ofHours(run)));
        assertThat(r.code()).as(r.output()).isZero();
        assertThat(r.lastLine()).startsWith("Done: 2 offers reported");
        assertThat(state("ANN")).isEqualTo("SENT");
        assertThat(state("BOB")).isEqualTo("SENT");
      }
      assertThat(mail.getReceivedMessagesForDomain("example.com")).hasSize(2);
    } finally {
      mail.stop();
    }
  }

  @Test
  void unwritableOutbox_isExit3NamingIt() throws Exception {
    try (FaultySmtpServer server = new FaultySmtpServer()) {
      config(server.port(), Map.of());
      input("ann@example.com");
      Files.createDirectories(dir.resolve("out"));
      Files.writeString(dir.resolve("out/outbox"), "a file where the outbox folder should be");

      Run r = send(T0);

      assertThat(r.code()).as(r.output()).isEqualTo(3);
      assertThat(r.output()).contains("error: email: " + dir.resolve("out/outbox"));
      assertThat(server.deliveredTo("ann@example.com")).isZero();
    }
  }
}
