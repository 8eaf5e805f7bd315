package dev.offeranalyzer.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {

  @TempDir Path out;

  private Path lockFile() {
    return out.resolve(OutputLock.STATE_DIR).resolve(OutputLock.LOCK_FILE);
  }

  @Test
  void acquire_createsTheFolderAndWritesThisProcessIntoTheLockFile() throws Exception {
    Path fresh = out.resolve("new/reports");
    try (OutputLock lock = OutputLock.acquire(fresh)) {
      assertThat(lock.isHeld()).isTrue();
      assertThat(fresh.resolve(".offer-analyzer/lock"))
          .content()
          .startsWith("process " + ProcessHandle.current().pid() + ", started ");
    }
  }

  @Test
  void secondAcquireInTheSameProcess_isRefusedAndDoesNotBreakTheFirst() throws Exception {
    try (OutputLock first = OutputLock.acquire(out)) {
      assertThatThrownBy(() -> OutputLock.acquire(out))
          .isInstanceOf(LockHeldException.class)
          .hasMessageContaining("process " + ProcessHandle.current().pid());
      assertThat(first.isHeld()).isTrue();
    }
    try (OutputLock again = OutputLock.acquire(out)) {
      assertThat(again.isHeld()).isTrue();
    }
  }

  @Test
  void close_releasesTheLockAndEmptiesTheFile_twiceIsHarmless() throws Exception {
    OutputLock lock = OutputLock.acquire(out);
    lock.close();
    lock.close();
    assertThat(lock.isHeld()).isFalse();
    assertThat(lockFile()).isEmptyFile();
  }

  @Test
  void staleLockFileOfADeadProcess_doesNotBlock() throws Exception {
    Files.createDirectories(lockFile().getParent());
    Files.writeString(lockFile(), "process 999999, started 2020-01-01 00:00:00");
    try (OutputLock lock = OutputLock.acquire(out)) {
      assertThat(lockFile()).content().startsWith("process " + ProcessHandle.current().pid());
    }
  }

  @Test
  void lockOfAnotherLiveProcess_isRefusedNamingIt_andFreedWhenThatProcessIsKilled()
      throws Exception {
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                out.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(lines.readLine()).isEqualTo("locked");

      assertThatThrownBy(() -> OutputLock.acquire(out))
          .isInstanceOf(LockHeldException.class)
          .hasMessageContaining("another run is using the output folder")
          .hasMessageContaining("process " + holder.pid() + ", started ");

      holder.destroyForcibly();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(lockFile()).content().contains("process " + holder.pid());
      try (OutputLock lock = OutputLock.acquire(out)) {
        assertThat(lock.isHeld()).isTrue();
      }
    } finally {
      holder.destroyForcibly();
    }
  }

  @Test
  void unwritableOutput_isAnIoErrorNotALockError() throws IOException {
    Path file = out.resolve("a-file");
    Files.writeString(file, "x");
    assertThatThrownBy(() -> OutputLock.acquire(file)).isInstanceOf(IOException.class);
    assertThat(file).hasContent("x");
  }

  /** Holds the lock of the folder in its argument until killed. */
  public static final class LockHolder {
    public static void main(String[] args) throws Exception {
      OutputLock lock = OutputLock.acquire(Path.of(args[0]));
      System.out.println("locked");
      System.out.flush();
      Thread.sleep(TimeUnit.MINUTES.toMillis(2));
      lock.close();
    }
  }
}
