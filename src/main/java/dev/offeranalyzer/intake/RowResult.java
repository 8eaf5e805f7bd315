package dev.offeranalyzer.intake;

import dev.offeranalyzer.offer.Offer;
import java.util.List;
import java.util.Objects;

/** What one input row turned into: an offer, a list of problems, or nothing (an empty row). */
public sealed interface RowResult {

  /** The row gave a valid offer. */
  record Mapped(Offer offer) implements RowResult {
    public Mapped {
      Objects.requireNonNull(offer, "offer");
    }
  }

  /** The row was rejected; every problem found in it, in column order (never empty). */
  record Rejected(List<Problem> problems) implements RowResult {
    public Rejected {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a rejected row needs at least one problem");
      }
    }
  }

  /** Every cell of the row was empty: skipped silently. */
  record Empty() implements RowResult {}
}
