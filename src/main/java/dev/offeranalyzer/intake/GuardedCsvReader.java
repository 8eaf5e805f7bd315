package dev.offeranalyzer.intake;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Watches the characters on their way to the CSV parser and stops a record that would make it
 * buffer without bound: one value longer than {@link #MAX_FIELD_CHARS} (an unclosed quote
 * swallowing the rest of a file looks like that) or more than {@link #MAX_FIELDS} values. It
 * follows quoting the way the parser does (a quote opens a quoted value only at the start of a
 * value; a doubled quote inside is a literal quote) and counts records, so it can name the row.
 */
final class GuardedCsvReader extends FilterReader {

  static final int MAX_FIELD_CHARS = 100_000;
  static final int MAX_FIELDS = 10_000;

  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED,
    AFTER_QUOTED
  }

  private final char delimiter;
  private final int maxFieldChars;
  private State state = State.FIELD_START;
  private long record = 1;
  private long quoteOpenedIn;
  private int fieldChars;
  private int fields = 1;
  private boolean lastWasCr;

  GuardedCsvReader(Reader in, char delimiter) {
    this(in, delimiter, MAX_FIELD_CHARS);
  }

  GuardedCsvReader(Reader in, char delimiter, int maxFieldChars) {
    super(in);
    this.delimiter = delimiter;
    this.maxFieldChars = maxFieldChars;
  }

  /** True when the text read so far ends inside a quoted value. */
  boolean insideQuotes() {
    return state == State.QUOTED;
  }

  /** The record where the still open quoted value started. */
  long quoteOpenedIn() {
    return quoteOpenedIn;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      see((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    for (int i = 0; i < n; i++) {
      see(buf[off + i]);
    }
    return n;
  }

  private void see(char c) throws CsvLimitException {
    boolean crLf = lastWasCr && c == '\n';
    lastWasCr = c == '\r';
    boolean newline = c == '\n' || c == '\r';
    switch (state) {
      case QUOTED -> {
        if (c == '"') {
          state = State.QUOTE_IN_QUOTED;
        } else {
          grow();
        }
      }
      case QUOTE_IN_QUOTED -> {
        if (c == '"') {
          state = State.QUOTED;
          grow();
        } else {
          outside(c, newline, crLf, State.AFTER_QUOTED);
        }
      }
      case FIELD_START -> {
        if (c == '"') {
          state = State.QUOTED;
          quoteOpenedIn = record;
        } else {
          outside(c, newline, crLf, State.UNQUOTED);
        }
      }
      case UNQUOTED, AFTER_QUOTED -> outside(c, newline, crLf, state);
    }
  }

  private void outside(char c, boolean newline, boolean crLf, State otherwise)
      throws CsvLimitException {
    if (crLf) {
      return;
    }
    if (newline) {
      record++;
      fields = 1;
      fieldChars = 0;
      state = State.FIELD_START;
    } else if (c == delimiter) {
      if (++fields > MAX_FIELDS) {
        throw new CsvLimitException(
            record, "has more than " + MAX_FIELDS + " values; the rest of the file was not read");
      }
      fieldChars = 0;
      state = State.FIELD_START;
    } else {
      if (state != State.AFTER_QUOTED) {
        state = otherwise;
      }
      grow();
    }
  }

  private void grow() throws CsvLimitException {
    if (++fieldChars > maxFieldChars) {
      throw new CsvLimitException(
          state == State.QUOTED ? quoteOpenedIn : record,
          state == State.QUOTED
              ? "has a quoted value longer than "
                  + maxFieldChars
                  + " characters (a quote that is never closed?); the rest of the file was not"
                  + " read"
              : "has a value longer than "
                  + maxFieldChars
                  + " characters; the rest of the file was not read");
    }
  }
}
