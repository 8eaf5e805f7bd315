package dev.offeranalyzer.rules;

/**
 * How much a finding matters, most serious first (the natural order sorts red flags first); {@code
 * report.model.FindingWording} names them.
 */
public enum Severity {
  RED_FLAG,
  WARNING,
  OPPORTUNITY,
  INFO
}
