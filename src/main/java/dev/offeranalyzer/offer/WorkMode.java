package dev.offeranalyzer.offer;

/** Where the work happens, as the offer states it. */
public enum WorkMode {
  ONSITE,
  HYBRID,
  REMOTE
}
