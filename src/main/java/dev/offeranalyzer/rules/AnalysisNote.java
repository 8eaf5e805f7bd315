package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * A plain remark on an analysis, as data: what data was missing, which rules were skipped, how the
 * plan or the grant was figured. {@code report.model.NoteWording} words each one.
 */
public sealed interface AnalysisNote {

  /** The offer gives no level and/or no location, so no market data applies. */
  record NoLevelOrLocation(boolean noLevel, boolean noLocation) implements AnalysisNote {}

  /** The market data has no entry for the offer's company, level and location. */
  record NoMarketDataFor(String company, String level, String location, String source)
      implements AnalysisNote {}

  /**
   * The market entry lacks components, so there is no composite band.
   *
   * @param market the entry's company, level and location
   * @param missing the csv names of the missing components
   */
  record IncompleteBands(String market, List<String> missing) implements AnalysisNote {
    public IncompleteBands {
      missing = List.copyOf(missing);
    }
  }

  /** Rules skipped for lack of some market data. */
  record Skipped(MissingData reason, List<String> ruleIds) implements AnalysisNote {
    public Skipped {
      ruleIds = List.copyOf(ruleIds);
    }
  }

  /** The plan has no band and uses the fixed raises of {@link Thresholds} (percent numbers). */
  record FallbackRaises(BigDecimal base, BigDecimal grant, BigDecimal signOn)
      implements AnalysisNote {}

  /**
   * The tax tables do not cover the offer's state.
   *
   * @param covered the states they cover, possibly none
   */
  record StateNotCovered(String state, List<String> covered) implements AnalysisNote {
    public StateNotCovered {
      covered = List.copyOf(covered);
    }
  }

  /** The offer gives no state and its location (possibly null) has no default state. */
  record NoState(String location) implements AnalysisNote {}

  /** The grant was given in shares and is valued at the stock price. */
  record GrantInShares(BigDecimal shares, Money stockPrice, Money grantValue)
      implements AnalysisNote {}
}
