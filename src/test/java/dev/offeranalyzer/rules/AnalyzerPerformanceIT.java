package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.market.BuiltInBands;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.offer.VestingSchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 100,000 offers through the whole pure pipeline. The bound is loose on purpose (shared CI
 * machines, cold JIT); it exists to catch accidental quadratic work, which would take hours.
 */
class AnalyzerPerformanceIT {

  @Test
  void hundredThousandOffers_analyseInAFewSeconds() {
    List<Offer> offers = new ArrayList<>(100_000);
    String[] locations = {"Seattle", "Bay Area", "NYC", "Austin", "Denver"};
    for (int i = 0; i < 100_000; i++) {
      offers.add(
          anOffer()
              .offerId("o-" + i)
              .candidate("Candidate " + (i / 3))
              .location(locations[i % locations.length])
              .level(i % 2 == 0 ? "L6" : "L7")
              .baseSalary(Money.of(150_000 + i % 100_000))
              .vesting(i % 2 == 0 ? VestingSchedule.AMAZON : VestingSchedule.EVEN)
              .stockGrowth(Percent.of(i % 21 - 10))
              .build());
    }
    Analyzer analyzer =
        new Analyzer(BuiltInBands.data(), Thresholds.defaults(), new CompensationEngine());

    long start = System.nanoTime();
    long[] seen = new long[1];
    int[] competitorsOfFirst = new int[1];
    analyzer.analyzeEach(
        offers,
        (analysis, index) -> {
          seen[0]++;
          if (index == 0) {
            competitorsOfFirst[0] = analysis.competing().size();
          }
        });
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(seen[0]).isEqualTo(100_000);
    assertThat(competitorsOfFirst[0]).isEqualTo(2);
    assertThat(took).isLessThan(Duration.ofSeconds(60));
    System.out.println("100,000 offers analysed in " + took.toMillis() + " ms");
  }
}
