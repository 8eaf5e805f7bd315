package dev.offeranalyzer.report.summary;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.tax.TaxYear;
import java.util.List;

/**
 * Where the summary finds a row's per-year take-home and plan tiers: in the row itself, or looked
 * up one offer at a time (the output folder's state), so a summary of 100,000 offers never holds
 * every offer's years and tiers at once (SPEC section 11: 100,000 offers with {@code -Xmx1g}).
 */
public interface RowDetails extends AutoCloseable {

  /** The offer's take-home per year, year 1 first; empty without an estimate. */
  List<TaxYear> takeHome(SummaryRow row);

  /** The offer's plan tiers, the full plan first. */
  List<PlanRow> plans(SummaryRow row);

  /** The four years' take-home, or null without an estimate. */
  Money fourYearTakeHome(SummaryRow row);

  /** The four years' due at filing (refunds negative), or null without an estimate. */
  Money fourYearDueAtFiling(SummaryRow row);

  /**
   * The offer's findings in their order, when they are looked up one offer at a time; empty when
   * {@link SummaryData#findings()} holds them all.
   */
  default java.util.Optional<List<FindingRow>> findings(SummaryRow row) {
    return java.util.Optional.empty();
  }

  /** Lets go of what the lookups hold open (the summary calls this once it is written). */
  @Override
  default void close() {}

  /** The rows carry their details. */
  RowDetails IN_ROW =
      new RowDetails() {
        @Override
        public List<TaxYear> takeHome(SummaryRow row) {
          return row.takeHome();
        }

        @Override
        public List<PlanRow> plans(SummaryRow row) {
          return row.plans();
        }

        @Override
        public Money fourYearTakeHome(SummaryRow row) {
          return row.fourYearTakeHome();
        }

        @Override
        public Money fourYearDueAtFiling(SummaryRow row) {
          return row.fourYearDueAtFiling();
        }
      };
}
