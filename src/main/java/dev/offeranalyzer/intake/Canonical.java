package dev.offeranalyzer.intake;

import dev.offeranalyzer.market.Levels;
import dev.offeranalyzer.market.Locations;

/**
 * Canonical spellings of locations and levels, so that market data matches ({@code SF} and {@code
 * San Francisco} are the {@code Bay Area} band). The tables are the market package's, so the bands
 * and the intake can never disagree.
 */
final class Canonical {

  private Canonical() {}

  /** Known aliases to their canonical name; any other place as given, trimmed. */
  static String location(String raw) {
    return Locations.canonical(Texts.clean(raw));
  }

  /** {@code l6} and {@code L 6} become {@code L6}; anything else trimmed and upper-cased. */
  static String level(String raw) {
    return Levels.canonical(Texts.clean(raw));
  }
}
