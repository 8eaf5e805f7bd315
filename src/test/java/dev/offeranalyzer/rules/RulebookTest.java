package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static dev.offeranalyzer.offer.TestOffers.anUnbandedOffer;
import static dev.offeranalyzer.offer.TestOffers.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulebookTest {

  @Test
  void standard_holdsEveryRuleOfTheSpecOnce() {
    assertThat(Rulebook.standard().rules())
        .extracting(Rule::id)
        .containsExactlyInAnyOrder(
            "CLIFF_Y3",
            "BELOW_MEDIAN",
            "BELOW_WALK_AWAY",
            "BASE_AT_CAP",
            "BASE_ABOVE_CAP",
            "SIGN_ON_SHORT",
            "RSU_BELOW_MEDIAN",
            "RSU_IN_SHARES",
            "SHORT_DEADLINE",
            "START_DATE_LEVERAGE",
            "LEVEL_GAP",
            "COMPETING_OFFER_HIGHER",
            "CLOSE_CALL",
            "YEAR2_DIP",
            "TAX_DUE_AT_FILING");
  }

  @Test
  void findings_comeRedFlagsFirstAndStableWithinASeverity() {
    // Given year 3 < year 1 (huge year-1 sign-on), walk-away above, base above cap,
    // short deadline and an L7 target
    var offer =
        anOffer()
            .baseSalary(money("230000"))
            .signOnYear1(money("400000"))
            .walkAway(money("900000"))
            .targetLevel("L7")
            .offerDate(LocalDate.of(2026, 1, 10))
            .decisionDeadline(LocalDate.of(2026, 1, 11))
            .startDate(LocalDate.of(2026, 3, 1))
            .build();

    Rulebook.Outcome out = Rulebook.standard().evaluate(Contexts.builtIn(offer));

    assertThat(out.findings())
        .extracting(f -> f.severity() + " " + f.id())
        .containsExactly(
            "RED_FLAG CLIFF_Y3",
            "RED_FLAG BELOW_WALK_AWAY",
            "WARNING BASE_ABOVE_CAP",
            "WARNING SHORT_DEADLINE",
            "WARNING YEAR2_DIP",
            "OPPORTUNITY LEVEL_GAP",
            "INFO BASE_AT_CAP",
            "INFO START_DATE_LEVERAGE");
    assertThat(out.skipped()).isEmpty();
  }

  @Test
  void withoutMarketData_marketRulesAreSkippedAndListed() {
    Rulebook.Outcome out = Rulebook.standard().evaluate(Contexts.bare(anUnbandedOffer().build()));

    assertThat(out.skipped())
        .isEqualTo(
            Map.of(
                "no market band", List.of("BELOW_MEDIAN", "RSU_BELOW_MEDIAN"),
                "no base cap", List.of("BASE_AT_CAP", "BASE_ABOVE_CAP")));
  }
}
