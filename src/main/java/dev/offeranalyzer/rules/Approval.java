package dev.offeranalyzer.rules;

/** Who must approve a counter-offer ask (SPEC section 7), with its label in the summary. */
public enum Approval {
  RECRUITER("Recruiter"),
  HIRING_MANAGER("Hiring manager"),
  DIRECTOR("Director"),
  VP("VP");

  private final String label;

  Approval(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
