package dev.offeranalyzer.market;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Job levels such as {@code L6} and {@code L7}: their canonical spelling and their order. */
public final class Levels {

  private static final Pattern NUMBERED =
      Pattern.compile("(?:l|level)?\\s*-?\\s*(\\d{1,2})", Pattern.CASE_INSENSITIVE);

  private Levels() {}

  /**
   * The canonical spelling of a level: {@code l6}, {@code L 6}, {@code Level 6} and {@code 6} give
   * {@code L6}. Anything else comes back trimmed and upper-cased. Null or blank gives null.
   */
  public static String canonical(String level) {
    if (level == null || level.isBlank()) {
      return null;
    }
    String t = level.trim();
    Matcher m = NUMBERED.matcher(t);
    if (m.matches()) {
      return "L" + Integer.parseInt(m.group(1));
    }
    return t.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** The number of a numbered level ({@code L7} gives 7), empty when the level is not numbered. */
  public static OptionalInt rank(String level) {
    String c = canonical(level);
    if (c == null || !c.matches("L\\d+")) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(c.substring(1)));
  }

  /**
   * Compares two levels by rank: negative when {@code a} is below {@code b}, zero when equal,
   * positive when above; empty when either is missing or not numbered.
   */
  public static Optional<Integer> compare(String a, String b) {
    OptionalInt ra = rank(a);
    OptionalInt rb = rank(b);
    if (ra.isEmpty() || rb.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Integer.compare(ra.getAsInt(), rb.getAsInt()));
  }

  /** True when both levels are numbered and {@code target} ranks above {@code level}. */
  public static boolean isAbove(String target, String level) {
    return compare(target, level).map(c -> c > 0).orElse(false);
  }
}
