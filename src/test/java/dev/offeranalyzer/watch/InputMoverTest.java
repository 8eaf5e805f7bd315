package dev.offeranalyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.watch.InputMover.Destination;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputMoverTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

  @TempDir Path in;

  @ParameterizedTest
  @CsvSource({
    "offers.csv, 1, offers.csv",
    "offers.csv, 2, offers (2).csv",
    "offers.csv, 12, offers (12).csv",
    "q4.offers.xlsx, 3, q4.offers (3).xlsx",
    "README, 2, README (2)",
    ".hidden, 2, .hidden (2)"
  })
  void numberedNames(String name, int n, String expected) {
    assertThat(InputMover.numbered(name, n)).isEqualTo(expected);
  }

  @Test
  void processedFileWithoutNote_movesUnderTheDay() throws Exception {
    Path file = Files.writeString(in.resolve("offers.csv"), "data");
    Path moved = new InputMover(in).move(file, Destination.PROCESSED, DAY, null);
    assertThat(moved).isEqualTo(in.resolve("processed/2026-11-26/offers.csv")).hasContent("data");
    assertThat(file).doesNotExist();
    assertThat(moved.resolveSibling("offers.csv.error.txt")).doesNotExist();
  }

  @Test
  void nameClash_getsTheNextFreeSuffix_andTheNoteFollowsIt() throws Exception {
    InputMover mover = new InputMover(in);
    Path first =
        mover.move(
            Files.writeString(in.resolve("offers.csv"), "one"), Destination.FAILED, DAY, "why 1");
    Path second =
        mover.move(
            Files.writeString(in.resolve("offers.csv"), "two"), Destination.FAILED, DAY, "why 2");
    Path third =
        mover.move(
            Files.writeString(in.resolve("offers.csv"), "three"), Destination.FAILED, DAY, null);

    Path day = in.resolve("failed/2026-11-26");
    assertThat(first).isEqualTo(day.resolve("offers.csv")).hasContent("one");
    assertThat(second).isEqualTo(day.resolve("offers (2).csv")).hasContent("two");
    assertThat(third).isEqualTo(day.resolve("offers (3).csv")).hasContent("three");
    assertThat(day.resolve("offers.csv.error.txt")).hasContent("why 1");
    assertThat(day.resolve("offers (2).csv.error.txt")).hasContent("why 2");
    assertThat(day.resolve("offers (3).csv.error.txt")).doesNotExist();
  }

  @Test
  void aNoteLeftAloneInTheFolder_isNotOverwrittenEither() throws Exception {
    Path day = Files.createDirectories(in.resolve("failed/2026-11-26"));
    Files.writeString(day.resolve("offers.csv.error.txt"), "an older note");
    Path moved =
        new InputMover(in)
            .move(Files.writeString(in.resolve("offers.csv"), "x"), Destination.FAILED, DAY, "new");
    assertThat(moved).isEqualTo(day.resolve("offers (2).csv"));
    assertThat(day.resolve("offers.csv.error.txt")).hasContent("an older note");
    assertThat(day.resolve("offers (2).csv.error.txt")).hasContent("new");
  }
}
