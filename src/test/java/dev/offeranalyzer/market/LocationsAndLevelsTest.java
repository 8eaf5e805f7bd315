package dev.offeranalyzer.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationsAndLevelsTest {

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SF|Bay Area",
        "san francisco|Bay Area",
        "  Bay   Area |Bay Area",
        "BAY AREA|Bay Area",
        "New York|NYC",
        "new york city|NYC",
        "nyc|NYC",
        "seattle|Seattle",
        "Austin|Austin",
        " Denver |Denver",
      })
  void location_canonicalisesAliases(String given, String expected) {
    assertThat(Locations.canonical(given)).isEqualTo(expected);
  }

  @Test
  void location_blankIsNull() {
    assertThat(Locations.canonical("  ")).isNull();
    assertThat(Locations.canonical(null)).isNull();
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"l6|L6", " L7 |L7", "L 6|L6", "level 7|L7", "6|L6", "L06|L6", "e7|E7", "ic 5|IC 5"})
  void level_canonicalisesNumberedLevels(String given, String expected) {
    assertThat(Levels.canonical(given)).isEqualTo(expected);
  }

  @Test
  void level_ranksAndCompares() {
    assertThat(Levels.isAbove("L7", "l6")).isTrue();
    assertThat(Levels.isAbove("L6", "L6")).isFalse();
    assertThat(Levels.isAbove("L5", "L6")).isFalse();
    assertThat(Levels.isAbove("Principal", "L6")).isFalse();
    assertThat(Levels.isAbove(null, "L6")).isFalse();
    assertThat(Levels.compare("L8", "L7")).contains(1);
    assertThat(Levels.compare("L8", "staff")).isEqualTo(Optional.empty());
    assertThat(Levels.rank("level 10")).hasValue(10);
  }
}
