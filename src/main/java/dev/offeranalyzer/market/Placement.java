package dev.offeranalyzer.market;

/** Where a value lies relative to a band. */
public enum Placement {
  BELOW_BAND,
  IN_BAND,
  ABOVE_BAND
}
