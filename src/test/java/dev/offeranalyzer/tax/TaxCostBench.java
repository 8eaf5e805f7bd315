package dev.offeranalyzer.tax;

import static dev.offeranalyzer.offer.TestOffers.anOffer;
import static dev.offeranalyzer.offer.TestOffers.money;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.offer.FilingStatus;
import dev.offeranalyzer.offer.Offer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the tax step alone: {@link TaxCalculator#estimate} per offer, engine results computed
 * beforehand. Not a test (the suite stays fast); run it after {@code ./mvnw -q -B -o test-compile}:
 *
 * <pre>java -cp target/classes:target/test-classes dev.offeranalyzer.tax.TaxCostBench</pre>
 *
 * 2,000 offers across the four built-in states (New York City with its resident tax), both filing
 * statuses and varied pay; 20 warm-up rounds, then 15 timed rounds; prints the cost per offer in
 * thread CPU time (median and best round; meaningful on a loaded machine) and the median wall time.
 */
public final class TaxCostBench {

  private TaxCostBench() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    String[] locations = {"Seattle", "Bay Area", "NYC", "Austin"};
    CompensationEngine engine = new CompensationEngine();
    List<Offer> offers = new ArrayList<>(n);
    List<Compensation> comps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Offer o =
          anOffer()
              .offerId("o-" + i)
              .location(locations[i % locations.length])
              .filingStatus(i % 3 == 0 ? FilingStatus.MARRIED : FilingStatus.SINGLE)
              .baseSalary(money(Integer.toString(120_000 + (i % 50) * 4_000)))
              .rsuValue(money(Integer.toString(100_000 + (i % 40) * 25_000)))
              .build();
      offers.add(o);
      comps.add(engine.compute(o));
    }
    TaxCalculator calculator = BuiltInTaxTables.calculator();
    long sink = 0;
    for (int r = 0; r < 20; r++) {
      sink += round(calculator, offers, comps);
    }
    int rounds = 15;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] wall = new double[rounds];
    double[] cpu = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      sink += round(calculator, offers, comps);
      wall[r] = (System.nanoTime() - t0) / 1e6 / n;
      cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6 / n;
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    System.out.printf(
        "tax step per offer: CPU median %.4f ms, best %.4f ms; wall median %.4f ms"
            + " (%d offers x %d rounds; checksum %d)%n",
        cpu[rounds / 2], cpu[0], wall[rounds / 2], n, rounds, sink);
  }

  private static long round(TaxCalculator calculator, List<Offer> offers, List<Compensation> c) {
    long sum = 0;
    for (int i = 0; i < offers.size(); i++) {
      sum +=
          calculator
              .estimate(offers.get(i), c.get(i))
              .orElseThrow()
              .year(1)
              .takeHome()
              .roundedDollars();
    }
    return sum;
  }
}
