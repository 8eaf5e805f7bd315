package dev.offeranalyzer.report.summary;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.report.model.OfferVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the {@code History} sheet (SPEC section 15): one version of one offer.
 *
 * @param change this version's 4-year total minus the previous version's (zero for version 1)
 * @param gained this version's 4-year total minus version 1's
 */
public record HistoryRow(
    String offerId,
    String candidate,
    int version,
    LocalDate seen,
    Money base,
    Money signOnTotal,
    Money grant,
    Money fourYearTotal,
    Money change,
    Money gained) {

  /** The rows of one offer's versions, version 1 first. */
  public static List<HistoryRow> of(List<OfferVersion> versions) {
    List<HistoryRow> rows = new ArrayList<>(versions.size());
    OfferVersion first = null;
    OfferVersion previous = null;
    for (OfferVersion v : versions) {
      if (first == null || !first.offerId().equals(v.offerId())) {
        first = v;
        previous = v;
      }
      rows.add(
          new HistoryRow(
              v.offerId(),
              v.candidate(),
              v.version(),
              v.seen(),
              v.baseSalary(),
              v.signOnTotal(),
              v.grant(),
              v.fourYearTotal(),
              v.fourYearTotal().minus(previous.fourYearTotal()),
              v.fourYearTotal().minus(first.fourYearTotal())));
      previous = v;
    }
    return rows;
  }
}
