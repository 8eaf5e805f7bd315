package dev.offeranalyzer.rules;

/** How much a finding matters, most serious first (the natural order sorts red flags first). */
public enum Severity {
  RED_FLAG("Red flag"),
  WARNING("Warning"),
  OPPORTUNITY("Opportunity"),
  INFO("Info");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
