package dev.offeranalyzer.watch;

import dev.offeranalyzer.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Moves a file that {@code watch} has handled out of the drop folder, into {@code processed/DAY/}
 * or {@code failed/DAY/} under it (SPEC section 10), with its {@code NAME.error.txt} beside it when
 * there is something to explain. Nothing is replaced or deleted: when the name is taken, the file
 * gets the first free {@code NAME (2).EXT}, {@code NAME (3).EXT}, ..., and its note follows that
 * name.
 */
public final class InputMover {

  public static final String PROCESSED = "processed";
  public static final String FAILED = "failed";
  public static final String NOTE_SUFFIX = ".error.txt";

  private static final int MAX_TRIES = 10_000;

  private final Path inputDir;

  public InputMover(Path inputDir) {
    this.inputDir = inputDir;
  }

  /** Where a handled file goes. */
  public enum Destination {
    PROCESSED(InputMover.PROCESSED),
    FAILED(InputMover.FAILED);

    private final String folder;

    Destination(String folder) {
      this.folder = folder;
    }

    public String folder() {
      return folder;
    }
  }

  /**
   * Moves {@code file} to {@code DESTINATION/DAY/} under the drop folder.
   *
   * @param note the text of {@code NAME.error.txt}, or null for none
   * @return where the file now is
   * @throws IOException when the file cannot be moved (it then stays where it was)
   */
  public Path move(Path file, Destination destination, LocalDate day, String note)
      throws IOException {
    Path dir = inputDir.resolve(destination.folder()).resolve(day.toString());
    Files.createDirectories(dir);
    String name = file.getFileName().toString();
    for (int n = 1; n <= MAX_TRIES; n++) {
      String candidate = numbered(name, n);
      Path target = dir.resolve(candidate);
      Path notePath = dir.resolve(candidate + NOTE_SUFFIX);
      if (Files.exists(target) || Files.exists(notePath)) {
        continue;
      }
      try {
        // Without REPLACE_EXISTING the move refuses an existing target; on one file system it
        // is a rename, so the file is never half in both places.
        Files.move(file, target);
      } catch (FileAlreadyExistsException e) {
        continue;
      }
      if (note != null) {
        AtomicFiles.write(notePath, note.getBytes(StandardCharsets.UTF_8));
      }
      return target;
    }
    throw new IOException(dir + ": no free name for " + name + " after " + MAX_TRIES + " tries");
  }

  /**
   * The n-th name to try: {@code offers.csv}, then {@code offers (2).csv}, {@code offers (3).csv};
   * a name without extension gets the number at its end.
   */
  static String numbered(String name, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n starts at 1: " + n);
    }
    if (n == 1) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return name + " (" + n + ")";
    }
    return name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
  }
}
