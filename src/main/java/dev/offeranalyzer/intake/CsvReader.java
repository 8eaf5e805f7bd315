package dev.offeranalyzer.intake;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a CSV file into a {@link SheetIntake}, one record at a time: memory does not grow with
 * the file. Encoding: a UTF-8 or UTF-16 byte-order mark decides; without one the file is UTF-8 if
 * all of it decodes strictly as UTF-8 (checked in one streaming pass), else Windows-1252 with a
 * warning. The delimiter (comma, semicolon or tab) is the one found most often outside quotes in
 * the header line. Row numbers are record numbers, the header being row 1, as Excel shows a CSV.
 * Rows with fewer values than the header have the rest empty, as Excel shows them.
 */
final class CsvReader {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Logger LOG = LoggerFactory.getLogger(CsvReader.class);
  private static final int HEADER_PEEK_CHARS = 64 * 1024;
  private static final int BUFFER = 64 * 1024;

  private CsvReader() {}

  /** The encoding of a CSV file and how many bytes of byte-order mark to skip. */
  record Encoding(Charset charset, int bomBytes) {}

  static void read(Path file, FileCollector out) throws IOException {
    Encoding enc = detectEncoding(file);
    if (enc.charset().equals(WINDOWS_1252)) {
      out.warn(null, "the file is not UTF-8; it was read as Windows-1252 (check accented names)");
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
      in.skipNBytes(enc.bomBytes());
      BufferedReader text =
          new BufferedReader(new InputStreamReader(in, decoder(enc.charset())), BUFFER);
      char delimiter = detectDelimiter(text);
      read(new GuardedCsvReader(text, delimiter), delimiter, out);
    }
  }

  /** Reads records from already decoded text; {@code guarded} knows the delimiter. */
  static void read(GuardedCsvReader guarded, char delimiter, FileCollector out) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .get();
    SheetIntake table = new SheetIntake(out, null);
    try (CSVParser parser = format.parse(guarded)) {
      Iterator<CSVRecord> records = parser.iterator();
      long lastRecord = 0;
      while (table.wantsMore()) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          recordFailed(e, guarded, lastRecord + 1, out);
          table.stop();
          break;
        }
        lastRecord = record.getRecordNumber();
        table.row(Math.toIntExact(lastRecord), record.toList());
      }
    }
    table.end();
  }

  private static void recordFailed(
      RuntimeException e, GuardedCsvReader guarded, long nextRecord, FileCollector out) {
    LOG.debug("{}: CSV record {} cannot be read", out.file(), nextRecord, e);
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message;
    long row;
    if (cause instanceof CsvLimitException limit) {
      row = limit.record();
      message = limit.getMessage();
    } else if (guarded.insideQuotes()) {
      row = guarded.quoteOpenedIn();
      message =
          "has a quoted value that is never closed (a \" is missing); the rest of the file was"
              + " not read";
    } else {
      row = nextRecord;
      message =
          "cannot be read as CSV (" + cause.getMessage() + "); the rest of the file was not read";
    }
    out.rejected(List.of(new Problem(out.file(), null, Math.toIntExact(row), null, null, message)));
  }

  static Encoding detectEncoding(Path file) throws IOException {
    byte[] head = new byte[3];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, 3);
    }
    if (n >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return new Encoding(StandardCharsets.UTF_8, 3);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new Encoding(StandardCharsets.UTF_16LE, 2);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new Encoding(StandardCharsets.UTF_16BE, 2);
    }
    return new Encoding(isStrictUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
  }

  private static boolean isStrictUtf8(Path file) throws IOException {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader r = new InputStreamReader(Files.newInputStream(file), strict)) {
      char[] buf = new char[BUFFER];
      while (r.read(buf) >= 0) {
        // only checking that every byte decodes
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  /**
   * The delimiter used most often outside quotes in the first record; comma when none is found.
   * Leaves the reader where it was.
   */
  static char detectDelimiter(BufferedReader text) throws IOException {
    text.mark(HEADER_PEEK_CHARS + 1);
    char[] buf = new char[HEADER_PEEK_CHARS];
    int n = 0;
    int r;
    while (n < buf.length && (r = text.read(buf, n, buf.length - n)) > 0) {
      n += r;
    }
    text.reset();
    return delimiterOf(new String(buf, 0, Math.max(n, 0)));
  }

  /**
   * The delimiter of {@code head}: the one used most often outside quotes in the line, among the
   * first {@value SheetIntake#HEADER_SEARCH_ROWS} non-empty lines, that holds the most delimiters
   * (the header row, also under a title line). Pure, for tests.
   */
  static char delimiterOf(String head) {
    int[] best = {0, 0, 0};
    int[] line = {0, 0, 0};
    int lines = 0;
    boolean quoted = false;
    boolean seenContent = false;
    for (int i = 0; i <= head.length() && lines < SheetIntake.HEADER_SEARCH_ROWS; i++) {
      char c = i < head.length() ? head.charAt(i) : '\n';
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (seenContent) {
          lines++;
          if (sum(line) > sum(best)) {
            best = line.clone();
          }
        }
        line = new int[] {0, 0, 0};
        seenContent = false;
        continue;
      } else if (!quoted) {
        switch (c) {
          case ',' -> line[0]++;
          case ';' -> line[1]++;
          case '\t' -> line[2]++;
          default -> {
            // other characters say nothing about the delimiter
          }
        }
      }
      if (!Character.isWhitespace(c)) {
        seenContent = true;
      }
    }
    char[] delimiters = {',', ';', '\t'};
    int pick = 0;
    for (int d = 1; d < 3; d++) {
      if (best[d] > best[pick]) {
        pick = d;
      }
    }
    return delimiters[pick];
  }

  private static int sum(int[] counts) {
    return counts[0] + counts[1] + counts[2];
  }
}
