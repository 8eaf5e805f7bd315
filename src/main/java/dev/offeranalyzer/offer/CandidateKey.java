package dev.offeranalyzer.offer;

import java.util.Locale;

/**
 * The one key that groups a candidate's offers everywhere (the analyzer's competing offers, the
 * batch's groups, the state store, the Overview chart): the name trimmed, inner runs of white space
 * collapsed to one space, lower case. "Jane Doe", " jane doe" and "JANE DOE" are one candidate.
 */
public final class CandidateKey {

  private CandidateKey() {}

  /** The key of {@code candidate}; never null (a null name gives the empty key). */
  public static String of(String candidate) {
    if (candidate == null) {
      return "";
    }
    return candidate.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
