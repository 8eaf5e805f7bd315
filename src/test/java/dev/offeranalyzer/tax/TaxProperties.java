package dev.offeranalyzer.tax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.FilingStatus;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.testing.Property;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws of the tax estimate that hold for every wage, split, state and filing status. */
class TaxProperties {

  private static final List<String> STATES = List.of("WA", "TX", "CA", "NY", "NYC");
  private final TaxCalculator calculator = BuiltInTaxTables.calculator();

  /** A year: wages from 10,000 to 30,000,000 in cents, split at random into base and the rest. */
  record Case(long regularCents, long supplementalCents, String place, FilingStatus status) {
    Money regular() {
      return Money.of(java.math.BigDecimal.valueOf(regularCents, 2));
    }

    Money supplemental() {
      return Money.of(java.math.BigDecimal.valueOf(supplementalCents, 2));
    }

    String state() {
      return place.equals("NYC") ? "NY" : place;
    }

    String city() {
      return place.equals("NYC") ? "NYC" : null;
    }
  }

  private static final Property.Gen<Case> CASES =
      (Random r) -> {
        long regular = Property.longs(1_000_000L, 1_000_000_000L).next(r);
        long supplemental = Property.longs(0L, 2_000_000_000L).next(r);
        return new Case(
            regular,
            supplemental,
            STATES.get(r.nextInt(STATES.size())),
            FilingStatus.values()[r.nextInt(2)]);
      };

  private TaxYear year(Case c, long extraCents) {
    Money extra = Money.of(java.math.BigDecimal.valueOf(extraCents, 2));
    Money supplemental = c.supplemental().plus(extra);
    return calculator.year(
        1,
        c.regular().plus(supplemental),
        c.regular(),
        supplemental,
        c.state(),
        c.city(),
        c.status());
  }

  @Test
  void takeHomePlusEveryTaxLine_equalsWages() {
    Property.forAll(
        2_000,
        CASES,
        c -> {
          TaxYear y = year(c, 0);
          assertThat(
                  y.takeHome()
                      .plus(y.federal())
                      .plus(y.socialSecurity())
                      .plus(y.medicare())
                      .plus(y.state())
                      .plus(y.city())
                      .plus(y.payrollPrograms()))
              .isEqualTo(y.wages());
          assertThat(y.totalTax()).isEqualTo(y.wages().minus(y.takeHome()));
        });
  }

  @Test
  void moreWages_neverGiveLessTotalTax() {
    Property.forAll(
        2_000,
        r -> new Object[] {CASES.next(r), Property.longs(1L, 50_000_000L).next(r)},
        s -> {
          Case c = (Case) s[0];
          long extra = (Long) s[1];
          assertThat(year(c, extra).totalTax()).isGreaterThanOrEqualTo(year(c, 0).totalTax());
        });
  }

  @Test
  void dueAtFiling_isTotalOwedMinusWithheld() {
    Property.forAll(
        2_000,
        CASES,
        c -> {
          TaxYear y = year(c, 0);
          assertThat(y.dueAtFiling()).isEqualTo(y.totalTax().minus(y.withheld()));
        });
  }
}
