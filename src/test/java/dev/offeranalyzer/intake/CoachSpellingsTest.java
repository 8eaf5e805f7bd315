package dev.offeranalyzer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 9: the spellings, labels and number styles of real coaches' sheets (SPEC section 2). */
class CoachSpellingsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "AWS|Amazon",
        "Amazon Web Services|Amazon",
        "Amazon Web Services, Inc.|Amazon",
        "amazon.com|Amazon",
        "Amazon.com, Inc.|Amazon",
        "Amazon.com Services LLC|Amazon",
        "Amazon|Amazon",
        "Amazonia Ltd|Amazonia Ltd",
        "Google|Google"
      })
  void company_amazonEntitiesAreAmazon(String raw, String expected) {
    assertThat(Canonical.company(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Seattle, WA|Seattle",
        "New York, NY|NYC",
        "New York, NY, USA|NYC",
        "San Francisco, CA|Bay Area",
        "Austin, TX|Austin",
        "SF|Bay Area",
        "Denver, CO|Denver, CO",
        "Berlin|Berlin"
      })
  void location_cityBeforeAStateIsTheCity(String raw, String expected) {
    assertThat(Canonical.location(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SDE III|L6",
        "Senior SDE|L6",
        "Sr. SDE|L6",
        "L6 (SDE III)|L6",
        "L6 - SDE III|L6",
        "Principal SDE|L7",
        "SDE II|L5",
        "l7|L7",
        "E6|E6"
      })
  void level_amazonTitlesAreTheirLevel(String raw, String expected) {
    assertThat(Canonical.level(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "Total,true",
    "TOTAL:,true",
    "Totals,true",
    "Average,true",
    "avg,true",
    "Mean,true",
    "Grand total,true",
    "Subtotal,true",
    "Summe,true",
    "Totalia,false",
    "Max,false"
  })
  void totalLabels(String text, boolean expected) {
    assertThat(SheetIntake.isTotalLabel(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "N/A|true",
        "NA|true",
        "n/a|true",
        "-|true",
        "--|true",
        "TBD|true",
        "none|true",
        "$ -|true",
        " $  -  |true",
        "0|false",
        "nothing|false",
        "$0|false"
      })
  void placeholders(String text, boolean expected) {
    assertThat(SheetIntake.isPlaceholder(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "185.000|EUROPEAN",
        "210.000,00|EUROPEAN",
        "1.200.000|EUROPEAN",
        "12,5%|EUROPEAN",
        "€ 185.000|EUROPEAN",
        "185,000|US",
        "$185,000.50|US",
        "12.5|US",
        "185000|UNDECIDED",
        "200k|UNDECIDED"
      })
  void numberStyle_isToldByTheFirstAmountThatTells(String text, SheetIntake.NumberStyle expected) {
    assertThat(SheetIntake.styleOf(text)).isEqualTo(expected);
  }

  @Test
  void rowList_joinsRunsAndCountsTheRest() {
    assertThat(SheetIntake.rowList(List.of(3, 4, 5, 9))).isEqualTo("3-5, 9");
    assertThat(SheetIntake.rowList(List.of(1, 3, 5, 7, 9, 11, 13, 15, 17, 19)))
        .isEqualTo("1, 3, 5, 7, 9, 11, 13, 15 and 2 more");
  }
}
