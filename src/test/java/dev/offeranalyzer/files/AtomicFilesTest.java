package dev.offeranalyzer.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void write_replacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("r.pdf");
    Files.writeString(target, "old");
    AtomicFiles.write(target, "new".getBytes());
    assertThat(target).hasContent("new");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void failingWriter_keepsTheOldFileAndCleansUp() throws IOException {
    Path target = dir.resolve("r.pdf");
    Files.writeString(target, "old");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write("half".getBytes());
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(target).hasContent("old");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void write_createsTheFolder_andWritesContentGivenByteByByteAndInPiecesWhole() throws IOException {
    Path target = dir.resolve("new/folder/r.eml");
    byte[] expected = new byte[300_000];
    new java.util.Random(3).nextBytes(expected);

    AtomicFiles.write(
        target,
        out -> {
          for (int i = 0; i < 1000; i++) {
            out.write(expected[i]);
          }
          for (int i = 1000; i < expected.length; i += 7_000) {
            out.write(expected, i, Math.min(7_000, expected.length - i));
          }
        });

    assertThat(Files.readAllBytes(target)).isEqualTo(expected);
    try (var files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }
}
