package dev.offeranalyzer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.testing.HostileFiles;
import dev.offeranalyzer.testing.InputSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #6: workbooks built to attack the reader end in one clear problem, fast, unexpanded. */
class HostileWorkbooksIT {

  @TempDir Path dir;
  private InputSnapshot before;

  @BeforeEach
  void nothingYet() throws IOException {
    before = InputSnapshot.of(dir);
  }

  @AfterEach
  void inputsStayUntouched() throws IOException {
    // Every test writes its input first, then snapshots again right before reading.
    if (after != null) {
      after.assertUnchanged();
    }
  }

  private InputSnapshot after;

  private Intake read(Path file) throws IOException {
    after = InputSnapshot.of(dir);
    return Intake.read(file);
  }

  @Test
  void zipBomb_isRefusedWithoutExpandingIt() throws IOException {
    Path bomb = HostileFiles.zipBomb(dir.resolve("bomb.xlsx"), 300);
    assertThat(bomb).isRegularFile();
    assertThat(java.nio.file.Files.size(bomb)).isLessThan(1_000_000L);

    long start = System.nanoTime();
    Intake in = read(bomb);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(in.offers()).isEmpty();
    assertThat(in.described())
        .containsExactly(
            "bomb.xlsx: the workbook expands to far more data than its size suggests (a zip"
                + " bomb?); refused");
  }

  @Test
  void billionLaughs_isRefusedNotExpanded() throws IOException {
    Intake in = read(HostileFiles.billionLaughs(dir.resolve("laughs.xlsx")));

    assertThat(in.offers()).isEmpty();
    assertThat(in.described())
        .containsExactly(
            "laughs.xlsx: the workbook holds XML entities or a DOCTYPE, which are refused");
  }

  @Test
  void externalEntityInASheet_isNeverResolved() throws IOException {
    Intake in = read(HostileFiles.externalEntity(dir.resolve("xxe.xlsx")));

    assertThat(in.offers()).isEmpty();
    assertThat(in.described())
        .containsExactly(
            "xxe.xlsx: the workbook holds XML entities or a DOCTYPE, which are refused");
  }

  @Test
  void externalEntityInContentTypes_isNeverResolved() throws IOException {
    Intake in = read(HostileFiles.externalEntityInContentTypes(dir.resolve("types.xlsx")));

    assertThat(in.offers()).isEmpty();
    assertThat(in.result().fileRejected()).isTrue();
    assertThat(in.described()).singleElement().asString().startsWith("types.xlsx: ");
    assertThat(String.join("\n", in.described())).doesNotContain("root:");
  }

  @Test
  void duplicateZipEntries_areRefusedNotGuessed() throws IOException {
    Intake in = read(HostileFiles.duplicateEntries(dir.resolve("twins.xlsx")));

    assertThat(in.offers()).extracting(Offer::candidate).doesNotContain("Evil Twin");
    assertThat(in.offers()).isEmpty();
    assertThat(in.described())
        .containsExactly(
            "twins.xlsx: the workbook holds two parts of the same name (damaged or tampered"
                + " with); open it in Excel and save it again");
  }

  @Test
  void encryptedXlsx_isNamedEncrypted() throws IOException {
    assertThat(read(HostileFiles.encryptedXlsx(dir.resolve("locked.xlsx"))).described())
        .containsExactly(
            "locked.xlsx: the file is encrypted (password-protected); remove the password and"
                + " save again");
  }

  @Test
  void encryptedXls_isNamedEncrypted() throws IOException {
    assertThat(read(HostileFiles.encryptedXls(dir.resolve("locked.xls"))).described())
        .containsExactly(
            "locked.xls: the file is encrypted (password-protected); remove the password and"
                + " save again");
  }
}
