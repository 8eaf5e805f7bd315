package dev.offeranalyzer.report.model;

import static dev.offeranalyzer.offer.Formats.money;
import static dev.offeranalyzer.offer.Formats.moneyWithCents;
import static dev.offeranalyzer.offer.Formats.percent;
import static dev.offeranalyzer.offer.Formats.position;
import static dev.offeranalyzer.offer.Formats.quantity;
import static dev.offeranalyzer.offer.Formats.signedMoney;

import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.rules.Finding;
import dev.offeranalyzer.rules.FindingFacts;
import dev.offeranalyzer.rules.FindingFacts.BaseAboveCap;
import dev.offeranalyzer.rules.FindingFacts.BaseAtCap;
import dev.offeranalyzer.rules.FindingFacts.BelowMedian;
import dev.offeranalyzer.rules.FindingFacts.BelowWalkAway;
import dev.offeranalyzer.rules.FindingFacts.CliffYear3;
import dev.offeranalyzer.rules.FindingFacts.CloseCall;
import dev.offeranalyzer.rules.FindingFacts.CompetingOfferHigher;
import dev.offeranalyzer.rules.FindingFacts.LevelGap;
import dev.offeranalyzer.rules.FindingFacts.RsuBelowMedian;
import dev.offeranalyzer.rules.FindingFacts.RsuInShares;
import dev.offeranalyzer.rules.FindingFacts.ShortDeadline;
import dev.offeranalyzer.rules.FindingFacts.SignOnShort;
import dev.offeranalyzer.rules.FindingFacts.StartDateLeverage;
import dev.offeranalyzer.rules.FindingFacts.TaxDueAtFiling;
import dev.offeranalyzer.rules.FindingFacts.Year2Dip;
import dev.offeranalyzer.rules.Severity;
import dev.offeranalyzer.rules.StartDateLeverageRule;
import java.math.BigDecimal;

/**
 * The words of every finding: its title, the figures behind it and the advice, written from the
 * rule's typed facts. Used by the PDF, the summary's Findings sheet and the email texts.
 */
public final class FindingWording {

  private FindingWording() {}

  /** E.g. {@code Red flag}. */
  public static String severity(Severity s) {
    return switch (s) {
      case RED_FLAG -> "Red flag";
      case WARNING -> "Warning";
      case OPPORTUNITY -> "Opportunity";
      case INFO -> "Info";
    };
  }

  /** E.g. "Year 3 pays less than year 1". */
  public static String title(Finding f) {
    FindingFacts x = f.facts();
    if (x instanceof CliffYear3) {
      return "Year 3 pays less than year 1";
    } else if (x instanceof BelowWalkAway) {
      return "Below your walk-away number";
    } else if (x instanceof BelowMedian) {
      return "Below the market median";
    } else if (x instanceof RsuBelowMedian) {
      return "RSU grant below the market median";
    } else if (x instanceof BaseAtCap) {
      return "Base salary at the level's cap";
    } else if (x instanceof BaseAboveCap) {
      return "Base salary above the level's cap";
    } else if (x instanceof SignOnShort) {
      return "Sign-on does not cover what you leave behind";
    } else if (x instanceof RsuInShares) {
      return "RSU grant given in shares";
    } else if (x instanceof ShortDeadline) {
      return "Very short decision deadline";
    } else if (x instanceof StartDateLeverage s) {
      return "Start date: " + tier(s.tier()) + " leverage";
    } else if (x instanceof LevelGap) {
      return "Offered below your target level";
    } else if (x instanceof CompetingOfferHigher) {
      return "A competing offer pays more";
    } else if (x instanceof CloseCall c) {
      return "Close call with " + name(c);
    } else if (x instanceof Year2Dip) {
      return "Year 2 drops sharply";
    } else if (x instanceof TaxDueAtFiling) {
      return "Tax due at filing";
    }
    throw new IllegalArgumentException("unknown facts " + x);
  }

