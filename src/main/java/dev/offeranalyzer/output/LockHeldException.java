package dev.offeranalyzer.output;

import java.nio.file.Path;

/**
 * Another live process holds the lock of an output folder. The message names the folder and, when
 * the holder wrote them, its process id and start time, e.g. {@code another run is using the output
 * folder /srv/reports (process 4242, started 2026-11-26 14:02:11); nothing was done}.
 */
public final class LockHeldException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path outputDir;
  private final String holder;

  /**
   * @param what the folder's role, e.g. {@code output folder}
   * @param holder what the lock file says about its holder, e.g. {@code process 4242, started
   *     2026-11-26 14:02:11}; empty when it could not be read
   */
  public LockHeldException(Path outputDir, String what, String holder) {
    super(
        "another run is using the "
            + what
            + " "
            + outputDir
            + (holder.isEmpty() ? "" : " (" + holder + ")")
            + "; nothing was done. Try again when it has finished.");
    this.outputDir = outputDir;
    this.holder = holder;
  }

  public Path outputDir() {
    return outputDir;
  }

  /** The holder as the lock file describes it, or empty. */
  public String holder() {
    return holder;
  }
}
