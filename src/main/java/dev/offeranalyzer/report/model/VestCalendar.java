package dev.offeranalyzer.report.model;

import dev.offeranalyzer.engine.VestLine;
import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.VestingPreset;
import dev.offeranalyzer.report.model.ReportModel.VestRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps a long vest calendar readable and names the vesting preset. A schedule of more than {@link
 * #GROUP_ABOVE} events (monthly vesting has 48) is shown one row per quarter of employment, each
 * row listing its vest dates compactly; the rows still add up to the printed totals.
 */
final class VestCalendar {

  /** Calendars with more events than this are grouped by quarter. */
  static final int GROUP_ABOVE = 16;

  private static final DateTimeFormatter MONTH_DAY =
      DateTimeFormatter.ofPattern("MMM d", Locale.US);

  private VestCalendar() {}

  /**
   * One row per quarter with vest events.
   *
   * @param printed each line's printed whole-dollar value (they add up per year)
   * @param decimals the percent decimals the calendar uses
   */
  static List<VestRow> byQuarter(List<VestLine> lines, long[] printed, int decimals) {
    List<VestRow> rows = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int quarter = (lines.get(i).month() - 1) / 3;
      List<VestLine> group = new ArrayList<>();
      long value = 0;
      BigDecimal fraction = BigDecimal.ZERO;
      BigDecimal shares = BigDecimal.ZERO;
      boolean withShares = true;
      while (i < lines.size() && (lines.get(i).month() - 1) / 3 == quarter) {
        VestLine l = lines.get(i);
        group.add(l);
        value += printed[i];
        fraction = fraction.add(l.fraction());
        if (l.shares() == null) {
          withShares = false;
        } else {
          shares = shares.add(l.shares());
        }
        i++;
      }
      rows.add(
          new VestRow(
              when(group),
              "Year " + group.get(0).year(),
              Formats.percentFixed(fraction.multiply(BigDecimal.valueOf(100)), decimals),
              withShares ? Formats.shares(shares) : null,
              Formats.dollars(value)));
    }
    return rows;
  }

  /** E.g. "Feb 15, Mar 15, Apr 15, 2026 (3 vests)" or "Months 1, 2, 3 (3 vests)". */
  static String when(List<VestLine> group) {
    List<String> parts = new ArrayList<>();
    String count = group.size() == 1 ? "" : " (" + group.size() + " vests)";
    if (group.get(0).date() == null) {
      for (VestLine l : group) {
        parts.add(Integer.toString(l.month()));
      }
      return (group.size() == 1 ? "Month " : "Months ") + String.join(", ", parts) + count;
    }
    LocalDate first = group.get(0).date();
    LocalDate last = group.get(group.size() - 1).date();
    if (first.getYear() != last.getYear()) {
      for (VestLine l : group) {
        parts.add(Formats.date(l.date()));
      }
      return String.join("; ", parts) + count;
    }
    for (VestLine l : group) {
      parts.add(l.date().format(MONTH_DAY));
    }
    return String.join(", ", parts) + ", " + first.getYear() + count;
  }

  /** The assumption naming the vesting preset (or the schedule given) and the offer letter. */
  static String presetAssumption(Offer o) {
    VestingPreset p = o.vesting().preset();
    if (p == null) {
      return "Vesting schedule as given in the input ("
          + o.vesting().name()
          + "): check it against the schedule in your offer letter.";
    }
    return "Vesting preset \""
        + p.name()
        + "\" ("
        + p.schedule()
        + "): "
        + p.source()
        + ", as of "
        + Formats.date(p.asOf())
        + ". Check the vesting schedule in your offer letter: where it differs, the letter is right"
        + " and this report is not.";
  }
}