  /** The figures behind a finding, e.g. "Year 1 $312,000; year 3 $298,500 (−$13,500)". */
  public static String figures(Finding f) {
    FindingFacts x = f.facts();
    if (x instanceof CliffYear3 c) {
      return against("Year 1", c.year1(), "year 3", c.year3(), c.year3().minus(c.year1()), "");
    } else if (x instanceof BelowWalkAway b) {
      return against(
          "4-year average",
          b.average(),
          "walk-away",
          b.walkAway(),
          b.average().minus(b.walkAway()),
          " a year");
    } else if (x instanceof BelowMedian b) {
      return "Market position "
          + position(b.position())
          + " of 100: 4-year average "
          + money(b.average())
          + inBand(b.band());
    } else if (x instanceof RsuBelowMedian r) {
      return "Grant "
          + money(r.grant())
          + " at position "
          + position(r.position())
          + inBand(r.band());
    } else if (x instanceof BaseAtCap b) {
      return "Base " + money(b.base()) + "; cap " + money(b.cap());
    } else if (x instanceof BaseAboveCap b) {
      return against("Base", b.base(), "cap", b.cap(), b.base().minus(b.cap()), "");
    } else if (x instanceof SignOnShort s) {
      return "Unvested equity "
          + money(s.unvestedEquity())
          + " + forfeited bonus "
          + money(s.forfeitedBonus())
          + " = "
          + money(s.forfeited())
          + "; sign-on "
          + money(s.signOn())
          + " ("
          + signedMoney(s.signOn().minus(s.forfeited()))
          + ")";
    } else if (x instanceof RsuInShares r) {
      return quantity(r.shares())
          + " shares at "
          + moneyWithCents(r.stockPrice())
          + " = "
          + money(r.grantValue());
    } else if (x instanceof ShortDeadline s) {
      return days(s.days())
          + " from the offer ("
          + Formats.date(s.offerDate())
          + ") to the deadline ("
          + Formats.date(s.deadline())
          + ")";
    } else if (x instanceof StartDateLeverage s) {
      return "Start "
          + days(s.days())
          + " after the offer ("
          + Formats.date(s.offerDate())
          + " to "
          + Formats.date(s.startDate())
          + ")";
    } else if (x instanceof LevelGap g) {
      return "Offered " + g.offered() + "; target " + g.target();
    } else if (x instanceof CompetingOfferHigher c) {
      return c.company()
          + " (offer "
          + c.offerId()
          + "): 4-year average "
          + money(c.theirs())
          + " against "
          + money(c.own())
          + " here ("
          + signedMoney(c.theirs().minus(c.own()))
          + ")"
          + (c.othersHigher() == 0
              ? ""
              : "; "
                  + c.othersHigher()
                  + (c.othersHigher() == 1 ? " other offer" : " other offers")
                  + " also higher");
    } else if (x instanceof CloseCall c) {
      return closeCallFigures(c);
    } else if (x instanceof Year2Dip y) {
      return against(
          "Year 1",
          y.year1(),
          "year 2",
          y.year2(),
          y.year2().minus(y.year1()),
          ", " + percent(y.dropPercent().negate()));
    } else if (x instanceof TaxDueAtFiling t) {
      return "Estimated due at filing: "
          + String.join(
              "; ", t.years().stream().map(y -> "year " + y.year() + " " + money(y.due())).toList())
          + " (above "
          + money(t.limit())
          + ")";
    }
    throw new IllegalArgumentException("unknown facts " + x);
  }

  /** What to do about a finding, one or two sentences. */
  public static String advice(Finding f) {
    FindingFacts x = f.facts();
    if (x instanceof CliffYear3) {
      return "The sign-on that lifts years 1 and 2 is gone by year 3 and the RSUs do not make up for"
          + " it. Ask to move part of the sign-on into a larger RSU grant, or plan your budget"
          + " for the lower year now.";
    } else if (x instanceof BelowWalkAway) {
      return "As it stands this offer misses your own minimum. Counter with the plan below and be"
          + " ready to decline if the gap does not close.";
    } else if (x instanceof BelowMedian b) {
      return "There is room to negotiate. Aim for the "
          + b.targetPercentile()
          + "th percentile, a 4-year average near "
          + money(b.band().percentile(b.targetPercentile()))
          + ", and back each ask with the band figures.";
    } else if (x instanceof RsuBelowMedian r) {
      return "The grant moves the 4-year total more than any other lever. Ask in dollars for a grant"
          + " near the "
          + r.targetPercentile()
          + "th percentile, "
          + money(r.band().percentile(r.targetPercentile()))
          + ", citing your long-term commitment and competing equity.";
    } else if (x instanceof BaseAtCap) {
      return "Base pay rarely moves past the cap. Put the ask into the sign-on bonus and the RSU"
          + " grant instead.";
    } else if (x instanceof BaseAboveCap) {
      return "Confirm the figure and the level with the recruiter in writing: a base above the cap"
          + " may be a typo, or the offer may be for a different level.";
    } else if (x instanceof SignOnShort s) {
      return "Sign-on is the most flexible lever. Name the equity and bonus you give up, and when"
          + " they would have paid out, and ask for a sign-on of at least "
          + money(s.forfeited())
          + " to make you whole.";
    } else if (x instanceof RsuInShares) {
      return "Negotiate the grant as a dollar amount, not a share count: the dollar value is what"
          + " the company budgets, and a share count hides price moves.";
    } else if (x instanceof ShortDeadline s) {
      return "Ask for more time. Taking at least "
          + s.normalDays() * 24
          + " hours to review is a normal request, and a rushed yes is hard to improve later.";
    } else if (x instanceof StartDateLeverage s) {
      return tierAdvice(s.tier());
    } else if (x instanceof LevelGap g) {
      return "Ask for the level to be reassessed, or for a split-level interview. Failing that, get"
          + " a written path to "
          + g.target()
          + " within 12 months with clear milestones, or a 6-month review with a retroactive"
          + " adjustment.";
    } else if (x instanceof CompetingOfferHigher) {
      return "Use the competing figures, in writing where you have them, and ask this company to"
          + " close the gap. Compare 4-year averages, not year-1 numbers.";
    } else if (x instanceof CloseCall c) {
      return closeCallAdvice(c);
    } else if (x instanceof Year2Dip) {
      return "Ask to spread the sign-on more evenly over the two years, or for more year-2 sign-on,"
          + " so the second year does not fall away.";
    } else if (x instanceof TaxDueAtFiling) {
      return "Payroll withholds sign-on, bonus and vesting stock at a flat supplemental rate, below"
          + " the marginal rate on this pay. Put part of each vest and sign-on aside, or hand"
          + " in a new W-4 asking for extra withholding.";
    }
    throw new IllegalArgumentException("unknown facts " + x);
  }

