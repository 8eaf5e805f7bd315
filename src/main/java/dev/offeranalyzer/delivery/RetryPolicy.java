package dev.offeranalyzer.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * When a message that could not be sent is tried again (SPEC section 9). Pure: the tries so far,
 * the first try and the time now go in, a decision comes out.
 *
 * <p>A refusal for now (4xx), an unreachable server and a refused login wait longer after each try
 * ({@link #WAITS}: 15 minutes, 1 hour, 4 hours, then every 8 hours) and fail only once {@code
 * retryFor} has passed since the first try; the last wait is shortened so one try falls on that
 * deadline. A refusal for good (5xx) fails at once. A message whose end of data was never answered
 * is held as uncertain.
 *
 * @param waits the wait after the first, second, ... failed try; the last repeats
 * @param retryFor how long after its first try a message may still be tried ({@code
 *     mail.retry-for})
 */
public record RetryPolicy(List<Duration> waits, Duration retryFor) {

  /** 15 minutes, 1 hour, 4 hours, then every 8 hours. */
  public static final List<Duration> WAITS =
      List.of(
          Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(8));

  /** {@code mail.retry-for} when the config does not set it. */
  public static final Duration DEFAULT_RETRY_FOR = Duration.ofDays(2);

  public RetryPolicy {
    waits = List.copyOf(waits);
    Objects.requireNonNull(retryFor, "retryFor");
    if (waits.isEmpty() || waits.stream().anyMatch(w -> w.isNegative() || w.isZero())) {
      throw new IllegalArgumentException("waits must be positive and not empty: " + waits);
    }
    if (retryFor.isNegative()) {
      throw new IllegalArgumentException("retryFor < 0: " + retryFor);
    }
  }

  /** The default waits with the given {@code mail.retry-for}. */
  public static RetryPolicy of(Duration retryFor) {
    return new RetryPolicy(WAITS, retryFor);
  }

  /** What happens to a message after a failed try. */
  public sealed interface Decision {}

  /** Tried again by the first run at or after {@code at}. */
  public record RetryAt(Instant at) implements Decision {}

  /** Not tried again unless the coach asks ({@code --retry-failed}). */
  public record Fail(String why) implements Decision {}

  /** The server may have it: sent again only with {@code --retry-uncertain}. */
  public record HoldUncertain() implements Decision {}

  /**
   * Decides after a failed try.
   *
   * @param reply the failure
   * @param failedTries the tries that failed so far, this one included (at least 1)
   * @param firstTry when the message was first tried
   * @param now when this try failed
   */
  public Decision after(SmtpReply reply, int failedTries, Instant firstTry, Instant now) {
    Objects.requireNonNull(reply, "reply");
    if (failedTries < 1) {
      throw new IllegalArgumentException("failedTries < 1: " + failedTries);
    }
    return switch (reply.kind()) {
      case PERMANENT -> new Fail(reply.serverWords());
      case NO_ANSWER_AFTER_DATA -> new HoldUncertain();
      case TEMPORARY, UNREACHABLE, LOGIN_REFUSED -> {
        Instant deadline = firstTry.plus(retryFor);
        if (!now.isBefore(deadline)) {
          yield new Fail(
              reply.serverWords()
                  + " (still refused "
                  + Durations.words(retryFor)
                  + " after the first try)");
        }
        Instant next = now.plus(waitAfter(failedTries));
        yield new RetryAt(next.isAfter(deadline) ? deadline : next);
      }
    };
  }

  /** The wait after the {@code failedTries}-th failed try. */
  public Duration waitAfter(int failedTries) {
    return waits.get(Math.min(failedTries, waits.size()) - 1);
  }

  /** True when a message waiting until {@code nextTry} may be tried {@code now}. */
  public static boolean due(Instant nextTry, Instant now) {
    return nextTry == null || !now.isBefore(nextTry);
  }

  /** Short words for a duration: {@code 2 days}, {@code 8 hours}, {@code 15 minutes}. */
  static final class Durations {
    private Durations() {}

    static String words(Duration d) {
      long minutes = d.toMinutes();
      if (minutes > 0 && minutes % (24 * 60) == 0) {
        return plural(minutes / (24 * 60), "day");
      }
      if (minutes > 0 && minutes % 60 == 0) {
        return plural(minutes / 60, "hour");
      }
      if (minutes > 0) {
        return plural(minutes, "minute");
      }
      return plural(d.toSeconds(), "second");
    }

    private static String plural(long n, String unit) {
      return n + " " + unit + (n == 1 ? "" : "s");
    }
  }
}
