package dev.offeranalyzer.output;

import dev.offeranalyzer.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes the temporary files a killed run left behind. {@link AtomicFiles} names them {@code
 * .NAME.PID.partial}; they are never a finished output, so deleting them loses nothing. Call only
 * while holding the {@link OutputLock}, so no live run is still writing one.
 */
public final class PartialFiles {

  private static final Pattern TEMP =
      Pattern.compile("\\..+\\.\\d+" + Pattern.quote(AtomicFiles.TEMP_SUFFIX));

  private PartialFiles() {}

  /** True for a name {@link AtomicFiles} gives its temporary files. */
  static boolean isLeftover(String fileName) {
    return TEMP.matcher(fileName).matches();
  }

  /**
   * Deletes every leftover temporary file under {@code outputDir} (subfolders included, symbolic
   * links not followed).
   *
   * @return the files deleted
   */
  public static List<Path> clean(Path outputDir) throws IOException {
    List<Path> deleted = new ArrayList<>();
    if (!Files.isDirectory(outputDir)) {
      return deleted;
    }
    try (Stream<Path> walk = Files.walk(outputDir)) {
      List<Path> leftovers =
          walk.filter(p -> isLeftover(p.getFileName().toString()))
              .filter(Files::isRegularFile)
              .toList();
      for (Path p : leftovers) {
        if (Files.deleteIfExists(p)) {
          deleted.add(p);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return deleted;
  }
}
