package dev.offeranalyzer.intake;

import dev.offeranalyzer.market.Levels;
import dev.offeranalyzer.market.Locations;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical spellings of companies, locations and levels as coaches write them, so that vesting
 * defaults and market data match (SPEC section 2): {@code AWS} and {@code Amazon.com, Inc.} are
 * Amazon, {@code Seattle, WA} is Seattle, {@code SDE III} is L6. The location and level tables are
 * the market package's, so the bands and the intake can never disagree.
 */
final class Canonical {

  /** The Amazon entities' names, with any legal suffix after them. */
  private static final Pattern AMAZON =
      Pattern.compile(
          "(?i)(aws|amazon|amazon\\.com|amazon web services|amazon\\.com services)"
              + "([ ,]+(inc|llc|ltd|corp|corporation|co|services|gmbh|sarl|s\\.a\\.r\\.l)\\.?)*");

  /** The cities the market data knows, as {@link Locations#canonical} spells them. */
  private static final Set<String> KNOWN_CITIES = Set.of("Seattle", "Bay Area", "NYC", "Austin");

  /** A level written first, before its title: {@code L6 (SDE III)}, {@code L6 - SDE III}. */
  private static final Pattern LEADING_LEVEL = Pattern.compile("(?i)(l\\s*\\d{1,2})\\s*[-(/:,].*");

  /** Amazon's software engineer titles and their level (playbook: SDE III = L6, Principal = L7). */
  private static final Map<String, String> TITLES =
      Map.ofEntries(
          Map.entry("sde i", "L4"),
          Map.entry("sde 1", "L4"),
          Map.entry("sde ii", "L5"),
          Map.entry("sde 2", "L5"),
          Map.entry("sde iii", "L6"),
          Map.entry("sde 3", "L6"),
          Map.entry("senior sde", "L6"),
          Map.entry("sr sde", "L6"),
          Map.entry("sr. sde", "L6"),
          Map.entry("senior software development engineer", "L6"),
          Map.entry("software development engineer iii", "L6"),
          Map.entry("principal sde", "L7"),
          Map.entry("principal software development engineer", "L7"),
          Map.entry("principal engineer", "L7"));

  private Canonical() {}

  /** {@code AWS}, {@code Amazon Web Services}, {@code Amazon.com, Inc.} give {@code Amazon}. */
  static String company(String raw) {
    String t = Texts.clean(raw);
    return AMAZON.matcher(t).matches() ? "Amazon" : t;
  }

  /**
   * Known aliases to their canonical name; a known city followed by a state or country after a
   * comma ({@code Seattle, WA}, {@code New York, NY, USA}) is that city; any other place as given,
   * trimmed.
   */
  static String location(String raw) {
    String t = Texts.clean(raw);
    String whole = Locations.canonical(t);
    if (whole == null || KNOWN_CITIES.contains(whole)) {
      return whole;
    }
    int comma = t.indexOf(',');
    if (comma > 0) {
      String city = Locations.canonical(t.substring(0, comma));
      if (city != null && KNOWN_CITIES.contains(city)) {
        return city;
      }
    }
    return whole;
  }

  /**
   * {@code l6} and {@code L 6} become {@code L6}; Amazon titles ({@code SDE III}, {@code Senior
   * SDE}, {@code L6 (SDE III)}, {@code Principal SDE}) become their level; anything else trimmed
   * and upper-cased.
   */
  static String level(String raw) {
    String t = Texts.clean(raw);
    Matcher leading = LEADING_LEVEL.matcher(t);
    if (leading.matches()) {
      return Levels.canonical(leading.group(1));
    }
    String title = TITLES.get(t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    return title != null ? title : Levels.canonical(t);
  }
}
