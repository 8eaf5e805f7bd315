package dev.offeranalyzer.report.model;

import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.TierPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks by approval tier (SPEC section 14), beside the full plan: the largest ask each lower tier
 * can approve, so the client can choose how hard to push. Empty when the full plan is already
 * within the recruiter's own approval.
 *
 * @param note how the tiers are built
 * @param rows the full plan first, then one row per lower tier
 */
public record TiersSection(String note, List<Row> rows) {

  public TiersSection {
    rows = List.copyOf(rows);
  }

  /** One tier's ask. */
  public record Row(
      String title,
      String base,
      String grant,
      String signOn,
      String proposedTotal,
      String askPercent,
      boolean full) {}

  static TiersSection build(Analysis a) {
    List<Row> rows = new ArrayList<>();
    if (a.tiers().size() < 2) {
      return new TiersSection("", rows);
    }
    for (TierPlan t : a.tiers()) {
      rows.add(
          new Row(
              title(t),
              Formats.money(t.baseTarget()),
              Formats.money(t.grantTarget()),
              Formats.money(t.signOnTarget()),
              Formats.money(t.proposedTotal()),
              Formats.percent(t.askPercent(), 2),
              t.isFull()));
    }
    return new TiersSection(
        "The full plan needs the approval of "
            + switch (a.plan().approval()) {
              case RECRUITER -> "the recruiter";
              case HIRING_MANAGER -> "a hiring manager";
              case DIRECTOR -> "a director";
              case VP -> "a VP or the compensation committee";
            }
            + ". Smaller asks a lower tier can approve alone: the plan's levers in order,"
            + " whole while they fit, the first that does not asked in part (rounded down to"
            + " $1,000), none after it.",
        rows);
  }

  static String title(TierPlan t) {
    if (t.isFull()) {
      return "Full plan";
    }
    return switch (t.within()) {
      case RECRUITER -> "Within the recruiter's own approval";
      case HIRING_MANAGER -> "Within a hiring manager's";
      case DIRECTOR -> "Within a director's";
      case VP -> throw new IllegalStateException("no VP tier");
    };
  }
}
