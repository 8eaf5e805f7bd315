package dev.offeranalyzer.report.model;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.YearComp;
import java.util.List;

/** The printed whole-dollar figures of the four years, all adding up. */
final class Printed {
  static final int BASE = 0;
  static final int SIGN_ON = 1;
  static final int RSU = 2;
  static final int BONUS = 3;

  final long fourYearTotal;
  final long[] yearTotals;
  final long[][] parts;

  private Printed(long fourYearTotal, long[] yearTotals, long[][] parts) {
    this.fourYearTotal = fourYearTotal;
    this.yearTotals = yearTotals;
    this.parts = parts;
  }

  static Printed of(Compensation c) {
    long total = c.fourYearTotal().roundedDollars();
    long[] years = WholeDollars.apportion(c.years().stream().map(YearComp::total).toList(), total);
    long[][] parts = new long[4][];
    for (int k = 0; k < 4; k++) {
      YearComp y = c.years().get(k);
      parts[k] =
          WholeDollars.apportion(List.of(y.base(), y.signOn(), y.rsu(), y.bonus()), years[k]);
    }
    return new Printed(total, years, parts);
  }
}
