package dev.offeranalyzer.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryReportTest {

  @Test
  void notAllSent_saysPlainlyWhatWaitsAndWhatFailed() {
    DeliveryReport r =
        new DeliveryReport(
            6, 3, 0, 1, 0, 0, List.of(), 2, 0, "14:30", List.of("550 5.1.1 mailbox unknown"), true);

    assertThat(r.summaryLine())
        .isEqualTo(
            "Email: 3 sent, 2 waiting for the server (next try after 14:30), 1 failed: 550 5.1.1"
                + " mailbox unknown");
    assertThat(r.notAllWent()).isTrue();
  }

  @Test
  void allSent_isNotAnEmailProblem() {
    DeliveryReport r = new DeliveryReport(2, 2, 0, 0, 1, 0, List.of(), 0, 0, "", List.of(), true);

    assertThat(r.summaryLine()).isEqualTo("Email: 2 sent, 0 failed, 1 without email address");
    assertThat(r.notAllWent()).isFalse();
  }

  @Test
  void uncertain_isNamedAndCountsAsNotAllWent() {
    DeliveryReport r = new DeliveryReport(0, 0, 0, 0, 0, 0, List.of(), 0, 1, "", List.of(), true);

    assertThat(r.summaryLine()).contains("1 uncertain").contains("--retry-uncertain");
    assertThat(r.notAllWent()).isTrue();
  }

  @Test
  void dryRun_pendingMessagesAreNotAnEmailProblem() {
    DeliveryReport r = new DeliveryReport(2, 0, 2, 0, 0, 0, List.of());

    assertThat(r.summaryLine()).isEqualTo("Email: 0 sent, 2 pending");
    assertThat(r.notAllWent()).isFalse();
  }

  @Test
  void nextTryOnAnotherDay_namesTheDay() {
    Instant now = Instant.parse("2026-12-01T22:00:00Z");

    assertThat(When.clockTime(Instant.parse("2026-12-01T22:15:00Z"), ZoneId.of("UTC"), now))
        .isEqualTo("22:15");
    assertThat(When.clockTime(Instant.parse("2026-12-02T06:00:00Z"), ZoneId.of("UTC"), now))
        .isEqualTo("Dec 2 06:00");
  }
}