  /** The start-date leverage tier's name, e.g. {@code strong}. */
  public static String tier(StartDateLeverageRule.Tier t) {
    return switch (t) {
      case WEAKEST -> "weakest";
      case STANDARD -> "standard";
      case SOME -> "some";
      case STRONG -> "strong";
      case MAXIMUM -> "maximum";
    };
  }

  /** What a start-date leverage tier means for the negotiation. */
  public static String tierAdvice(StartDateLeverageRule.Tier t) {
    return switch (t) {
      case WEAKEST -> "An immediate start gives the least room; a later start is itself a lever.";
      case STANDARD -> "Two to four weeks is the normal notice and adds little leverage.";
      case SOME -> "A month or so shows you are in demand and leaves room to ask.";
      case STRONG ->
          "Six weeks or more is a strong position: tie the later date to finishing"
              + " current commitments and use the time to revisit the package.";
      case MAXIMUM ->
          "Three months or more gives the most leverage; the company is investing in"
              + " waiting for you.";
    };
  }

  /** E.g. "Year 1 $312,000; year 3 $298,500 (−$13,500)", {@code after} inside the brackets. */
  private static String against(
      String first, Money a, String second, Money b, Money delta, String after) {
    return first
        + " "
        + money(a)
        + "; "
        + second
        + " "
        + money(b)
        + " ("
        + signedMoney(delta)
        + after
        + ")";
  }

  private static String inBand(dev.offeranalyzer.market.Band band) {
    return " in a band of "
        + money(band.low())
        + " to "
        + money(band.high())
        + " (median "
        + money(band.percentile(50))
        + ")";
  }

  private static String days(long days) {
    return days + (days == 1 ? " day" : " days");
  }

  private static String name(CloseCall c) {
    return c.company() + " (offer " + c.offerId() + ")";
  }

  private static String closeCallFigures(CloseCall c) {
    String name = name(c);
    StringBuilder figures =
        new StringBuilder(
            "4-year average "
                + money(c.mine())
                + " here against "
                + money(c.theirs())
                + " for "
                + name
                + ", "
                + percent(c.gapPercent())
                + " apart");
    for (Percent g : c.flips()) {
      figures
          .append("; at ")
          .append(signed(g.value()))
          .append(" a year ")
          .append(c.thisAhead() ? name + " pays more" : "this offer pays more");
    }
    return figures.toString();
  }

  private static String closeCallAdvice(CloseCall c) {
    String name = name(c);
    if (c.crossing() != null) {
      String lower = c.selfAheadBelow() ? "this offer" : name;
      String upper = c.selfAheadBelow() ? name : "this offer";
      return "The order flips with the share price: below about "
          + signed(c.crossing())
          + " a year of share-price change (for both), "
          + lower
          + " pays more; above it, "
          + upper
          + " does. Weigh how sure you are of each stock, not only the headline totals.";
    }
    Money gap = c.mine().minus(c.theirs()).times(BigDecimal.valueOf(4));
    if (gap.isZero()) {
      return "The two pay the same over four years: any raise on either side decides it, so"
          + " negotiate both before choosing.";
    }
    return "The order flips with "
        + money(Money.of(gap.amount().abs()))
        + " more over four years for "
        + (c.thisAhead() ? name : "this offer")
        + ": a small raise on either side decides it, so negotiate both before choosing.";
  }

  private static String signed(BigDecimal p) {
    return (p.signum() > 0 ? "+" : "") + percent(p);
  }
}
