package dev.offeranalyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeFilesTest {

  @ParameterizedTest
  @CsvSource({
    "~$offers.xlsx, true",
    ".~lock.offers.xlsx#, true",
    "offers.csv.tmp, true",
    "offers.csv.part, true",
    ".DS_Store, true",
    "offers.csv, false",
    "offers.xlsx, false"
  })
  void temporaryAndLockFiles_areRecognised(String name, boolean temporary) {
    assertThat(OfficeFiles.isTemporary(name)).isEqualTo(temporary);
  }

  @ParameterizedTest
  @CsvSource({
    "offers.xlsx, ~$offers.xlsx, true",
    "pipeline-q4.xlsx, ~$peline-q4.xlsx, true",
    "offers.xlsx, .~lock.offers.xlsx#, true",
    "offers.xlsx, ~$other.xlsx, false",
    "offers.csv, offers.csv.bak, false"
  })
  void workbookOpenInAnOfficeProgram_isRecognisedByItsOwnerFile(
      String name, String neighbour, boolean open) {
    assertThat(OfficeFiles.isOpenInOffice(name, Set.of(name, neighbour))).isEqualTo(open);
  }
}
