package dev.offeranalyzer.offer;

import java.util.Locale;
import java.util.Optional;

/** What leaving early costs of a sign-on bonus (SPEC section 13). */
public enum SignOnTerms {
  /** Each year's sign-on is earned 1/12 a month; leaving repays the unearned part. */
  PRORATED,
  /** Leaving within 12 months of a payment repays all of it. */
  FULL,
  /** Nothing is repaid. */
  NONE;

  /** The input spelling, e.g. {@code prorated}. */
  public String inputName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code prorated}, {@code full} or {@code none} in any case. */
  public static Optional<SignOnTerms> parse(String text) {
    for (SignOnTerms t : values()) {
      if (t.inputName().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
