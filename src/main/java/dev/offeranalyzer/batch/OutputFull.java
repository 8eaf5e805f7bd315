package dev.offeranalyzer.batch;

import dev.offeranalyzer.output.StateException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a write failure that no later write can escape (a full disk, a quota, a read-only or
 * unwritable output folder) from one that belongs to a single report. The first stops a batch at
 * once with exit code 3 (SPEC section 1); the second is one rejected row.
 */
public final class OutputFull {

  private OutputFull() {}

  /**
   * The reason in a few words when {@code e} (or one of its causes) means the output folder cannot
   * take more writes, such as {@code no space left on the device}; empty otherwise.
   */
  public static Optional<String> reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AccessDeniedException) {
        return Optional.of("permission denied");
      }
      // Not only IOException: PDF and workbook libraries rethrow it wrapped in their own types,
      // some without a cause, keeping the operating system's words in the message.
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      // "database or disk is full": SQLite's words (SQLITE_FULL) for the state database.
      if (m.contains("no space left on device")
          || m.contains("not enough space")
          || m.contains("database or disk is full")) {
        return Optional.of("no space left on the device");
      }
      if (m.contains("disk quota exceeded")) {
        return Optional.of("disk quota exceeded");
      }
      if (m.contains("read-only file system")) {
        return Optional.of("the file system is read-only");
      }
    }
    return Optional.empty();
  }

  /**
   * The file a failure names, when it names one ({@code FileSystemException}), else {@code
   * fallback}.
   */
  public static Path file(Throwable e, Path fallback) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FileSystemException f && f.getFile() != null) {
        return Path.of(f.getFile());
      }
      if (t instanceof StateException s) {
        return s.file();
      }
    }
    return fallback;
  }
}
