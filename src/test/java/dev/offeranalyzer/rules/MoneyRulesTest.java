package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static dev.offeranalyzer.offer.TestOffers.money;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.VestingSchedule;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Truth tables for the rules that look only at the offer's own figures. */
class MoneyRulesTest {

  /** Base 100k, no RSU in year 1 (0/0/100/0): year 1 = 100k + sign-on 1, year 3 = 100k + G. */
  @ParameterizedTest(name = "sign-on 1 {0}, G {1} -> fires {2}")
  @CsvSource({
    "0.01, 0, true", // year 3 = year 1 - 0.01
    "0, 0, false", // year 3 = year 1
    "0, 0.01, false", // year 3 = year 1 + 0.01
    "50000, 49999.99, true",
    "50000, 50000, false",
  })
  void cliffY3_firesOnlyWhenYear3IsBelowYear1(String signOn1, String grant, boolean fires) {
    Offer offer =
        anOffer()
            .baseSalary(money("100000"))
            .signOnYear1(money(signOn1))
            .signOnYear2(Money.ZERO)
            .rsuValue(money(grant))
            .vesting(VestingSchedule.parse("0/0/100/0"))
            .build();

    List<Finding> f = new CliffYear3Rule().evaluate(Contexts.bare(offer));

    assertThat(f).hasSize(fires ? 1 : 0);
    f.forEach(x -> assertThat(x.severity()).isEqualTo(Severity.RED_FLAG));
  }

  @ParameterizedTest(name = "walk-away {0} -> fires {1}")
  @CsvSource({"325000.01, true", "325000.00, false", "324999.99, false", ", false"})
  void belowWalkAway_comparesTheFourYearAverage(String walkAway, boolean fires) {
    // default offer: 4-year average 325,000
    Offer offer = anOffer().walkAway(walkAway == null ? null : money(walkAway)).build();

    List<Finding> f = new BelowWalkAwayRule().evaluate(Contexts.bare(offer));

    assertThat(f).hasSize(fires ? 1 : 0);
    if (fires) {
      assertThat(f.get(0).severity()).isEqualTo(Severity.RED_FLAG);
      assertThat(f.get(0).figures())
          .isEqualTo("4-year average $325,000; walk-away $325,000 ($0 a year)");
    }
  }

  @ParameterizedTest(name = "base {0}, cap 220000 -> at cap {1}, above cap {2}")
  @CsvSource({
    "219999.99, false, false",
    "220000.00, true, false",
    "220000.01, true, true",
    "250000, true, true",
  })
  void baseCapRules_atCapIsInfoAndAboveCapAlsoWarns(String base, boolean atCap, boolean above) {
    RuleContext ctx = Contexts.withCap(anOffer().baseSalary(money(base)).build(), money("220000"));

    List<Finding> at = new BaseAtCapRule().evaluate(ctx);
    List<Finding> over = new BaseAboveCapRule().evaluate(ctx);

    assertThat(at).hasSize(atCap ? 1 : 0);
    assertThat(over).hasSize(above ? 1 : 0);
    at.forEach(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
    over.forEach(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
  }

  @ParameterizedTest(name = "unvested {0} + forfeited {1} vs sign-on 100k -> fires {2}")
  @CsvSource({
    "100000.01, , true",
    "100000, , false",
    "60000, 40000.01, true",
    "60000, 40000, false",
    ", 99999.99, false",
    ", , false",
  })
  void signOnShort_firesWhenForfeitsExceedTheSignOnTotal(
      String unvested, String forfeited, boolean fires) {
    Offer offer =
        anOffer()
            .unvestedEquity(unvested == null ? null : money(unvested))
            .forfeitedBonus(forfeited == null ? null : money(forfeited))
            .build();

    List<Finding> f = new SignOnShortRule().evaluate(Contexts.bare(offer));

    assertThat(f).hasSize(fires ? 1 : 0);
    f.forEach(x -> assertThat(x.severity()).isEqualTo(Severity.OPPORTUNITY));
  }

  @ParameterizedTest(name = "value {0}, shares {1} -> fires {2}")
  @CsvSource({"400000, , false", ", 2000, true", "400000, 2000, false"})
  void rsuInShares_firesOnlyForAShareCountWithoutValue(String value, String shares, boolean fires) {
    Offer offer =
        anOffer()
            .rsuValue(value == null ? null : money(value))
            .rsuShares(shares == null ? null : new java.math.BigDecimal(shares))
            .stockPrice(shares == null ? null : money("187.50"))
            .build();

    List<Finding> f = new RsuInSharesRule().evaluate(Contexts.bare(offer));

    assertThat(f).hasSize(fires ? 1 : 0);
    if (fires) {
      assertThat(f.get(0).severity()).isEqualTo(Severity.INFO);
      assertThat(f.get(0).figures()).isEqualTo("2,000 shares at $187.50 = $375,000");
    }
  }

  /** Base 80k, G 0: year 1 = 80k + sign-on 1, year 2 = 80k + sign-on 2. */
  @ParameterizedTest(name = "year 1 = 80000 + {0}, year 2 = 80000 + {1} -> fires {2}")
  @CsvSource({
    "20000, 10000, false", // exactly 10% below
    "20000, 9999.99, true", // just over 10% below
    "20000, 10000.01, false",
    "20000, 0, true", // 20% below
    "0, 0, false",
  })
  void year2Dip_firesOnlyAboveTenPercent(String signOn1, String signOn2, boolean fires) {
    Offer offer =
        anOffer()
            .baseSalary(money("80000"))
            .rsuValue(Money.ZERO)
            .signOnYear1(money(signOn1))
            .signOnYear2(money(signOn2))
            .build();

    List<Finding> f = new Year2DipRule().evaluate(Contexts.bare(offer));

    assertThat(f).hasSize(fires ? 1 : 0);
    f.forEach(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
  }

  @ParameterizedTest(name = "figures for year 2 = {0}")
  @CsvSource(
      delimiter = '|',
      value = {"0|Year 1 $100,000; year 2 $80,000 (\u2212$20,000, \u221220%)"})
  void year2Dip_showsTheDropInDollarsAndPercent(String signOn2, String figures) {
    Offer offer =
        anOffer()
            .baseSalary(money("80000"))
            .rsuValue(Money.ZERO)
            .signOnYear1(money("20000"))
            .signOnYear2(money(signOn2))
            .build();

    assertThat(new Year2DipRule().evaluate(Contexts.bare(offer)).get(0).figures())
        .isEqualTo(figures);
  }
}
