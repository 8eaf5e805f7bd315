package dev.offeranalyzer.offer;

import static dev.offeranalyzer.testing.Property.forAll;
import static dev.offeranalyzer.testing.Property.ints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The presets and the schedule grammar of SPEC section 3. */
class VestingGrammarTest {

  @Test
  void amazonPreset_vests5_15_thenTwentyEverySixMonths() {
    assertThat(events(VestingSchedule.parse("amazon")))
        .containsExactly("12:5", "24:15", "30:20", "36:20", "42:20", "48:20");
  }

  @Test
  void evenPreset_is25AtTheCliffThenQuarterly() {
    List<String> expected = new java.util.ArrayList<>(List.of("12:25"));
    for (int m = 15; m <= 48; m += 3) {
      expected.add(m + ":6.25");
    }
    assertThat(events(VestingSchedule.parse("EVEN"))).containsExactlyElementsOf(expected);
    assertThat(VestingSchedule.parse("25/25/25/25 quarterly cliff").events())
        .isEqualTo(VestingSchedule.EVEN.events());
  }

  @Test
  void googlePreset_vestsMonthly38_32_20_10() {
    VestingSchedule g = VestingSchedule.parse("google");
    assertThat(g.events()).hasSize(48);
    assertThat(g.events()).extracting(VestEvent::month).containsExactlyElementsOf(months(1, 48, 1));
    assertThat(yearSums(g)).containsExactly("38", "32", "20", "10");
    // 38% / 12 = 3.1666...%: every month of year 1 but the last, which takes the rest
    assertThat(g.events().get(0).fraction())
        .isEqualByComparingTo("0.03166666666666666666666666666666667");
    assertThat(g.preset().source()).contains("Google");
    assertThat(g.preset().asOf()).isNotNull();
  }

  @Test
  void metaPreset_vestsQuarterlyWithoutCliff() {
    VestingSchedule m = VestingSchedule.parse("Meta");
    assertThat(events(m))
        .containsExactlyElementsOf(months(3, 48, 3).stream().map(x -> x + ":6.25").toList());
  }

