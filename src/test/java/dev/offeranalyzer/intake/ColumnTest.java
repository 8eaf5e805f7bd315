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
        "Annual Bonus %|ANNUAL_BONUS_PCT",
        "Base Pay|BASE_SALARY",
        "Base Salary ($)|BASE_SALARY",
        "Base Salary (USD)|BASE_SALARY",
        "Signing Bonus Y1|SIGN_ON_YEAR1",
        "Signing Bonus Year 1|SIGN_ON_YEAR1",
        "Sign-on (Year 2)|SIGN_ON_YEAR2",
        "RSUs ($)|RSU_VALUE",
        "Equity (4 yr)|RSU_VALUE",
        "Stock Growth %|STOCK_GROWTH",
        "Bonus %|ANNUAL_BONUS_PCT",
        "Target Bonus %|ANNUAL_BONUS_PCT",
        "Start|START_DATE",
        "Offer Deadline|DECISION_DEADLINE",
        "Client|CANDIDATE",
        "Signing Bonus|",
        "Bonus|",
        "Candidate Name|CANDIDATE",
        "Walk-Away Number|WALK_AWAY",
        "Equity 4yr|RSU_VALUE",
        "\uFEFFcandidate|CANDIDATE",
        "salary|BASE_SALARY",
        "notes|",
      })
  void headerNormalisation(String header, Column expected) {
    assertThat(Column.forHeader(header).orElse(null)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "Signing Bonus,true",
    "Bonus,true",
    "RSU Refresh,true",
    "Notes,false",
    "Recruiter,false"
  })
  void lookAlike_sharesAWordWithAKnownColumn(String header, boolean expected) {
    assertThat(Column.looksLikeKnown(header)).isEqualTo(expected);
  }
}
