package dev.offeranalyzer.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file under a temporary name in the same folder and renames it into place, so a killed
 * run never leaves a truncated file under its final name (SPEC section 11).
 */
public final class AtomicFiles {

  /** Temporary files carry this suffix; they are safe to delete when no run holds the lock. */
  public static final String TEMP_SUFFIX = ".partial";

  private AtomicFiles() {}

  /** Something that writes the whole content of a file to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code content} to {@code target} atomically, replacing any file of that name: into a
   * temporary file, forced to disk, then renamed into place. The temporary file is opened once and
   * forced through the same channel, and deleted only when it was not renamed: one system call open
   * and one delete fewer per report and per draft.
   */
  public static void write(Path target, Content content) throws IOException {
    commit(stage(target, content), target);
  }

  /**
   * The first half of {@link #write}: {@code content} written to {@code target}'s temporary file
   * ({@link #temporary}) and forced to disk, to be renamed into place by {@link #commit} later, or
   * deleted. A failed write leaves no temporary file.
   *
   * @return the temporary file
   */
  public static Path stage(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
    }
    Path temp = temporary(target);
    boolean written = false;
    try {
      try (FileChannel channel =
          FileChannel.open(
              temp,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 8192);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      written = true;
    } finally {
      if (!written) {
        Files.deleteIfExists(temp);
      }
    }
    return temp;
  }

  /**
   * The second half of {@link #write}: the staged {@code temp} renamed to {@code target}. When the
   * rename fails, {@code temp} is deleted.
   */
  public static void commit(Path temp, Path target) throws IOException {
    boolean moved = false;
    try {
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * The temporary file {@link #write} and {@link #stage} use for {@code target}: in its folder,
   * hidden, named after it and this process, ending with {@link #TEMP_SUFFIX}.
   */
  public static Path temporary(Path target) {
    Path dir = target.toAbsolutePath().getParent();
    return dir.resolve(
        "." + target.getFileName() + "." + ProcessHandle.current().pid() + TEMP_SUFFIX);
  }

  /** Writes bytes atomically. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }
}
