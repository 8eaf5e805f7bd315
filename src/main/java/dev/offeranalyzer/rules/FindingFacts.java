package dev.offeranalyzer.rules;

import dev.offeranalyzer.market.Band;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Percent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The typed figures behind one finding, one record per rule. The rules only compute these; every
 * sentence about them is written in {@code report.model.FindingWording}.
 */
public sealed interface FindingFacts {

  /** CLIFF_Y3: year 3 pays less than year 1. */
  record CliffYear3(Money year1, Money year3) implements FindingFacts {}

  /** BELOW_WALK_AWAY: the 4-year average is below the walk-away number. */
  record BelowWalkAway(Money average, Money walkAway) implements FindingFacts {}

  /**
   * BELOW_MEDIAN: the market position is below the median.
   *
   * @param band the composite (4-year average) band
   * @param targetPercentile the percentile the plan aims for ({@link Thresholds#targetPercentile})
   */
  record BelowMedian(BigDecimal position, Money average, Band band, int targetPercentile)
      implements FindingFacts {}

  /** RSU_BELOW_MEDIAN: the grant sits below the median of the equity_4yr band. */
  record RsuBelowMedian(Money grant, BigDecimal position, Band band, int targetPercentile)
      implements FindingFacts {}

  /** BASE_AT_CAP: base at or above the level's cap. */
  record BaseAtCap(Money base, Money cap) implements FindingFacts {}

  /** BASE_ABOVE_CAP: base above the level's cap. */
  record BaseAboveCap(Money base, Money cap) implements FindingFacts {}

  /**
   * SIGN_ON_SHORT: the sign-on does not cover what the candidate forfeits.
   *
   * @param unvestedEquity zero when not given
   * @param forfeitedBonus zero when not given
   */
  record SignOnShort(Money unvestedEquity, Money forfeitedBonus, Money forfeited, Money signOn)
      implements FindingFacts {}

  /** RSU_IN_SHARES: the grant was given as a share count. */
  record RsuInShares(BigDecimal shares, Money stockPrice, Money grantValue)
      implements FindingFacts {}

  /**
   * SHORT_DEADLINE: too few days to decide.
   *
   * @param normalDays the review time that counts as normal ({@link Thresholds#shortDeadlineDays})
   */
  record ShortDeadline(long days, LocalDate offerDate, LocalDate deadline, int normalDays)
      implements FindingFacts {}

  /** START_DATE_LEVERAGE: the gap between offer and start, and its tier. */
  record StartDateLeverage(
      long days, LocalDate offerDate, LocalDate startDate, StartDateLeverageRule.Tier tier)
      implements FindingFacts {}

  /** LEVEL_GAP: offered below the target level (both canonical). */
  record LevelGap(String offered, String target) implements FindingFacts {}

  /**
   * COMPETING_OFFER_HIGHER: the highest-paying other offer.
   *
   * @param othersHigher how many further offers also pay more
   */
  record CompetingOfferHigher(
      String company, String offerId, Money theirs, Money own, int othersHigher)
      implements FindingFacts {}

  /**
   * CLOSE_CALL: this offer and another are too close to call.
   *
   * @param gapPercent how far apart the averages are, in percent
   * @param flips the scenario growths under which the order changes
   * @param thisAhead true when this offer pays more
   * @param crossing the yearly share-price change at which the totals meet, or null
   * @param selfAheadBelow true when this offer pays more below {@code crossing}
   */
  record CloseCall(
      String company,
      String offerId,
      Money mine,
      Money theirs,
      BigDecimal gapPercent,
      List<Percent> flips,
      boolean thisAhead,
      BigDecimal crossing,
      boolean selfAheadBelow)
      implements FindingFacts {
    public CloseCall {
      flips = List.copyOf(flips);
    }
  }

  /**
   * YEAR2_DIP: year 2 drops sharply.
   *
   * @param dropPercent how much lower year 2 is, in percent of year 1 (positive)
   */
  record Year2Dip(Money year1, Money year2, BigDecimal dropPercent) implements FindingFacts {}

  /**
   * TAX_DUE_AT_FILING: the years whose due at filing exceeds the limit.
   *
   * @param limit {@link Thresholds#taxDueAtFilingLimit}
   */
  record TaxDueAtFiling(List<YearDue> years, Money limit) implements FindingFacts {
    public TaxDueAtFiling {
      years = List.copyOf(years);
    }
  }

  /** One year's tax due at filing. */
  record YearDue(int year, Money due) {}
}
