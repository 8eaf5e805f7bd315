package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.TestOffers.anUnbandedOffer;
import static dev.offeranalyzer.offer.TestOffers.money;
import static dev.offeranalyzer.offer.TestOffers.pct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.offer.VestingSchedule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CLOSE_CALL (SPEC section 14): within 2% of the higher average, or an order a scenario flips. */
class CloseCallRuleTest {

  private final CompensationEngine engine = new CompensationEngine();

  /** No sign-on or bonus, even vesting: total = 4 * base + the grant's vests. */
  private static Offer offer(String id, String base, String grant, String growth) {
    return anUnbandedOffer()
        .offerId(id)
        .company("Co" + id)
        .baseSalary(money(base))
        .signOnYear1(Money.ZERO)
        .signOnYear2(Money.ZERO)
        .rsuValue(money(grant))
        .vesting(VestingSchedule.EVEN)
        .stockGrowth(pct(growth))
        .build();
  }

  private Analysis.Competitor c(Offer o) {
    return new Analysis.Competitor(o, engine.compute(o));
  }

  private List<CloseCalls.CloseCall> calls(Offer self, Offer... others) {
    return CloseCalls.of(
        engine.compute(self), java.util.Arrays.stream(others).map(this::c).toList());
  }

  @Test
  void averagesWithinTwoPercentOfTheHigher_areACloseCallOnBothSides() {
    Offer a = offer("A", "100000", "0", "0");
    Offer b = offer("B", "98001", "0", "0"); // 1.999% below
    assertThat(calls(a, b)).singleElement().satisfies(x -> assertThat(x.withinGap()).isTrue());
    assertThat(calls(b, a)).hasSize(1);
    assertThat(calls(a, b).get(0).flips()).isEmpty();
  }

  @Test
  void exactlyTwoPercentApart_isNoCloseCall() {
    Offer a = offer("A", "100000", "0", "0");
    Offer b = offer("B", "98000", "0", "0"); // 2,000 of 100,000
    assertThat(calls(a, b)).isEmpty();
    assertThat(calls(b, a)).isEmpty();
  }

  @Test
  void anOrderFlippedAtMinusTenPercent_isACloseCall() {
    // A 400,000 flat; B 200,000 + a 210,000 grant = 410,000 at 0%, far less at -10% a year
    Offer a = offer("A", "100000", "0", "0");
    Offer b = offer("B", "50000", "210000", "0");
    assertThat(calls(a, b))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.withinGap()).isFalse();
              assertThat(x.flips()).containsExactly(Percent.of(-10));
            });
  }

  @Test
  void anOrderFlippedAtPlusFifteenPercent_isACloseCall() {
    Offer a = offer("A", "100000", "0", "0");
    Offer b = offer("B", "50000", "190000", "0"); // 390,000 at 0%
    assertThat(calls(a, b))
        .singleElement()
        .satisfies(x -> assertThat(x.flips()).containsExactly(Percent.of(15)));
  }

  @Test
  void anOrderFlippedAtZero_whenOneOfferAssumesGrowth_isACloseCall() {
    // A assumes +10%: ahead of B's flat 400,000; at 0% for both A is 390,000
    Offer a = offer("A", "50000", "190000", "10");
    Offer b = offer("B", "100000", "0", "0");
    assertThat(calls(a, b))
        .singleElement()
        .satisfies(
            x -> assertThat(x.flips()).contains(Percent.of(0)).doesNotContain(Percent.of(15)));
  }

  @Test
  void threeOffersOfOneCandidate_eachNamesOnlyItsCloseOnes() {
    Offer a = offer("A", "100000", "0", "0");
    Offer b = offer("B", "99000", "0", "0");
    Offer far = offer("C", "80000", "0", "0");
    assertThat(CloseCalls.ids(engine.compute(a), List.of(c(b), c(far)))).isEqualTo("B");
    assertThat(CloseCalls.ids(engine.compute(b), List.of(c(a), c(far)))).isEqualTo("A");
    assertThat(CloseCalls.ids(engine.compute(far), List.of(c(a), c(b)))).isEmpty();
    Offer b2 = offer("D", "98500", "0", "0");
    assertThat(CloseCalls.ids(engine.compute(a), List.of(c(b), c(b2), c(far)))).isEqualTo("B, D");
  }

  @Test
  void tiedOffers_sayTheyPayTheSameRatherThanAZeroFlip() {
    Offer a = offer("A", "100000", "0", "0");
    Offer b = offer("B", "100000", "0", "0");
    RuleContext ctx =
        new RuleContext(
            a, engine.compute(a), null, null, null, List.of(c(b)), Thresholds.defaults());

    assertThat(new CloseCallRule().evaluate(ctx))
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.advice())
                    .startsWith("The two pay the same over four years: any raise on either side"));
  }

  @Test
  void finding_namesTheOtherOfferAndTheGrowthThatFlipsTheOrder() {
    Offer a = offer("A", "100000", "0", "0");
    Offer b = offer("B", "50000", "210000", "0");
    RuleContext ctx =
        new RuleContext(
            a, engine.compute(a), null, null, null, List.of(c(b)), Thresholds.defaults());

    List<Finding> f = new CloseCallRule().evaluate(ctx);

    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.id()).isEqualTo("CLOSE_CALL");
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.title()).isEqualTo("Close call with CoB (offer B)");
              assertThat(x.figures()).contains("at \u221210% a year this offer pays more");
              assertThat(x.advice())
                  .containsPattern(
                      "below about \u2212\\d+(\\.\\d)?% a year of share-price change \\(for both\\), this offer pays more; above it, CoB \\(offer B\\) does");
            });
    // The totals meet about where the interpolation says: B's grant there is worth A's edge
    java.math.BigDecimal g =
        CloseCallRule.crossing(engine.compute(a), engine.compute(b)).orElseThrow().growth();
    assertThat(g).isBetween(new java.math.BigDecimal("-10"), java.math.BigDecimal.ZERO);
    Money atG = engine.fourYearTotal(b, new Percent(g));
    assertThat(atG.minus(money("400000")).amount().abs())
        .isLessThan(new java.math.BigDecimal("2500"));
  }
}
