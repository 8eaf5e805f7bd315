package dev.offeranalyzer.batch;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What the coach reads on the console. Progress is drawn only on a terminal, so a log file never
 * holds control characters; {@code quiet} keeps only problems and the closing line.
 */
public final class Console {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final PrintStream out;
  private final boolean quiet;
  private final boolean verbose;
  private final boolean terminal;
  private final boolean timestamps;
  private boolean progressShown;
  private int notes;

  public Console(
      PrintStream out, boolean quiet, boolean verbose, boolean terminal, boolean timestamps) {
    this.out = out;
    this.quiet = quiet;
    this.verbose = verbose;
    this.terminal = terminal;
    this.timestamps = timestamps;
  }

  /** A console on stdout that draws progress when stdout is a terminal. */
  public static Console system(boolean quiet, boolean verbose, boolean timestamps) {
    return new Console(System.out, quiet, verbose, System.console() != null, timestamps);
  }

  /** An ordinary line, left out with {@code --quiet}. */
  public synchronized void info(String line) {
    if (!quiet) {
      print(line);
    }
  }

  /** A line printed only with {@code --verbose}. */
  public synchronized void detail(String line) {
    if (verbose) {
      print(line);
    }
  }

  /**
   * A note about a decision the tool made: printed in full, or with {@code --quiet} only counted
   * (see {@link #noteCountLine}).
   */
  public synchronized void note(String line) {
    notes++;
    if (!quiet) {
      print(line);
    }
  }

  /** With {@code --quiet}, one line that counts the notes left out; empty otherwise. */
  public synchronized java.util.Optional<String> noteCountLine() {
    if (!quiet || notes == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        notes
            + (notes == 1 ? " note" : " notes")
            + " (see the Errors sheet, or run without --quiet)");
  }

  /** A problem or the closing line: always printed. */
  public synchronized void always(String line) {
    print(line);
  }

  /** Shows "done of total" on a terminal only, overwriting itself. */
  public synchronized void progress(String what, long done, long total) {
    if (!terminal || quiet || total < 50) {
      return;
    }
    if (done % 25 == 0 || done == total) {
      out.print("\r" + what + " " + done + "/" + total);
      out.flush();
      progressShown = true;
    }
  }

  private void print(String line) {
    if (progressShown) {
      out.print("\r\033[K");
      progressShown = false;
    }
    out.println(timestamps ? LocalDateTime.now().format(STAMP) + " " + line : line);
    out.flush();
  }
}