  @Test
  void applePreset_vestsEverySixMonths() {
    assertThat(events(VestingSchedule.parse("apple")))
        .containsExactly(
            "6:12.5", "12:12.5", "18:12.5", "24:12.5", "30:12.5", "36:12.5", "42:12.5", "48:12.5");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "10/20/30/40; 12:10 24:20 36:30 48:40",
        "10/20/30/40 annual; 12:10 24:20 36:30 48:40",
        "10/20/30/40 annual cliff; 12:10 24:20 36:30 48:40",
        "10/20/30/40 semiannual; 6:5 12:5 18:10 24:10 30:15 36:15 42:20 48:20",
        "10/20/30/40 semiannual cliff; 12:10 18:10 24:10 30:15 36:15 42:20 48:20",
        "40/20/20/20 quarterly; 3:10 6:10 9:10 12:10 15:5 18:5 21:5 24:5 27:5 30:5 33:5 36:5 39:5 42:5 45:5 48:5",
        "40/20/20/20 quarterly cliff; 12:40 15:5 18:5 21:5 24:5 27:5 30:5 33:5 36:5 39:5 42:5 45:5 48:5",
        "0/0/50/50; 36:50 48:50",
        "0/0/50/50 quarterly; 27:12.5 30:12.5 33:12.5 36:12.5 39:12.5 42:12.5 45:12.5 48:12.5",
        "5%/15%/40%/40%; 12:5 24:15 36:40 48:40"
      })
  void schedules_vestAtTheMonthsOfTheGrammar(String text, String expected) {
    assertThat(events(VestingSchedule.parse(text))).containsExactly(expected.split(" "));
  }

  @Test
  void monthlyCliff_movesYearOneToMonth12AndKeepsTheRestMonthly() {
    VestingSchedule s = VestingSchedule.parse("24/24/24/28 monthly cliff");
    assertThat(s.events()).hasSize(1 + 36);
    assertThat(events(s).get(0)).isEqualTo("12:24");
    assertThat(s.events().get(1).month()).isEqualTo(13);
    assertThat(yearSums(s)).containsExactly("24", "24", "24", "28");
    assertThat(s.name()).isEqualTo("24/24/24/28 monthly cliff");
  }

  @Test
  void percentsNotAddingUp_areRejectedSayingWhatIsAccepted() {
    assertThatThrownBy(() -> VestingSchedule.parse("25/25/25/20 quarterly"))
        .hasMessageContaining("add up to 95, not 100")
        .hasMessageContaining("accepted: amazon, even, google, meta, apple")
        .hasMessageContaining("monthly");
    assertThatThrownBy(() -> VestingSchedule.parse("25/25/25/25 weekly"))
        .hasMessageContaining("is not a vesting schedule")
        .hasMessageContaining("quarterly");
    assertThatThrownBy(() -> VestingSchedule.parse("cliff 25/25/25/25"))
        .hasMessageContaining("is not a vesting schedule");
  }

  @Test
  void emptyVesting_takesTheCompanysPresetInAnyCase() {
    assertThat(VestingSchedule.defaultFor("Alphabet").name()).isEqualTo("google");
    assertThat(VestingSchedule.defaultFor("GOOGLE").name()).isEqualTo("google");
    assertThat(VestingSchedule.defaultFor(" facebook ").name()).isEqualTo("meta");
    assertThat(VestingSchedule.defaultFor("Apple").name()).isEqualTo("apple");
    assertThat(VestingSchedule.defaultFor("amazon")).isSameAs(VestingSchedule.AMAZON);
    assertThat(VestingSchedule.defaultFor("Initech")).isSameAs(VestingSchedule.EVEN);
    assertThat(
            Offer.builder()
                .offerId("x")
                .candidate("c")
                .company("Meta")
                .baseSalary(Money.of(100000))
                .rsuValue(Money.ZERO)
                .build()
                .vesting()
                .name())
        .isEqualTo("meta");
  }

  @Test
  void everyAcceptedSchedule_addsUpToOneAndEndsByMonth48() {
    String[] periods = {"", " annual", " semiannual", " quarterly", " monthly"};
    forAll(
        500,
        r -> {
          int a = ints(0, 100).next(r);
          int b = ints(0, 100 - a).next(r);
          int c = ints(0, 100 - a - b).next(r);
          return a
              + "/"
              + b
              + "/"
              + c
              + "/"
              + (100 - a - b - c)
              + periods[r.nextInt(periods.length)]
              + (r.nextBoolean() ? " cliff" : "");
        },
        text -> {
          VestingSchedule s = VestingSchedule.parse(text);
          BigDecimal sum =
              s.events().stream().map(VestEvent::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(sum).as(text).isEqualByComparingTo("1");
          assertThat(s.events()).as(text).allSatisfy(e -> assertThat(e.month()).isBetween(1, 48));
          assertThat(s.events()).extracting(VestEvent::month).as(text).isSorted();
        });
    for (VestingSchedule preset : VestingPresets.all()) {
      BigDecimal sum =
          preset.events().stream()
              .map(VestEvent::fraction)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(sum).as(preset.name()).isEqualByComparingTo("1");
    }
  }

  private static List<String> events(VestingSchedule s) {
    return s.events().stream()
        .map(
            e ->
                e.month()
                    + ":"
                    + e.fraction()
                        .multiply(BigDecimal.valueOf(100))
                        .stripTrailingZeros()
                        .toPlainString())
        .toList();
  }

  private static List<String> yearSums(VestingSchedule s) {
    BigDecimal[] sums = new BigDecimal[4];
    java.util.Arrays.fill(sums, BigDecimal.ZERO);
    for (VestEvent e : s.events()) {
      sums[e.year() - 1] = sums[e.year() - 1].add(e.fraction());
    }
    return java.util.Arrays.stream(sums)
        .map(x -> x.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString())
        .toList();
  }

  private static List<Integer> months(int from, int to, int step) {
    return IntStream.iterate(from, m -> m <= to, m -> m + step).boxed().toList();
  }
}
