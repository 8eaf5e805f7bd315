package dev.offeranalyzer.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one-run-per-output-folder lock (SPEC section 10): an OS file lock on {@code
 * .offer-analyzer/lock} inside the output folder. The operating system releases it when the holder
 * dies, however it dies, so a lock file left behind by a killed run never blocks the next one. The
 * file holds the holder's process id and start time, only to tell a second run who is busy.
 *
 * <p>The lock file itself is never deleted: deleting it would let two runs lock two different files
 * of the same name.
 */
public final class OutputLock implements AutoCloseable {

  /** The folder inside the output folder where the tool keeps its own state. */
  public static final String STATE_DIR = ".offer-analyzer";

  static final String LOCK_FILE = "lock";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /**
   * Lock files this JVM holds. POSIX locks belong to the process, and closing any channel on a file
   * drops every lock the process holds on it, so a second attempt from this JVM must be refused
   * before it opens the file.
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path outputDir;
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path outputDir, Path file, FileChannel channel, FileLock lock) {
    this.outputDir = outputDir;
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Creates the output folder if needed and takes its lock without waiting.
   *
   * @throws LockHeldException when another live process (or this one) holds it
   * @throws IOException when the output folder cannot be created or written
   */
  public static OutputLock acquire(Path outputDir) throws LockHeldException, IOException {
    return acquire(outputDir, "output folder");
  }

  /**
   * Takes the lock of any folder the tool must have to itself, e.g. the drop folder of {@code
   * watch}.
   *
   * @param what the folder's role for the message, e.g. {@code drop folder}
   */
  public static OutputLock acquire(Path outputDir, String what)
      throws LockHeldException, IOException {
    Path stateDir = outputDir.resolve(STATE_DIR);
    Files.createDirectories(stateDir);
    Path file = stateDir.toRealPath().resolve(LOCK_FILE);
    if (!HELD.add(file)) {
      throw new LockHeldException(outputDir, what, describeThisProcess());
    }
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException | RuntimeException e) {
      HELD.remove(file);
      throw e;
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      HELD.remove(file);
      throw e;
    }
    if (lock == null) {
      String holder = readHolder(channel);
      channel.close();
      HELD.remove(file);
      throw new LockHeldException(outputDir, what, holder);
    }
    try {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
    } catch (IOException e) {
      lock.release();
      channel.close();
      HELD.remove(file);
      throw e;
    }
    return new OutputLock(outputDir, file, channel, lock);
  }

  public Path outputDir() {
    return outputDir;
  }

  /** True until {@link #close()}. */
  public boolean isHeld() {
    return lock.isValid();
  }

  /** Empties the lock file and releases the lock; calling it again does nothing. */
  @Override
  public synchronized void close() throws IOException {
    if (!channel.isOpen()) {
      return;
    }
    try {
      channel.truncate(0);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
        HELD.remove(file);
      }
    }
  }

  /** E.g. {@code process 4242, started 2026-11-26 14:02:11}. */
  static String describeThisProcess() {
    ProcessHandle me = ProcessHandle.current();
    Instant start = me.info().startInstant().orElse(Instant.now());
    return "process "
        + me.pid()
        + ", started "
        + LocalDateTime.ofInstant(start, ZoneId.systemDefault()).format(STAMP);
  }

  private static String readHolder(FileChannel channel) {
    try {
      long size = Math.min(channel.size(), 512);
      ByteBuffer buf = ByteBuffer.allocate((int) size);
      channel.read(buf, 0);
      String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
      return text.replaceAll("[\\p{Cntrl}]", " ");
    } catch (IOException e) {
      return "";
    }
  }
}
