package dev.offeranalyzer.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.rules.Lever;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegotiationSoFarTest {

  private static OfferVersion v(
      int n, LocalDate seen, long base, long signOn, long grant, long total, Long targetGrant) {
    return new OfferVersion(
        "A-1",
        n,
        seen,
        "Ana",
        "inputs " + n,
        Money.of(base),
        Money.of(signOn),
        Money.of(grant),
        Percent.of(10),
        Money.of(total),
        Money.of(base + 20_000),
        null,
        targetGrant == null ? null : Money.of(targetGrant));
  }

  @Test
  void oneVersion_hasNoSection() {
    assertThat(NegotiationSoFar.of(List.of(v(1, LocalDate.of(2026, 11, 2), 1, 1, 1, 1, null))))
        .isEmpty();
  }

  @Test
  void twoVersions_listDatesTotalsChangesLeversAndWhatThePlanGot() {
    NegotiationSoFar n =
        NegotiationSoFar.of(
                List.of(
                    v(
                        1,
                        LocalDate.of(2026, 11, 2),
                        185_000,
                        100_000,
                        700_000,
                        1_500_000,
                        1_325_000L),
                    v(2, LocalDate.of(2026, 11, 16), 195_000, 100_000, 1_150_000, 1_640_000, null)))
            .orElseThrow();

    assertThat(n.versions())
        .containsExactly(
            new NegotiationSoFar.Row("1", "Nov 2, 2026", "$1,500,000", "-", "-"),
            new NegotiationSoFar.Row("2", "Nov 16, 2026", "$1,640,000", "+$140,000", "+$140,000"));
    assertThat(n.moved())
        .containsExactly(
            "Base salary: $185,000 -> $195,000 (+$10,000)",
            "RSU grant: $700,000 -> $1,150,000 (+$450,000)");
    assertThat(n.planOutcome())
        .containsExactly(
            "Base salary: asked $205,000, got $195,000, 50% of the ask",
            "RSU grant: asked $1,325,000, got $1,150,000, 72% of the ask");
    assertThat(n.summary())
        .isEqualTo(
            "Since version 1 (Nov 2, 2026) the offer's 4-year total moved +$140,000, from"
                + " $1,500,000 to $1,640,000.");
  }

  @ParameterizedTest
  @CsvSource({
    "100, 200, 200, 100% of the ask",
    "100, 200, 100, 0% of the ask",
    "100, 200, 90, -10% of the ask",
    "100, 200, 250, 150% of the ask",
    "100, 300, 201, 51% of the ask"
  })
  void shareOfTheAsk_isTheRaiseOverTheAsk_roundedHalfUp(
      long offered, long target, long got, String expected) {
    List<String> out = new ArrayList<>();
    NegotiationSoFar.outcome(out, Lever.BASE, Money.of(offered), Money.of(target), Money.of(got));
    assertThat(out).singleElement().asString().endsWith(expected);
  }

  @Test
  void leverThePlanDidNotRaise_isLeftOut() {
    List<String> out = new ArrayList<>();
    NegotiationSoFar.outcome(out, Lever.BASE, Money.of(100), Money.of(100), Money.of(150));
    NegotiationSoFar.outcome(out, Lever.BASE, Money.of(100), null, Money.of(150));
    assertThat(out).isEmpty();
  }
}
