package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static dev.offeranalyzer.offer.TestOffers.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.model.FindingWording;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Truth tables for the rules on dates, levels and competing offers. */
class DateAndPeopleRulesTest {

  private static final LocalDate OFFERED = LocalDate.of(2026, 1, 10);

  @ParameterizedTest(name = "deadline after {0} days -> fires {1}")
  @CsvSource({"-1, true", "0, true", "1, true", "2, false", "3, false"})
  void shortDeadline_firesUnderTwoDays(int days, boolean fires) {
    Offer offer = anOffer().offerDate(OFFERED).decisionDeadline(OFFERED.plusDays(days)).build();

    List<Finding> f = new ShortDeadlineRule().evaluate(Contexts.bare(offer));

    assertThat(f).hasSize(fires ? 1 : 0);
    f.forEach(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void dateFindings_showDatesAsPeopleReadThem() {
    Offer offer =
        anOffer()
            .offerDate(OFFERED)
            .decisionDeadline(OFFERED.plusDays(1))
            .startDate(OFFERED.plusDays(30))
            .build();

    assertThat(new ShortDeadlineRule().evaluate(Contexts.bare(offer)))
        .singleElement()
        .satisfies(
            f ->
                assertThat(FindingWording.figures(f)).contains("(Jan 10, 2026)", "(Jan 11, 2026)"));
    assertThat(new StartDateLeverageRule().evaluate(Contexts.bare(offer)))
        .singleElement()
        .satisfies(
            f -> assertThat(FindingWording.figures(f)).contains("(Jan 10, 2026 to Feb 9, 2026)"));
  }

  @Test
  void shortDeadline_needsBothDates() {
    Offer noOfferDate = anOffer().decisionDeadline(OFFERED).build();
    Offer noDeadline = anOffer().offerDate(OFFERED).build();

    assertThat(new ShortDeadlineRule().evaluate(Contexts.bare(noOfferDate))).isEmpty();
    assertThat(new ShortDeadlineRule().evaluate(Contexts.bare(noDeadline))).isEmpty();
  }

  @ParameterizedTest(name = "start after {0} days -> {1}")
  @CsvSource({
    "0, weakest",
    "13, weakest",
    "14, standard",
    "27, standard",
    "28, some",
    "41, some",
    "42, strong",
    "89, strong",
    "90, maximum",
    "365, maximum",
  })
  void startDateLeverage_followsThePlaybookTiers(int days, String tier) {
    Offer offer = anOffer().offerDate(OFFERED).startDate(OFFERED.plusDays(days)).build();

    List<Finding> f = new StartDateLeverageRule().evaluate(Contexts.bare(offer));

    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(FindingWording.title(x)).isEqualTo("Start date: " + tier + " leverage");
              assertThat(FindingWording.figures(x)).startsWith("Start " + days + " day");
            });
  }

  @Test
  void startDateLeverage_needsBothDates() {
    assertThat(new StartDateLeverageRule().evaluate(Contexts.bare(anOffer().build()))).isEmpty();
  }

  @ParameterizedTest(name = "level {0}, target {1} -> fires {2}")
  @CsvSource({
    "L6, L7, true",
    "l6, level 7, true",
    "L6, L6, false",
    "L7, L6, false",
    "L6, , false",
    ", L7, false",
    "L6, Principal, false",
  })
  void levelGap_firesWhenTheTargetRanksAbove(String level, String target, boolean fires) {
    Offer offer = anOffer().level(level).targetLevel(target).build();

    List<Finding> f = new LevelGapRule().evaluate(Contexts.bare(offer));

    assertThat(f).hasSize(fires ? 1 : 0);
    f.forEach(x -> assertThat(x.severity()).isEqualTo(Severity.OPPORTUNITY));
  }

  /** The default offer averages 325,000; the other offer differs only in its year-1 sign-on. */
  @ParameterizedTest(name = "other sign-on 1 {0} -> fires {1}")
  @CsvSource({"60000.04, true", "60000.00, false", "59000, false"})
  void competingOfferHigher_firesForAHigherFourYearAverage(String signOn1, boolean fires) {
    // +0.04 in 4-year total is +0.01 in the 4-year average
    Offer mine = anOffer().build();
    Offer other = anOffer().offerId("o-2").company("Initech").signOnYear1(money(signOn1)).build();

    List<Finding> f =
        new CompetingOfferHigherRule().evaluate(Contexts.withCompetitors(mine, List.of(other)));

    assertThat(f).hasSize(fires ? 1 : 0);
    f.forEach(x -> assertThat(x.severity()).isEqualTo(Severity.OPPORTUNITY));
  }

  @Test
  void competingOfferHigher_namesTheHighestAndCountsTheRest() {
    Offer mine = anOffer().build();
    Offer a = anOffer().offerId("a").company("Initech").signOnYear1(money("100000")).build();
    Offer b = anOffer().offerId("b").company("Globex").signOnYear1(money("200000")).build();
    Offer c = anOffer().offerId("c").company("Hooli").signOnYear1(Money.ZERO).build();

    List<Finding> f =
        new CompetingOfferHigherRule().evaluate(Contexts.withCompetitors(mine, List.of(a, b, c)));

    // b: total 1,300,000 + 140,000 -> average 360,000 (+35,000)
    assertThat(f)
        .singleElement()
        .extracting(FindingWording::figures)
        .isEqualTo(
            "Globex (offer b): 4-year average $360,000 against $325,000 here (+$35,000);"
                + " 1 other offer also higher");
  }
}
