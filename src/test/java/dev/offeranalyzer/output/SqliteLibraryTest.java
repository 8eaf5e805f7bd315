package dev.offeranalyzer.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

@EnabledIf(
    value = "dev.offeranalyzer.output.SqliteLibrary#keptHere",
    disabledReason = "the library kept is the Linux x86-64 (glibc) one")
class SqliteLibraryTest {

  @TempDir Path cache;

  @Test
  void keptCopy_isWrittenOnce_withTheJarsBytes_andRewrittenWhenCut() throws Exception {
    byte[] library;
    try (InputStream in = SqliteLibrary.class.getResourceAsStream(SqliteLibrary.RESOURCE)) {
      library = in.readAllBytes();
    }

    Path lib = SqliteLibrary.keptCopy(cache);

    assertThat(lib.getFileName().toString()).isEqualTo(SqliteLibrary.FILE_NAME);
    assertThat(lib.getParent().getParent()).isEqualTo(cache);
    assertThat(Files.readAllBytes(lib)).isEqualTo(library);
    try (var names = Files.list(lib.getParent())) {
      assertThat(names).containsExactly(lib);
    }

    // Found again, not written again.
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(lib, old);
    assertThat(SqliteLibrary.keptCopy(cache)).isEqualTo(lib);
    assertThat(Files.getLastModifiedTime(lib)).isEqualTo(old);

    // A copy cut short (a full disk, a crash) is written whole again.
    Files.write(lib, new byte[] {1, 2, 3});
    assertThat(SqliteLibrary.keptCopy(cache)).isEqualTo(lib);
    assertThat(Files.readAllBytes(lib)).isEqualTo(library);
  }
}
