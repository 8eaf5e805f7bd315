package dev.offeranalyzer.report.model;

import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.AnalysisNote;
import dev.offeranalyzer.rules.AnalysisNote.FallbackRaises;
import dev.offeranalyzer.rules.AnalysisNote.GrantInShares;
import dev.offeranalyzer.rules.AnalysisNote.IncompleteBands;
import dev.offeranalyzer.rules.AnalysisNote.NoLevelOrLocation;
import dev.offeranalyzer.rules.AnalysisNote.NoMarketDataFor;
import dev.offeranalyzer.rules.AnalysisNote.NoState;
import dev.offeranalyzer.rules.AnalysisNote.Skipped;
import dev.offeranalyzer.rules.AnalysisNote.StateNotCovered;
import dev.offeranalyzer.rules.MissingData;
import java.util.List;

/** The sentences of an analysis' notes, as the report prints them. */
public final class NoteWording {

  private NoteWording() {}

  /** Every note of {@code a}, worded, in order. */
  public static List<String> all(Analysis a) {
    return a.notes().stream().map(NoteWording::text).toList();
  }

  /** Whether the note explains why there is no take-home estimate. */
  public static boolean isNoTaxEstimate(AnalysisNote n) {
    return n instanceof StateNotCovered || n instanceof NoState;
  }

  /** E.g. {@code no market band}. */
  public static String reason(MissingData m) {
    return switch (m) {
      case MARKET_BAND -> "no market band";
      case BASE_CAP -> "no base cap";
    };
  }

  /** One note as a sentence. */
  public static String text(AnalysisNote n) {
    if (n instanceof NoLevelOrLocation x) {
      return "No market data: the offer gives no "
          + (x.noLevel() && x.noLocation()
              ? "level or location"
              : x.noLevel() ? "level" : "location")
          + ".";
    } else if (n instanceof NoMarketDataFor x) {
      return "No market data for "
          + x.company()
          + " "
          + x.level()
          + " "
          + x.location()
          + " in "
          + x.source()
          + ".";
    } else if (n instanceof IncompleteBands x) {
      return "The market data for "
          + x.market()
          + " lacks "
          + String.join(", ", x.missing())
          + ": no composite band, so no market position.";
    } else if (n instanceof Skipped x) {
      return "Skipped for " + reason(x.reason()) + ": " + String.join(", ", x.ruleIds()) + ".";
    } else if (n instanceof FallbackRaises x) {
      return "Counter-offer targets without a band use fixed raises: base +"
          + Formats.percent(x.base())
          + ", grant +"
          + Formats.percent(x.grant())
          + ", sign-on +"
          + Formats.percent(x.signOn())
          + " (or what you forfeit, if larger).";
    } else if (n instanceof StateNotCovered x) {
      String covered = String.join(", ", x.covered());
      return "No tax estimate: the tax tables do not cover "
          + x.state()
          + (covered.isEmpty() ? "." : " (they cover " + covered + ").");
    } else if (n instanceof NoState x) {
      return "No tax estimate: the offer gives no state"
          + (x.location() == null ? "" : " and " + x.location() + " has no default state")
          + ".";
    } else if (n instanceof GrantInShares x) {
      return "The grant is valued at "
          + Formats.quantity(x.shares())
          + " shares x "
          + Formats.moneyWithCents(x.stockPrice())
          + " = "
          + Formats.money(x.grantValue())
          + " at grant.";
    }
    throw new IllegalArgumentException("unknown note " + n);
  }
}
