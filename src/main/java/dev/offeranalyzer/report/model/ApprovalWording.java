package dev.offeranalyzer.report.model;

import dev.offeranalyzer.rules.Approval;
import dev.offeranalyzer.rules.TierPlan;

/** The names of who approves an ask, as the report and the summary print them. */
public final class ApprovalWording {

  private ApprovalWording() {}

  /** {@code Recruiter}, {@code Hiring manager}, {@code Director} or {@code VP}. */
  public static String label(Approval a) {
    return switch (a) {
      case RECRUITER -> "Recruiter";
      case HIRING_MANAGER -> "Hiring manager";
      case DIRECTOR -> "Director";
      case VP -> "VP";
    };
  }

  /** {@code Full}, or the approver whose limit the tier's plan stays within. */
  public static String tier(TierPlan t) {
    return t.isFull() ? "Full" : label(t.within());
  }
}
