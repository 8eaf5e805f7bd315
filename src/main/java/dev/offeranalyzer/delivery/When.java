package dev.offeranalyzer.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a waiting message is described to the coach: why it waits and when it is tried next. */
public final class When {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ENGLISH);

  private When() {}

  /**
   * A time as the coach reads it, in the clock's zone: {@code 14:30} today, {@code Dec 3 02:30}
   * another day.
   */
  public static String clockTime(Instant at, Clock clock) {
    return clockTime(at, clock.getZone(), clock.instant());
  }

  /** As {@link #clockTime(Instant, Clock)}, with the zone and the time now given. */
  public static String clockTime(Instant at, ZoneId zone, Instant now) {
    ZonedDateTime t = at.atZone(zone);
    LocalDate today = now.atZone(zone).toLocalDate();
    return t.toLocalDate().equals(today) ? TIME.format(t) : DAY_TIME.format(t);
  }

  /**
   * A time with its day, in {@code zone}, for what is read later (the Email sheet, {@code status}):
   * {@code Dec 3 02:30}.
   */
  public static String dayTime(Instant at, ZoneId zone) {
    return DAY_TIME.format(at.atZone(zone));
  }

  /** Why a message waits, in words: the start of its console line. */
  static String waitingWhy(SmtpReply reply) {
    return switch (reply.kind()) {
      case TEMPORARY -> "the server refused it for now";
      case LOGIN_REFUSED -> "the server refused the login";
      case UNREACHABLE -> "the server could not be reached";
      case PERMANENT -> "the server refused it for good";
      case NO_ANSWER_AFTER_DATA -> "the server did not answer after the message went out";
    };
  }
}
