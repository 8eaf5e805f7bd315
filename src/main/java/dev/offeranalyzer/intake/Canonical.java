package dev.offeranalyzer.intake;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Canonical spellings of locations and levels, so that market data matches ({@code SF} and {@code
 * San Francisco} are the {@code Bay Area} band). Kept in one small class so it can be replaced by
 * the market package's own tables without touching the mapper.
 */
final class Canonical {

  private static final Map<String, String> LOCATIONS =
      Map.ofEntries(
          Map.entry("sf", "Bay Area"),
          Map.entry("san francisco", "Bay Area"),
          Map.entry("bay area", "Bay Area"),
          Map.entry("new york", "NYC"),
          Map.entry("new york city", "NYC"),
          Map.entry("nyc", "NYC"),
          Map.entry("seattle", "Seattle"),
          Map.entry("austin", "Austin"));

  private static final Pattern L_LEVEL = Pattern.compile("[lL]\\s*(\\d{1,2})");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Canonical() {}

  /** Known aliases to their canonical name; any other place as given, trimmed. */
  static String location(String raw) {
    String t = SPACES.matcher(Texts.clean(raw)).replaceAll(" ");
    return LOCATIONS.getOrDefault(t.toLowerCase(Locale.ROOT), t);
  }

  /** {@code l6} and {@code L 6} become {@code L6}; anything else as given, trimmed. */
  static String level(String raw) {
    String t = Texts.clean(raw);
    var m = L_LEVEL.matcher(t);
    return m.matches() ? "L" + m.group(1) : t;
  }
}
