package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.TestOffers.anUnbandedOffer;
import static dev.offeranalyzer.offer.TestOffers.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.MarketData;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.VestingSchedule;
import dev.offeranalyzer.testing.Property;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Approval tiers of SPEC section 14. The hand-made offers have no growth, bonus or sign-on, so the
 * 4-year total is {@code 4 * base + grant + sign-on}: a base dollar is worth 4, others 1.
 */
class ApprovalTiersTest {

  private final CompensationEngine engine = new CompensationEngine();
  private final ApprovalTiers tiers = new ApprovalTiers(engine, Thresholds.defaults());

  /** Base 100,000, grant {@code grant}, no sign-on: total 400,000 + grant. */
  private static Offer offer(String grant) {
    return anUnbandedOffer()
        .baseSalary(money("100000"))
        .signOnYear1(Money.ZERO)
        .signOnYear2(Money.ZERO)
        .rsuValue(money(grant))
        .vesting(VestingSchedule.EVEN)
        .build();
  }

  private static final TargetReason RAISE = new TargetReason.FallbackRaise(BigDecimal.TEN);

  private static LeverAsk grant(Offer o, String target) {
    Money t = money(target);
    return new LeverAsk(Lever.GRANT, o.grantValue(), t, t.minus(o.grantValue()), RAISE);
  }

  private static LeverAsk base(Offer o, String target) {
    Money t = money(target);
    Money ask = t.minus(o.baseSalary());
    return new LeverAsk(Lever.BASE, o.baseSalary(), t, ask.times(BigDecimal.valueOf(4)), RAISE);
  }

  private static LeverAsk signOn(Offer o, String target) {
    Money t = money(target);
    return new LeverAsk(Lever.SIGN_ON, o.signOnTotal(), t, t.minus(o.signOnTotal()), RAISE);
  }

  private TierPlan within(Offer o, Approval tier, LeverAsk... levers) {
    return tiers.within(o, engine.compute(o).fourYearTotal(), List.of(levers), tier);
  }

  @Test
  void firstLeverAloneAboveTheRecruitersTenPercent_isAskedInPartToTheLimit() {
    // total 600,000; recruiter 10% = 60,000; the grant's +100,000 does not fit: +60,000 does
    Offer o = offer("200000");
    TierPlan t =
        within(o, Approval.RECRUITER, grant(o, "300000"), base(o, "110000"), signOn(o, "20000"));

    assertThat(t.grantTarget()).isEqualTo(money("260000"));
    assertThat(t.baseTarget()).isEqualTo(money("100000"));
    assertThat(t.signOnTarget()).isEqualTo(Money.ZERO);
    assertThat(t.proposedTotal()).isEqualTo(money("660000"));
    assertThat(t.askPercent()).isEqualByComparingTo("10.00");
  }

  @Test
  void wholeLeversWhileTheyFit_thenThePartOfTheNextExactlyAtTheHiringManagersLimit() {
    // HM 20% = 120,000: grant +100,000 whole, then base: room 20,000 / 4 = +5,000
    Offer o = offer("200000");
    TierPlan t =
        within(
            o, Approval.HIRING_MANAGER, grant(o, "300000"), base(o, "110000"), signOn(o, "20000"));

    assertThat(t.grantTarget()).isEqualTo(money("300000"));
    assertThat(t.baseTarget()).isEqualTo(money("105000"));
    assertThat(t.signOnTarget()).as("no lever after the partial one").isEqualTo(Money.ZERO);
    assertThat(t.askPercent()).isEqualByComparingTo("20.00");
  }

  @Test
  void partIsRoundedDownToAWholeThousandOfTheLeversOwnAmount() {
    // total 570,000; 10% = 57,000; base: 57,000 / 4 = 14,250 -> +14,000 a year
    Offer o = offer("170000");
    TierPlan t = within(o, Approval.RECRUITER, base(o, "130000"), grant(o, "200000"));

    assertThat(t.baseTarget()).isEqualTo(money("114000"));
    assertThat(t.grantTarget()).isEqualTo(money("170000"));
    assertThat(t.proposedTotal()).isEqualTo(money("626000"));
    assertThat(t.askPercent()).isEqualByComparingTo("9.82");
  }

