package dev.offeranalyzer.delivery;

import dev.offeranalyzer.files.TabSeparated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The delivery ledger file of release 0.1.0, {@code outbox/ledger.tsv}, read once when an old
 * output folder is taken over (the ledger now lives in the folder's state store). The format:: a
 * header line, then one tab-separated line per message. Tabs, line breaks and backslashes inside a
 * value are written as {@code \t}, {@code \n}, {@code \r} and {@code \\}, so every message stays on
 * one line and the file reads well in a text editor or a spreadsheet. The whole file is rewritten
 * atomically after every change, so a killed run leaves either the old or the new ledger, never a
 * torn one.
 *
 * <p>Offer ids and addresses come from the input, and a spreadsheet opening this file would take a
 * value starting with {@code = + - @} as a formula (CSV injection). Such a value, and one that
 * starts with an apostrophe itself, is written after one apostrophe ({@code '=1+1}), the prefix
 * spreadsheets know as "this is text"; reading drops it again. Tab and carriage return, the other
 * formula starters, are already written as {@code \t} and {@code \r}.
 */
public final class LedgerFile {

  static final String FILE_NAME = "ledger.tsv";
  static final List<String> COLUMNS =
      List.of(
          "offer_id",
          "recipient",
          "pdf_sha256",
          "state",
          "attempts",
          "last_error",
          "sent_at",
          "message_id",
          "file",
          "first_try_at",
          "next_try_at");

  /**
   * The columns of version 0.1.0, before first_try_at and next_try_at; such a ledger still reads.
   */
  static final List<String> OLD_COLUMNS = COLUMNS.subList(0, 9);

  /** The file column never leaves the outbox, even when someone edited the ledger by hand. */
  private static final Pattern SAFE_FILE =
      Pattern.compile("(sent/)?[A-Za-z0-9_-][A-Za-z0-9._-]*\\.eml");

  /**
   * First characters that make a spreadsheet cell a formula (with their full-width forms, which
   * some East Asian spreadsheet versions accept too), and the apostrophe that marks the escape.
   */
  private static final String FORMULA_STARTS = "=+-@'\uFF1D\uFF0B\uFF0D\uFF20";

  private LedgerFile() {}

  /**
   * Reads the ledger file of release 0.1.0 at {@code file} (for the takeover of an old folder); an
   * absent file is an empty ledger.
   *
   * @throws DeliveryException naming the file and line when it cannot be read or parsed
   */
  public static List<LedgerEntry> read(Path file) {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file);
    } catch (IOException e) {
      throw new DeliveryException(file + ": cannot read the delivery ledger (" + e + ")", e);
    }
  }

  static List<String> format(List<LedgerEntry> entries) {
    List<String> lines = new ArrayList<>();
    lines.add(String.join("\t", COLUMNS));
    for (LedgerEntry e : entries) {
      lines.add(
          String.join(
              "\t",
              escape(e.offerId()),
              escape(e.recipient()),
              e.fingerprint(),
              e.state().name(),
              Integer.toString(e.attempts()),
              escape(e.lastError()),
              e.sentAt() == null ? "" : e.sentAt().toString(),
              escape(e.messageId()),
              escape(e.file()),
              instant(e.firstTryAt()),
              instant(e.nextTryAt())));
    }
    return lines;
  }

  /**
   * Parses ledger lines; blank lines are skipped.
   *
   * @throws DeliveryException naming the file, the line and what was expected
   */
  static List<LedgerEntry> parse(List<String> lines, Path source) {
    List<LedgerEntry> result = new ArrayList<>();
    if (lines.isEmpty()) {
      return result;
    }
    String header = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
    boolean old = header.equals(String.join("\t", OLD_COLUMNS));
    if (!old && !header.equals(String.join("\t", COLUMNS))) {
      throw new DeliveryException(
          source + " line 1: expected the header " + String.join(" ", COLUMNS));
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      int lineNo = i + 1;
      int expected = old ? OLD_COLUMNS.size() : COLUMNS.size();
      if (f.length != expected) {
        throw new DeliveryException(
            String.format(
                Locale.ROOT,
                "%s line %d: expected %d tab-separated fields, found %d",
                source,
                lineNo,
                expected,
                f.length));
      }
      String file = unescape(f[8]);
      if (!SAFE_FILE.matcher(file).matches()) {
        throw new DeliveryException(
            String.format(
                Locale.ROOT,
                "%s line %d: expected a file like A.eml or sent/A.eml inside the outbox, not %s",
                source,
                lineNo,
                file));
      }
      try {
        result.add(
            new LedgerEntry(
                0,
                unescape(f[0]),
                unescape(f[1]),
                f[2],
                DeliveryState.valueOf(f[3].trim().toUpperCase(Locale.ROOT)),
                Integer.parseInt(f[4].trim()),
                old || f[9].isBlank() ? null : Instant.parse(f[9].trim()),
                old || f[10].isBlank() ? null : Instant.parse(f[10].trim()),
                unescape(f[5]),
                f[6].isBlank() ? null : Instant.parse(f[6].trim()),
                unescape(f[7]),
                file));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new DeliveryException(
            String.format(
                Locale.ROOT,
                "%s line %d: expected state PENDING, SENT, FAILED, SENDING or UNCERTAIN, a whole"
                    + " number of attempts and an ISO instant or nothing as sent_at, first_try_at"
                    + " and next_try_at (%s)",
                source,
                lineNo,
                e.getMessage()));
      }
    }
    return result;
  }

  private static String instant(Instant at) {
    return at == null ? "" : at.toString();
  }

  static String escape(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 1);
    if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
      sb.append('\'');
    }
    return TabSeparated.escape(value, sb).toString();
  }

  static String unescape(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = value.startsWith("'") ? 1 : 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        sb.append(TabSeparated.unescaped(value.charAt(++i)));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
