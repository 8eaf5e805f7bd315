package dev.offeranalyzer.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialFilesTest {

  @TempDir Path out;

  @ParameterizedTest
  @CsvSource({
    ".A-101.pdf.4242.partial, true",
    ".summary.xlsx.17.partial, true",
    ".results.journal.9.partial, true",
    "A-101.pdf, false",
    "notes.partial, false",
    ".A-101.pdf.partial, false",
    "summary.xlsx, false"
  })
  void leftoverNames_areThoseAtomicFilesUses(String name, boolean leftover) {
    assertThat(PartialFiles.isLeftover(name)).isEqualTo(leftover);
  }

  @Test
  void clean_deletesLeftoversInEverySubfolder_andNothingElse() throws Exception {
    Path pdf = Files.writeString(out.resolve("A-101.pdf"), "%PDF");
    Path half = Files.writeString(out.resolve(".A-102.pdf.77.partial"), "%PD");
    Files.createDirectories(out.resolve("outbox"));
    Path mail = Files.writeString(out.resolve("outbox/.A-101.eml.77.partial"), "From:");
    Path other = Files.writeString(out.resolve("notes.partial"), "mine");

    assertThat(PartialFiles.clean(out)).containsExactlyInAnyOrder(half, mail);
    assertThat(pdf).exists();
    assertThat(other).exists();
    assertThat(half).doesNotExist();
    assertThat(mail).doesNotExist();
  }

  @Test
  void clean_ofAMissingFolder_doesNothing() throws Exception {
    assertThat(PartialFiles.clean(out.resolve("missing"))).isEmpty();
  }
}
