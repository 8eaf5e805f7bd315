package dev.offeranalyzer.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.delivery.RetryPolicy.Fail;
import dev.offeranalyzer.delivery.RetryPolicy.HoldUncertain;
import dev.offeranalyzer.delivery.RetryPolicy.RetryAt;
import dev.offeranalyzer.delivery.SmtpReply.Kind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

  private static final Instant FIRST = Instant.parse("2026-12-01T10:00:00Z");
  private static final RetryPolicy POLICY = RetryPolicy.of(RetryPolicy.DEFAULT_RETRY_FOR);
  private static final SmtpReply BUSY = new SmtpReply(Kind.TEMPORARY, 451, "451 4.2.2 full");

  @ParameterizedTest
  @CsvSource({"1, 15", "2, 60", "3, 240", "4, 480", "5, 480", "12, 480"})
  void waitGrowsThenRepeatsEveryEightHours(int failedTries, long minutes) {
    assertThat(POLICY.waitAfter(failedTries)).isEqualTo(Duration.ofMinutes(minutes));
  }

  @ParameterizedTest
  @CsvSource({"TEMPORARY", "UNREACHABLE", "LOGIN_REFUSED"})
  void refusedForNow_isTriedAgainAfterTheWait(Kind kind) {
    SmtpReply reply = new SmtpReply(kind, kind == Kind.TEMPORARY ? 451 : 0, "words");
    Instant now = FIRST.plus(Duration.ofMinutes(20));

    assertThat(POLICY.after(reply, 2, FIRST, now)).isEqualTo(new RetryAt(now.plusSeconds(3600)));
  }

  @Test
  void lastWait_isShortenedSoOneTryFallsOnTheDeadline() {
    Instant now = FIRST.plus(Duration.ofDays(2)).minus(Duration.ofHours(1));

    assertThat(POLICY.after(BUSY, 9, FIRST, now))
        .isEqualTo(new RetryAt(FIRST.plus(Duration.ofDays(2))));
  }

  @Test
  void refusedForNowPastRetryFor_failsSayingHowLong() {
    Instant deadline = FIRST.plus(Duration.ofDays(2));

    assertThat(POLICY.after(BUSY, 10, FIRST, deadline))
        .isEqualTo(new Fail("451 4.2.2 full (still refused 2 days after the first try)"));
  }

  @Test
  void refusedForGood_failsAtOnceWithTheServersWords() {
    SmtpReply gone = new SmtpReply(Kind.PERMANENT, 550, "550 5.1.1 mailbox unknown");

    assertThat(POLICY.after(gone, 1, FIRST, FIRST))
        .isEqualTo(new Fail("550 5.1.1 mailbox unknown"));
  }

  @Test
  void noAnswerAfterData_isHeldAsUncertain() {
    SmtpReply mute = new SmtpReply(Kind.NO_ANSWER_AFTER_DATA, 0, "Read timed out");

    assertThat(POLICY.after(mute, 1, FIRST, FIRST)).isInstanceOf(HoldUncertain.class);
  }

  @Test
  void due_whenNoNextTryOrItHasCome() {
    assertThat(RetryPolicy.due(null, FIRST)).isTrue();
    assertThat(RetryPolicy.due(FIRST, FIRST)).isTrue();
    assertThat(RetryPolicy.due(FIRST.plusSeconds(1), FIRST)).isFalse();
  }
}
