package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static dev.offeranalyzer.offer.TestOffers.anUnbandedOffer;
import static dev.offeranalyzer.offer.TestOffers.dec;
import static dev.offeranalyzer.offer.TestOffers.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.BuiltInBands;
import dev.offeranalyzer.market.MarketData;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.WorkMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CounterOfferPlannerTest {

  private final CompensationEngine engine = new CompensationEngine();
  private final CounterOfferPlanner planner =
      new CounterOfferPlanner(engine, Thresholds.defaults());
  private final MarketData data = BuiltInBands.data();

  private CounterOfferPlan plan(Offer offer) {
    return planner.plan(
        offer,
        engine.compute(offer),
        data.bandsFor(offer).orElse(null),
        data.baseCapFor(offer).orElse(null));
  }

  @Test
  void seattleL6_targetsTheSeventyFifthPercentileOfEachBand() {
    // Given the default Seattle L6 offer: base 200k, G 400k, sign-on 60k/40k
    Offer offer = anOffer().build();

    // When
    CounterOfferPlan plan = plan(offer);

    // Then: base P75 = 180k + 0.75 * 40k = 210k (below the 220k cap);
    // grant P75 = 300k + 0.75 * 200k = 450k; sign-on P75 = 100k + 0.75 * 100k = 175k,
    // split 60:40 -> 105k / 70k
    Offer p = plan.proposedOffer();
    assertThat(p.baseSalary()).isEqualTo(money("210000"));
    assertThat(p.rsuValue()).isEqualTo(money("450000"));
    assertThat(p.signOnYear1()).isEqualTo(money("105000"));
    assertThat(p.signOnYear2()).isEqualTo(money("70000"));
    // proposed total 4 * 210k + 175k + 450k = 1,465,000; offered 1,300,000
    assertThat(plan.proposed().fourYearTotal()).isEqualTo(money("1465000"));
    assertThat(plan.increase()).isEqualTo(money("165000"));
    // 165000 / 1300000 = 12.6923...% -> 12.69, hiring manager
    assertThat(plan.askPercent()).isEqualByComparingTo("12.69");
    assertThat(plan.approval()).isEqualTo(Approval.HIRING_MANAGER);
    assertThat(plan.fromBand()).isTrue();
    // 4-year values: sign-on +75k, grant +50k, base +40k
    assertThat(plan.levers())
        .extracting(l -> l.lever() + " " + l.fourYearValue())
        .containsExactly("SIGN_ON 75000.00", "GRANT 50000.00", "BASE 40000.00");
    assertThat(plan.rounds())
        .extracting(r -> r.number() + ":" + r.asks().stream().map(LeverAsk::lever).toList())
        .containsExactly("1:[SIGN_ON, GRANT]", "2:[BASE]", "3:[SIGN_ON]");
  }

  @Test
  void baseAboveCap_warnsAndProposesNoBaseRaise() {
    Offer offer = anOffer().baseSalary(money("230000")).build();

    CounterOfferPlan plan = plan(offer);
    Analysis analysis = new Analyzer(data, Thresholds.defaults(), engine).analyze(offer);

    assertThat(plan.proposedOffer().baseSalary()).isEqualTo(money("230000"));
    LeverAsk base =
        plan.levers().stream().filter(l -> l.lever() == Lever.BASE).findFirst().orElseThrow();
    assertThat(base.ask()).isEqualTo(Money.ZERO);
    assertThat(base.reason())
        .isInstanceOfSatisfying(
            TargetReason.AlreadyMet.class,
            met ->
                assertThat(met.target())
                    .isInstanceOfSatisfying(
                        TargetReason.CappedAtLevelCap.class,
                        c -> assertThat(c.cap()).isEqualTo(money("220000"))));
    assertThat(plan.rounds())
        .flatExtracting(NegotiationRound::asks)
        .extracting(LeverAsk::lever)
        .doesNotContain(Lever.BASE);
    assertThat(analysis.findings())
        .extracting(Finding::id)
        .contains("BASE_ABOVE_CAP", "BASE_AT_CAP");
  }

  @Test
  void bayAreaL6_baseTargetIsHeldAtTheCap() {
    // Bay Area L6 base P75 = 190k + 0.75 * 50k = 227,500, above the 220k cap
    Offer offer = anOffer().location("SF").baseSalary(money("200000")).build();

    LeverAsk base =
        plan(offer).levers().stream()
            .filter(l -> l.lever() == Lever.BASE)
            .findFirst()
            .orElseThrow();

    assertThat(base.target()).isEqualTo(money("220000"));
    assertThat(base.reason())
        .isEqualTo(
            new TargetReason.CappedAtLevelCap(
                new TargetReason.BandPercentile(75, "Amazon L6 Bay Area", money("227500")),
                "L6",
                money("220000")));
  }

  @Test
  void signOnTarget_coversForfeitsAboveTheBand() {
    // Seattle signing P75 = 175k, forfeits 150k + 50k = 200k -> 200k, split 60:40 -> 120k / 80k
    Offer offer = anOffer().unvestedEquity(money("150000")).forfeitedBonus(money("50000")).build();

    CounterOfferPlan plan = plan(offer);

    assertThat(plan.proposedOffer().signOnYear1()).isEqualTo(money("120000"));
    assertThat(plan.proposedOffer().signOnYear2()).isEqualTo(money("80000"));
  }

  @Test
  void withoutBand_usesFallbackRaises() {
    // base 200k +5% = 210k (no cap known for Initech); grant 400k +20% = 480k;
    // sign-on 100k +50% = 150k, split 60:40 -> 90k / 60k
    Offer offer = anUnbandedOffer().build();

    CounterOfferPlan plan = plan(offer);

    Offer p = plan.proposedOffer();
    assertThat(p.baseSalary()).isEqualTo(money("210000"));
    assertThat(p.rsuValue()).isEqualTo(money("480000"));
    assertThat(p.signOnYear1()).isEqualTo(money("90000"));
    assertThat(p.signOnYear2()).isEqualTo(money("60000"));
    assertThat(plan.fromBand()).isFalse();
    // increase 4 * 10k + 80k + 50k = 170k of 1.3M = 13.0769...% -> 13.08
    assertThat(plan.askPercent()).isEqualByComparingTo("13.08");
  }

  @Test
  void withoutBand_baseRaiseIsCappedWhereTheCapIsKnown() {
    // Amazon L6 in Denver: no band, but every L6 location agrees on the 220k cap.
    // 215k * 1.05 = 225,750 -> held at 220k
    Offer offer = anOffer().location("Denver").baseSalary(money("215000")).build();

    assertThat(plan(offer).proposedOffer().baseSalary()).isEqualTo(money("220000"));
  }

  @Test
  void withoutBand_signOnTakesTheForfeitWhenLarger_allInYear1WithoutOfferedSignOn() {
    Offer offer =
        anUnbandedOffer()
            .signOnYear1(Money.ZERO)
            .signOnYear2(Money.ZERO)
            .unvestedEquity(money("80000"))
            .build();

    Offer p = plan(offer).proposedOffer();

    assertThat(p.signOnYear1()).isEqualTo(money("80000"));
    assertThat(p.signOnYear2()).isEqualTo(Money.ZERO);
  }

  @Test
  void signOnSplit_isExactToTheCent() {
    // offered 10k / 20k; forfeit 100,000.01 beats +50% (45k):
    // year 1 = 100000.01 / 3 = 33333.336... -> 33333.34; year 2 = the rest, 66666.67
    Offer offer =
        anUnbandedOffer()
            .signOnYear1(money("10000"))
            .signOnYear2(money("20000"))
            .unvestedEquity(money("100000.01"))
            .build();

    Offer p = plan(offer).proposedOffer();

    assertThat(p.signOnYear1()).isEqualTo(money("33333.34"));
    assertThat(p.signOnYear2()).isEqualTo(money("66666.67"));
  }

  @Test
  void grantInShares_isProposedAsADollarValue() {
    // 2000 shares at 187.50 = 375k; Seattle P75 = 450k
    Offer offer =
        anOffer().rsuValue(null).rsuShares(dec("2000")).stockPrice(money("187.50")).build();

    CounterOfferPlan plan = plan(offer);

    assertThat(plan.proposedOffer().rsuValue()).isEqualTo(money("450000"));
    assertThat(plan.proposedOffer().grantInSharesOnly()).isFalse();
    assertThat(plan.levers())
        .filteredOn(l -> l.lever() == Lever.GRANT)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.offered()).isEqualTo(money("375000"));
              assertThat(l.reason()).isInstanceOf(TargetReason.BandPercentile.class);
            });
  }

  /**
   * Unbanded offer, base 100k, no grant, no sign-on, forfeit F: the fallback asks base +5% (4 x 5k
   * = 20k) and a sign-on of F, so the increase is (20k + F) / 400k.
   */
  @ParameterizedTest(name = "forfeit {0} -> {1} ({2})")
  @CsvSource({
    "0, 5.00, RECRUITER",
    "20000, 10.00, RECRUITER", // exactly 10%
    "20000.01, 10.00, HIRING_MANAGER", // 10.0000025%: the exact ratio decides, not the rounding
    "60000, 20.00, HIRING_MANAGER", // exactly 20%
    "60000.01, 20.00, DIRECTOR",
    "100000, 30.00, DIRECTOR", // exactly 30%
    "100000.01, 30.00, VP",
    "400000, 105.00, VP",
  })
  void approval_followsTheExactRatioAtEachLimit(String forfeit, String askPercent, Approval who) {
    Offer offer =
        anUnbandedOffer()
            .baseSalary(money("100000"))
            .rsuValue(Money.ZERO)
            .signOnYear1(Money.ZERO)
            .signOnYear2(Money.ZERO)
            .unvestedEquity(money(forfeit))
            .build();

    CounterOfferPlan plan = plan(offer);

    assertThat(plan.askPercent()).isEqualByComparingTo(askPercent);
    assertThat(plan.approval()).isEqualTo(who);
  }

  @Test
  void approval_ofAZeroOfferedTotal_isRecruiterForNothingAndVpForAnything() {
    Thresholds t = Thresholds.defaults();

    assertThat(Approvals.approval(Money.ZERO, Money.ZERO, t)).isEqualTo(Approval.RECRUITER);
    assertThat(Approvals.approval(money("1"), Money.ZERO, t)).isEqualTo(Approval.VP);
    assertThat(Approvals.askPercent(money("1"), Money.ZERO)).isEqualByComparingTo("0");
  }

  @Test
  void rounds_groupTheNonzeroAsksByValue() {
    LeverAsk a = ask("300");
    LeverAsk b = ask("200");
    LeverAsk c = ask("100");
    LeverAsk d = ask("50");
    LeverAsk zero = ask("0");

    assertThat(names(NegotiationRounds.of(List.of(c, zero, a, b))))
        .containsExactly("1:[A, B]", "2:[C]", "3:[A]");
    assertThat(names(NegotiationRounds.of(List.of(b, a, zero))))
        .containsExactly("1:[A, B]", "2:[A]");
    assertThat(names(NegotiationRounds.of(List.of(zero, b)))).containsExactly("1:[B]");
    assertThat(NegotiationRounds.of(List.of(zero))).isEmpty();
    assertThat(names(NegotiationRounds.of(List.of(d, c, b, a))))
        .containsExactly("1:[A, B, C]", "2:[D]", "3:[A]");
  }

  @Test
  void nonMoneyLevers_coverWhatTheDataSpeaksTo() {
    Offer offer =
        anOffer()
            .targetLevel("L7")
            .offerDate(LocalDate.of(2026, 1, 1))
            .startDate(LocalDate.of(2026, 3, 1))
            .workMode(WorkMode.ONSITE)
            .relocation(Money.ZERO)
            .build();

    List<NonMoneyLever> levers = plan(offer).nonMoneyLevers();

    assertThat(levers)
        .containsExactly(
            new NonMoneyLever.StartDate(59, StartDateLeverageRule.Tier.STRONG),
            new NonMoneyLever.Level("L6", "L7"),
            new NonMoneyLever.WorkArrangement(WorkMode.ONSITE),
            new NonMoneyLever.Relocation(Money.ZERO),
            new NonMoneyLever.Refreshers(true));
  }

  @Test
  void nonMoneyLevers_stayQuietWithoutData() {
    Offer offer = anOffer().annualBonusPct(dev.offeranalyzer.offer.Percent.of(15)).build();

    assertThat(plan(offer).nonMoneyLevers()).isEmpty();
  }

  /** An ask named by its value: 300 is A, 200 B, 100 C, 50 D (the lever does not matter). */
  private static LeverAsk ask(String value) {
    return new LeverAsk(
        Lever.BASE,
        Money.ZERO,
        money(value),
        money(value),
        new TargetReason.FallbackRaise(java.math.BigDecimal.ONE));
  }

  private static List<String> names(List<NegotiationRound> rounds) {
    java.util.Map<Long, String> letters =
        java.util.Map.of(300L, "A", 200L, "B", 100L, "C", 50L, "D");
    return rounds.stream()
        .map(
            r ->
                r.number()
                    + ":"
                    + r.asks().stream().map(l -> letters.get(l.target().roundedDollars())).toList())
        .toList();
  }
}
