package dev.offeranalyzer.watch;

import dev.offeranalyzer.batch.InputFiles;
import java.util.Set;

/**
 * Names in a drop folder that are not offers to read (yet): temporary and lock files, and
 * spreadsheets an office program has open, which it marks with an owner file beside them.
 */
final class OfficeFiles {

  private OfficeFiles() {}

  /** True for temporary, lock and hidden files (see {@link InputFiles#isTemporary}). */
  static boolean isTemporary(String name) {
    return InputFiles.isTemporary(name);
  }

  /**
   * True when an office program has {@code name} open: Excel and Word keep {@code ~$NAME} (with the
   * first two characters dropped for longer names), LibreOffice keeps {@code .~lock.NAME#}.
   */
  static boolean isOpenInOffice(String name, Set<String> namesInFolder) {
    return namesInFolder.contains("~$" + name)
        || (name.length() > 2 && namesInFolder.contains("~$" + name.substring(2)))
        || namesInFolder.contains(".~lock." + name + "#");
  }
}
