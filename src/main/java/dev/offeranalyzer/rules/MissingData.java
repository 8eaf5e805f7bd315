package dev.offeranalyzer.rules;

/** What market data a rule lacks when it cannot judge an offer. */
public enum MissingData {
  MARKET_BAND,
  BASE_CAP
}
