package dev.offeranalyzer.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the input files of a batch: every spreadsheet-like file under the input paths, in a stable
 * order. Temporary and lock files of office programs and hidden files are left alone; formats we
 * refuse by name (.xlsb, .ods, .numbers) are included so the coach hears why they were not read.
 */
public final class InputFiles {

  /** Extensions read as offers (a macro-enabled .xlsm is read as a workbook; macros never run). */
  public static final Set<String> READ = Set.of("csv", "xlsx", "xls", "xlsm");

  /** Extensions picked up only to be refused with a clear message. */
  public static final Set<String> REFUSED = Set.of("xlsb", "ods", "numbers");

  private InputFiles() {}

  /**
   * The files to read, sorted by path; {@code exclude} (the output folder) is never entered.
   *
   * @throws IllegalArgumentException naming the first input path that does not exist
   */
  public static List<Path> find(List<Path> inputs, Path exclude) {
    List<Path> found = new ArrayList<>();
    Path ex = exclude == null ? null : exclude.toAbsolutePath().normalize();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new IllegalArgumentException("input path not found: " + input);
      }
      if (Files.isRegularFile(input)) {
        found.add(input);
        continue;
      }
      try (Stream<Path> walk = Files.walk(input)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> ex == null || !p.toAbsolutePath().normalize().startsWith(ex))
            .filter(p -> !isIgnored(input, p))
            .filter(InputFiles::isCandidate)
            .sorted()
            .forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException(input + ": cannot list the folder", e);
      }
    }
    return found.stream().distinct().toList();
  }

  /** True for names an office program or a copy in progress uses for temporary files. */
  public static boolean isTemporary(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith("~$")
        || n.startsWith(".~lock")
        || n.startsWith(".")
        || n.endsWith(".tmp")
        || n.endsWith(".part")
        || n.endsWith(".partial")
        || n.endsWith(".crdownload");
  }

  private static boolean isIgnored(Path root, Path p) {
    Path rel = root.relativize(p);
    for (Path part : rel) {
      if (isTemporary(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCandidate(Path p) {
    String ext = extension(p);
    return READ.contains(ext) || REFUSED.contains(ext);
  }

  static String extension(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
