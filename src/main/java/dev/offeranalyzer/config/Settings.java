package dev.offeranalyzer.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Properties;

/**
 * The settings of a run, read from the {@code --config} properties file (every key optional).
 * Secrets never live here: {@code smtp.password.env} names the environment variable that holds the
 * SMTP password.
 *
 * @param pageSize {@code LETTER} (default) or {@code A4}
 * @param reportDate a fixed report date for reproducible PDFs, or null for today
 * @param logo path of a PNG or JPEG logo for the report header, or null
 * @param smtpSecurity {@code none}, {@code starttls} or {@code tls}
 * @param maxWorkbookBytes workbooks larger than this are refused
 * @param mailTimeoutSeconds the connect timeout and the wait for each SMTP reply but one
 * @param mailDataTimeoutSeconds the wait for the server's answer to the end of the message data
 *     (RFC 5321 section 4.5.3.2.6: 10 minutes)
 * @param mailRetryFor how long after its first try a message refused for now is tried again
 */
public record Settings(
    String coachName,
    String coachContact,
    String coachEmail,
    Path logo,
    String pageSize,
    LocalDate reportDate,
    String mailFrom,
    String mailCc,
    String smtpHost,
    int smtpPort,
    String smtpSecurity,
    String smtpUser,
    String smtpPasswordEnv,
    int mailMaxAttempts,
    int mailTimeoutSeconds,
    long maxWorkbookBytes,
    int mailDataTimeoutSeconds,
    Duration mailRetryFor) {

  public static final long DEFAULT_MAX_WORKBOOK_BYTES = 50L * 1024 * 1024;

  public static Settings defaults() {
    return fromProperties(new Properties(), null);
  }

  /**
   * Reads a UTF-8 properties file.
   *
   * @throws SettingsException naming the file and key when a value is malformed
   */
  public static Settings load(Path file) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SettingsException(file + ": cannot read the config file (" + e.getMessage() + ")");
    }
    return fromProperties(p, file);
  }

  static Settings fromProperties(Properties p, Path file) {
    String where = file == null ? "settings" : file.toString();
    String pageSize = get(p, "report.page-size", "LETTER").toUpperCase(Locale.ROOT);
    if (!pageSize.equals("LETTER") && !pageSize.equals("A4")) {
      throw new SettingsException(
          where + ": report.page-size must be LETTER or A4, not " + pageSize);
    }
    LocalDate reportDate = null;
    String rd = get(p, "report.date", null);
    if (rd != null) {
      try {
        reportDate = LocalDate.parse(rd);
      } catch (DateTimeParseException e) {
        throw new SettingsException(
            where + ": report.date must be a date like 2026-01-15, not " + rd);
      }
    }
    String security = get(p, "smtp.security", "starttls").toLowerCase(Locale.ROOT);
    if (!security.equals("none") && !security.equals("starttls") && !security.equals("tls")) {
      throw new SettingsException(
          where + ": smtp.security must be none, starttls or tls, not " + security);
    }
    String logo = get(p, "coach.logo", null);
    Path logoPath = null;
    if (logo != null) {
      logoPath = Path.of(logo);
      if (!logoPath.isAbsolute() && file != null && file.toAbsolutePath().getParent() != null) {
        logoPath = file.toAbsolutePath().getParent().resolve(logoPath);
      }
    }
    return new Settings(
        get(p, "coach.name", null),
        get(p, "coach.contact", null),
        get(p, "coach.email", null),
        logoPath,
        pageSize,
        reportDate,
        get(p, "mail.from", null),
        get(p, "mail.cc", null),
        get(p, "smtp.host", null),
        integer(p, where, "smtp.port", security.equals("tls") ? 465 : 587),
        security,
        get(p, "smtp.user", null),
        get(p, "smtp.password.env", "OFFER_ANALYZER_SMTP_PASSWORD"),
        integer(p, where, "mail.max-attempts", 5),
        integer(p, where, "mail.timeout-seconds", 30),
        integer(p, where, "intake.max-workbook-mb", 50) * 1024L * 1024L,
        integer(p, where, "mail.data-timeout-seconds", 600),
        duration(p, where, "mail.retry-for", Duration.ofDays(2)));
  }

  /**
   * A duration such as {@code 2d}, {@code 36h}, {@code 90m} or {@code 45s} (or ISO-8601 {@code
   * PT36H}).
   */
  static Duration duration(Properties p, String where, String key, Duration fallback) {
    String v = get(p, key, null);
    if (v == null) {
      return fallback;
    }
    String t = v.toLowerCase(Locale.ROOT).replace(" ", "");
    try {
      Duration d;
      if (t.startsWith("p")) {
        d = Duration.parse(t.toUpperCase(Locale.ROOT));
      } else {
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        d =
            switch (t.charAt(t.length() - 1)) {
              case 'd' -> Duration.ofDays(n);
              case 'h' -> Duration.ofHours(n);
              case 'm' -> Duration.ofMinutes(n);
              case 's' -> Duration.ofSeconds(n);
              default -> throw new NumberFormatException();
            };
      }
      if (d.isNegative()) {
        throw new NumberFormatException();
      }
      return d;
    } catch (RuntimeException e) {
      throw new SettingsException(
          where + ": " + key + " must be a duration like 2d, 36h or 90m, not " + v);
    }
  }

  private static String get(Properties p, String key, String fallback) {
    String v = p.getProperty(key);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  private static int integer(Properties p, String where, String key, int fallback) {
    String v = get(p, key, null);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new SettingsException(
          where + ": " + key + " must be a positive whole number, not " + v);
    }
  }

  /** A config file that cannot be used; the message names the file and the key. */
  public static final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
      super(message);
    }
  }
}