  @Test
  void aPartThatRoundsDownToZero_asksNothingOfThatLeverNorOfAnyAfterIt() {
    // total 600,000: grant +59,500 fits (room left 500); base: 500 / 4 = 125 -> 0; the sign-on's
    // +400 would fit but comes after
    Offer o = offer("200000");
    TierPlan t =
        within(o, Approval.RECRUITER, grant(o, "259500"), base(o, "110000"), signOn(o, "400"));

    assertThat(t.grantTarget()).isEqualTo(money("259500"));
    assertThat(t.baseTarget()).isEqualTo(money("100000"));
    assertThat(t.signOnTarget()).isEqualTo(Money.ZERO);
    assertThat(t.increase()).isEqualTo(money("59500"));
  }

  @Test
  void aDollarAboveTheLimit_isTrimmedToTheLimit_andExactlyAtItIsWhole() {
    Offer o = offer("200000");
    TierPlan above = within(o, Approval.RECRUITER, grant(o, "260001"));
    TierPlan at = within(o, Approval.RECRUITER, grant(o, "260000"));
    TierPlan below = within(o, Approval.RECRUITER, grant(o, "259999"), base(o, "110000"));

    assertThat(above.grantTarget()).isEqualTo(money("260000"));
    assertThat(at.grantTarget()).isEqualTo(money("260000"));
    assertThat(below.grantTarget()).isEqualTo(money("259999"));
    assertThat(below.baseTarget()).isEqualTo(money("100000"));
  }

  @Test
  void directorsTier_takesEveryLeverThatFits() {
    // Director 30% = 180,000: grant 100,000 + base 40,000 + sign-on 20,000 = 160,000 all fit
    Offer o = offer("200000");
    TierPlan t =
        within(o, Approval.DIRECTOR, grant(o, "300000"), base(o, "110000"), signOn(o, "20000"));
    assertThat(t.proposedTotal()).isEqualTo(money("760000"));
    assertThat(t.within()).isEqualTo(Approval.DIRECTOR);
  }

  @Test
  void fullPlanWithinTheRecruiter_hasNoLowerTiers() {
    // base +5% (+20,000 over 4 years) and grant +20% (+4,000) on 420,000: 5.7%
    Offer o = offer("20000");
    Compensation c = engine.compute(o);
    CounterOfferPlan plan =
        new CounterOfferPlanner(engine, Thresholds.defaults()).plan(o, c, null, null);
    assertThat(plan.approval()).isEqualTo(Approval.RECRUITER);

    List<TierPlan> plans = tiers.plans(o, c, plan);

    assertThat(plans).extracting(TierPlan::tierLabel).containsExactly("Full");
  }

  @Test
  void fullPlanNeedingAVp_hasAllThreeLowerTiersAfterTheFullOne() {
    Offer o =
        offer("200000").toBuilder()
            .signOnYear1(money("1000"))
            .unvestedEquity(money("400000"))
            .build();
    Compensation c = engine.compute(o);
    CounterOfferPlan plan =
        new CounterOfferPlanner(engine, Thresholds.defaults()).plan(o, c, null, null);
    assertThat(plan.approval()).isEqualTo(Approval.VP);

    assertThat(tiers.plans(o, c, plan))
        .extracting(TierPlan::tierLabel)
        .containsExactly("Full", "Recruiter", "Hiring manager", "Director");
  }

  @Test
  void noTierExceedsItsLimitNorAsksMoreThanTheFullPlanOnAnyLever() {
    MarketData data = dev.offeranalyzer.market.BuiltInBands.data();
    CounterOfferPlanner planner = new CounterOfferPlanner(engine, Thresholds.defaults());
    Property.forAll(
        300,
        CounterOfferProperties.offers(),
        o -> {
          Compensation c = engine.compute(o);
          CounterOfferPlan plan =
              planner.plan(o, c, data.bandsFor(o).orElse(null), data.baseCapFor(o).orElse(null));
          List<TierPlan> plans = tiers.plans(o, c, plan);
          TierPlan full = plans.get(0);
          assertThat(full.isFull()).isTrue();
          Money total = c.fourYearTotal();
          for (TierPlan t : plans.subList(1, plans.size())) {
            assertThat(t.increase().amount().multiply(BigDecimal.valueOf(100)))
                .as(t.tierLabel())
                .isLessThanOrEqualTo(tiers.limit(t.within()).multiply(total.amount()));
            assertThat(t.within()).isLessThan(plan.approval());
            assertThat(t.baseTarget()).isBetween(o.baseSalary(), full.baseTarget());
            assertThat(t.grantTarget()).isBetween(o.grantValue(), full.grantTarget());
            assertThat(t.signOnTarget()).isBetween(o.signOnTotal(), full.signOnTarget());
          }
        });
  }
}
