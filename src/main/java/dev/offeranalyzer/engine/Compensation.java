package dev.offeranalyzer.engine;

import dev.offeranalyzer.offer.Money;
import java.util.List;

/**
 * What an offer pays over four years (SPEC section 3). The four years add up to {@code
 * fourYearTotal} exactly; the average and the hourly rate are rounded half-up to cents.
 */
public record Compensation(
    List<YearComp> years,
    Money fourYearTotal,
    Money fourYearAverage,
    Money hourlyRate,
    List<VestLine> vestCalendar,
    List<StockScenario> scenarios) {

  public Compensation {
    years = List.copyOf(years);
    vestCalendar = List.copyOf(vestCalendar);
    scenarios = List.copyOf(scenarios);
  }

  /** Year {@code k}, 1-based. */
  public YearComp year(int k) {
    return years.get(k - 1);
  }
}
