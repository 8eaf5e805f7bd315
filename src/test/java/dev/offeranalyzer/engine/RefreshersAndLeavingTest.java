package dev.offeranalyzer.engine;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static dev.offeranalyzer.offer.TestOffers.money;
import static dev.offeranalyzer.offer.TestOffers.pct;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.SignOnTerms;
import dev.offeranalyzer.offer.VestingSchedule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Presets through the engine, refreshers (SPEC 13) and leaving early (SPEC 13). */
class RefreshersAndLeavingTest {

  private final CompensationEngine engine = new CompensationEngine();

  @Test
  void googlePreset_noGrowth_frontLoadsTheGrant() {
    // G = 480,000 at 38/32/20/10: 182,400 / 153,600 / 96,000 / 48,000 (base 200k, no sign-on)
    Offer o =
        anOffer()
            .company("Google")
            .signOnYear1(Money.ZERO)
            .signOnYear2(Money.ZERO)
            .rsuValue(money("480000"))
            .build();
    assertThat(o.vesting().name()).isEqualTo("google");
    assertThat(rsu(engine.compute(o)))
        .containsExactly(money("182400"), money("153600"), money("96000"), money("48000"));
  }

  @Test
  void applePreset_tenPercentGrowth_matchesTheHandComputation() {
    // G = 400,000, 12.5% at months 6, 12, ..., 48, each valued at 1.1^(m/12):
    // y1 = 50000 * (1.1^0.5 + 1.1) = 107,440.44; y2 = 50000 * (1.1^1.5 + 1.1^2) = 118,184.49
    // y3 = 50000 * (1.1^2.5 + 1.1^3) = 130,002.94; y4 = 50000 * (1.1^3.5 + 1.1^4) = 143,003.23
    Offer o = anOffer().vesting(VestingSchedule.parse("apple")).stockGrowth(pct("10")).build();
    assertThat(rsu(engine.compute(o)))
        .containsExactly(
            money("107440.44"), money("118184.49"), money("130002.94"), money("143003.23"));
  }

  @Test
  void refreshers_tenPercentGrowth_matchTheHandComputationAndLeaveTheYearsAlone() {
    // R = 100,000 at months 12, 24, 36; 6,250 every 3 months from each grant, at 1.1^(m/12):
    // y1 = 0; y2 = 6250 * (1.1^(15/12) + 1.1^(18/12) + 1.1^(21/12) + 1.1^2) = 29,198.28
    // y3 = 2 grants x months 27..36 = 64,236.21; y4 = 3 grants x months 39..48 = 105,989.74
    Offer without = anOffer().stockGrowth(pct("10")).build();
    Offer with = without.toBuilder().refresherPerYear(money("100000")).build();

    assertThat(Refreshers.byYear(with))
        .containsExactly(Money.ZERO, money("29198.28"), money("64236.21"), money("105989.74"));
    assertThat(Refreshers.total(with)).isEqualTo(money("199424.23"));
    Compensation a = engine.compute(without);
    Compensation b = engine.compute(with);
    assertThat(b.years()).isEqualTo(a.years());
    assertThat(b.fourYearTotal()).isEqualTo(a.fourYearTotal());
  }

  @Test
  void refreshers_noGrowth_areOneAndAHalfGrantsByMonth48() {
    Offer o = anOffer().refresherPerYear(money("80000")).build();
    // y2 25%, y3 50%, y4 75% of 80,000
    assertThat(Refreshers.byYear(o))
        .containsExactly(Money.ZERO, money("20000"), money("40000"), money("60000"));
    assertThat(Refreshers.byYear(anOffer().build())).containsOnly(Money.ZERO);
  }

  @Test
  void leavingEarly_prorated_repaysTheUnearnedTwelfths() {
    // base 200k, sign-on 60k + 40k, G = 400k amazon (5% at month 12 = 20k, 15% at 24 = 60k)
    List<LeavingEarly.Line> t = table(SignOnTerms.PRORATED);
    assertThat(t).extracting(LeavingEarly.Line::months).containsExactly(3, 6, 9, 12, 18, 24);
    // 3 months: base 50k, sign-on 60k paid, 9/12 of it back = 45k; kept 110k - 45k = 65k
    assertLine(t.get(0), "50000", "60000", "0", "45000", "65000");
    assertLine(t.get(3), "200000", "60000", "20000", "0", "280000");
    // 18 months: year 2's 40k paid at month 12, 6 of 12 months earned: 20k back
    assertLine(t.get(4), "300000", "100000", "20000", "20000", "400000");
    assertLine(t.get(5), "400000", "100000", "80000", "0", "580000");
  }

  @Test
  void leavingEarly_fullAndNone() {
    List<LeavingEarly.Line> full = table(SignOnTerms.FULL);
    assertLine(full.get(2), "150000", "60000", "0", "60000", "150000");
    assertLine(full.get(4), "300000", "100000", "20000", "40000", "380000");
    List<LeavingEarly.Line> none = table(SignOnTerms.NONE);
    assertThat(none).extracting(LeavingEarly.Line::repaid).containsOnly(Money.ZERO);
  }

  private List<LeavingEarly.Line> table(SignOnTerms terms) {
    Offer o = anOffer().signOnTerms(terms).build();
    return LeavingEarly.table(o, engine.compute(o));
  }

  private static void assertLine(
      LeavingEarly.Line l, String base, String signOn, String rsu, String repaid, String kept) {
    assertThat(l.baseEarned()).isEqualTo(money(base));
    assertThat(l.signOnPaid()).isEqualTo(money(signOn));
    assertThat(l.rsusVested()).isEqualTo(money(rsu));
    assertThat(l.received()).isEqualTo(money(base).plus(money(signOn)).plus(money(rsu)));
    assertThat(l.repaid()).isEqualTo(money(repaid));
    assertThat(l.kept()).isEqualTo(money(kept));
  }

  private static List<Money> rsu(Compensation c) {
    return c.years().stream().map(YearComp::rsu).toList();
  }
}
