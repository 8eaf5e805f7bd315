package dev.offeranalyzer.report.summary;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes kept in memory while few, moved to a temporary file once there are more than {@link
 * #LIMIT}: a summary of a few offers creates no files, and one of 100,000 offers never holds its
 * sheets in the heap. {@link #close} deletes the file.
 */
final class SpillBuffer extends OutputStream {

  /** The most bytes kept in memory. */
  static final int LIMIT = 4 << 20;

  private ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);
  private Path file;
  private OutputStream spilled;
  private long size;

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (spilled == null && memory.size() + len > LIMIT) {
      file = Files.createTempFile("offer-analyzer-summary", ".part");
      spilled = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
      memory.writeTo(spilled);
      memory = null;
    }
    if (spilled != null) {
      spilled.write(b, off, len);
    } else {
      memory.write(b, off, len);
    }
    size += len;
  }

  /** How many bytes were written. */
  long size() {
    return size;
  }

  /** True once the bytes went to a file. */
  boolean spilled() {
    return file != null;
  }

  /** The temporary file, once the bytes went to one (for tests). */
  Path file() {
    return file;
  }

  /** Writes every byte written so far to {@code out}. */
  void copyTo(OutputStream out) throws IOException {
    if (spilled != null) {
      spilled.flush();
      Files.copy(file, out);
    } else {
      memory.writeTo(out);
    }
  }

  /** Reads every byte written so far. */
  java.io.InputStream input() throws IOException {
    if (spilled != null) {
      spilled.flush();
      return Files.newInputStream(file);
    }
    return new java.io.ByteArrayInputStream(memory.toByteArray());
  }

  @Override
  public void close() throws IOException {
    if (spilled != null) {
      spilled.close();
      spilled = null;
    }
    if (file != null) {
      Files.deleteIfExists(file);
    }
  }
}
