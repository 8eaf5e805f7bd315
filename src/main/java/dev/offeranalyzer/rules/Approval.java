package dev.offeranalyzer.rules;

/**
 * Who must approve a counter-offer ask (SPEC section 7); {@code report.model.ApprovalWording} names
 * them.
 */
public enum Approval {
  RECRUITER,
  HIRING_MANAGER,
  DIRECTOR,
  VP
}
