package dev.offeranalyzer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnTest {

  static Stream<Arguments> everyNameAndAlias() {
    List<Arguments> all = new ArrayList<>();
    for (Column c : Column.values()) {
      all.add(Arguments.of(c.canonicalName(), c));
      c.aliases().forEach(a -> all.add(Arguments.of(a, c)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("everyNameAndAlias")
  void everySpecNameAndAlias_matches(String header, Column expected) {
    assertThat(Column.forHeader(header)).contains(expected);
    assertThat(Column.forHeader(header.toUpperCase())).contains(expected);
    assertThat(Column.forHeader(" " + header.replace('_', ' ') + " ")).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Base Salary|BASE_SALARY",
        "BASE-SALARY|BASE_SALARY",
        "base.salary|BASE_SALARY",
        "Sign On Year 1|SIGN_ON_YEAR1",
        "Annual Bonus %|",
        "Candidate Name|CANDIDATE",
        "Walk-Away Number|WALK_AWAY",
        "Equity 4yr|RSU_VALUE",
        "\uFEFFcandidate|CANDIDATE",
        "salary|",
        "notes|",
      })
  void headerNormalisation(String header, Column expected) {
    assertThat(Column.forHeader(header).orElse(null)).isEqualTo(expected);
  }
}
