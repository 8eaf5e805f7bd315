package dev.offeranalyzer.market;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Market bands by company, level and location (SPEC section 5), parsed from the bands CSV text.
 * Pure: the caller reads the file or the built-in resource ({@link #BUILT_IN_RESOURCE}) and hands
 * over its text. Immutable and safe to share between threads.
 *
 * <p>The CSV has one header row naming {@code company, level, location, component, low, high} and
 * optionally {@code p10, p25, p50, p75, p90}, in any order and case. Values are plain: no quoted
 * commas. Amounts may carry a {@code $} and {@code ,}-free digits with up to two decimals; an empty
 * percentile cell means "not given". Blank lines and lines starting with {@code #} are skipped.
 */
public final class MarketData {

  /** Classpath location of the shipped 2024-2025 bands. */
  public static final String BUILT_IN_RESOURCE = "/dev/offeranalyzer/market/bands.csv";

  private static final List<String> REQUIRED =
      List.of("company", "level", "location", "component", "low", "high");
  private static final List<Integer> POINTS = List.of(10, 25, 50, 75, 90);
  private static final Pattern AMOUNT = Pattern.compile("\\$?\\s*\\d+(\\.\\d{1,2})?");

  private final Map<String, MarketBands> bands;
  private final Map<String, List<Money>> capsByLevel;
  private final String source;

  private MarketData(Map<String, MarketBands> bands, String source) {
    this.bands = Map.copyOf(bands);
    this.source = source;
    Map<String, List<Money>> caps = new HashMap<>();
    for (MarketBands b : bands.values()) {
      b.get(Component.BASE_CAP)
          .ifPresent(
              cap ->
                  caps.computeIfAbsent(levelKey(b.company(), b.level()), k -> new ArrayList<>())
                      .add(cap.high()));
    }
    this.capsByLevel = caps;
  }

  /** Data with no bands at all: every offer gets "no market data". */
  public static MarketData empty(String sourceDescription) {
    return new MarketData(Map.of(), sourceDescription);
  }

  /**
   * Parses bands CSV text.
   *
   * @param csvText the whole file, lines separated by {@code \n} or {@code \r\n}; a leading BOM is
   *     ignored
   * @param sourceDescription where the text came from, used in messages and shown in reports, e.g.
   *     {@code built-in 2024-2025 bands} or the file name
   * @throws IllegalArgumentException naming the source, the 1-based line and the column of the
   *     first problem
   */
  public static MarketData parse(String csvText, String sourceDescription) {
    Objects.requireNonNull(csvText, "csvText");
    return parse(List.of(csvText.split("\\r?\\n|\\r", -1)), sourceDescription);
  }

  /** Parses bands CSV lines; see {@link #parse(String, String)}. */
  public static MarketData parse(List<String> lines, String sourceDescription) {
    Objects.requireNonNull(sourceDescription, "sourceDescription");
    return new Parser(sourceDescription).parse(lines);
  }

  /** Where the bands came from, e.g. {@code built-in 2024-2025 bands}. */
  public String source() {
    return source;
  }

  /** Number of (company, level, location) entries. */
  public int size() {
    return bands.size();
  }

  /**
   * The bands of a company, level and location, matched case-insensitively after {@link
   * Levels#canonical} and {@link Locations#canonical}; empty when any is null or unknown.
   */
  public Optional<MarketBands> bands(String company, String level, String location) {
    if (company == null || level == null || location == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(bands.get(key(company, level, location)));
  }

  /** The bands for the offer's company, level and location. */
  public Optional<MarketBands> bandsFor(Offer offer) {
    return bands(offer.company(), offer.level(), offer.location());
  }

  /**
   * The base cap of a company's level: the {@code base_cap} row of that location, or, when the
   * location has none (or is not given), the one cap every location of that level agrees on. Empty
   * when no cap is known or the locations disagree.
   */
  public Optional<Money> baseCap(String company, String level, String location) {
    Optional<Money> exact =
        bands(company, level, location).flatMap(b -> b.get(Component.BASE_CAP)).map(Band::high);
    if (exact.isPresent() || company == null || level == null) {
      return exact;
    }
    List<Money> caps =
        capsByLevel.getOrDefault(levelKey(company, Levels.canonical(level)), List.of());
    if (caps.isEmpty() || caps.stream().distinct().count() != 1) {
      return Optional.empty();
    }
    return Optional.of(caps.get(0));
  }

  /** The base cap for the offer's company, level and location; see {@link #baseCap}. */
  public Optional<Money> baseCapFor(Offer offer) {
    return baseCap(offer.company(), offer.level(), offer.location());
  }

  /**
   * Compares an offer with its bands. Empty ("no market data") when the data has no entry for the
   * offer's company, level and location, or when the entry lacks a {@code base}, {@code equity_4yr}
   * or {@code signing} band: without all three there is no composite band and so no market
   * position.
   *
   * <p>Rows, in this order: base salary in the base band, the grant value G in the equity_4yr band,
   * the sign-on total in the signing band, the year 1 total in the total_year_1 band (when the data
   * has it), and the 4-year average in the composite band.
   */
  public Optional<MarketComparison> compare(Offer offer, Compensation compensation) {
    Optional<MarketBands> found = bandsFor(offer);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    MarketBands mb = found.get();
    Optional<Band> base = mb.get(Component.BASE);
    Optional<Band> equity = mb.get(Component.EQUITY_4YR);
    Optional<Band> signing = mb.get(Component.SIGNING);
    if (base.isEmpty() || equity.isEmpty() || signing.isEmpty()) {
      return Optional.empty();
    }
    List<ComponentComparison> rows = new ArrayList<>();
    rows.add(row(Component.BASE.label(), base.get(), offer.baseSalary()));
    rows.add(row(Component.EQUITY_4YR.label(), equity.get(), offer.grantValue()));
    rows.add(row(Component.SIGNING.label(), signing.get(), offer.signOnTotal()));
    mb.get(Component.TOTAL_YEAR_1)
        .ifPresent(
            b -> rows.add(row(Component.TOTAL_YEAR_1.label(), b, compensation.year(1).total())));
    Band composite = composite(base.get(), equity.get(), signing.get());
    ComponentComparison average = row(FOUR_YEAR_AVERAGE, composite, compensation.fourYearAverage());
    rows.add(average);
    return Optional.of(
        new MarketComparison(
            rows,
            composite,
            average.position(),
            mb.get(Component.BASE_CAP).map(Band::high).orElse(null),
            source + " (" + mb.describe() + ")"));
  }

  /** Label of the composite row of a {@link MarketComparison}. */
  public static final String FOUR_YEAR_AVERAGE = "4-year average";

  /**
   * The composite band of the 4-year average: {@code base + equity_4yr / 4 + signing / 4} for low,
   * high, and each percentile point all three bands give (others are left out).
   */
  public static Band composite(Band base, Band equity, Band signing) {
    Map<Integer, Money> points = new TreeMap<>();
    for (Map.Entry<Integer, Money> e : base.percentiles().entrySet()) {
      Money eq = equity.percentiles().get(e.getKey());
      Money si = signing.percentiles().get(e.getKey());
      if (eq != null && si != null) {
        points.put(e.getKey(), compose(e.getValue(), eq, si));
      }
    }
    return Band.of(
        compose(base.low(), equity.low(), signing.low()),
        compose(base.high(), equity.high(), signing.high()),
        points);
  }

  private static Money compose(Money base, Money equity, Money signing) {
    BigDecimal quarter = equity.amount().add(signing.amount()).divide(BigDecimal.valueOf(4));
    return Money.of(base.amount().add(quarter));
  }

  private static ComponentComparison row(String label, Band band, Money offered) {
    return new ComponentComparison(label, band, offered, band.position(offered));
  }

  private static String key(String company, String level, String location) {
    return levelKey(company, Levels.canonical(level)) + "|" + Locations.key(location);
  }

  private static String levelKey(String company, String canonicalLevel) {
    return company.trim().toLowerCase(Locale.ROOT) + "|" + canonicalLevel;
  }

  /** One pass over the lines; keeps the column positions of the header. */
  private static final class Parser {
    private final String source;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Map<String, Map<Component, Band>> found = new LinkedHashMap<>();
    private final Map<String, String[]> names = new HashMap<>();

    Parser(String source) {
      this.source = source;
    }

    MarketData parse(List<String> lines) {
      boolean header = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (i == 0 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.trim().startsWith("#")) {
          continue;
        }
        int lineNo = i + 1;
        if (!header) {
          header(line, lineNo);
          header = true;
        } else {
          row(line, lineNo);
        }
      }
      if (!header) {
        throw new IllegalArgumentException(
            source + ": no header row (expected " + expected() + ")");
      }
      Map<String, MarketBands> result = new HashMap<>();
      found.forEach(
          (k, v) -> {
            String[] n = names.get(k);
            result.put(k, new MarketBands(n[0], n[1], n[2], v));
          });
      return new MarketData(result, source);
    }

    private void header(String line, int lineNo) {
      String[] cells = split(line);
      for (int c = 0; c < cells.length; c++) {
        String name = cells[c].toLowerCase(Locale.ROOT);
        if (!REQUIRED.contains(name) && !isPointColumn(name)) {
          throw error(lineNo, "column " + (c + 1), "unknown column \"" + cells[c] + "\"");
        }
        if (columns.putIfAbsent(name, c) != null) {
          throw error(lineNo, "column " + (c + 1), "duplicate column \"" + cells[c] + "\"");
        }
      }
      List<String> missing = REQUIRED.stream().filter(r -> !columns.containsKey(r)).toList();
      if (!missing.isEmpty()) {
        throw error(lineNo, "header", "missing column(s) " + String.join(", ", missing));
      }
    }

    private void row(String line, int lineNo) {
      String[] cells = split(line);
      if (cells.length != columns.size()) {
        throw error(
            lineNo, "row", "has " + cells.length + " cells, the header has " + columns.size());
      }
      String company = text(cells, "company", lineNo);
      String level = Levels.canonical(text(cells, "level", lineNo));
      String location = Locations.canonical(text(cells, "location", lineNo));
      String componentText = text(cells, "component", lineNo);
      Component component =
          Component.fromCsvName(componentText)
              .orElseThrow(
                  () ->
                      error(
                          lineNo,
                          "component",
                          "\""
                              + componentText
                              + "\" is not a component (expected base, equity_4yr, signing,"
                              + " total_year_1 or base_cap)"));
      Money low = amount(cells, "low", lineNo, true);
      Money high = amount(cells, "high", lineNo, true);
      if (low.isGreaterThan(high)) {
        throw error(lineNo, "high", "\"" + cell(cells, "high") + "\" is below low " + low);
      }
      Map<Integer, Money> points = new TreeMap<>();
      Money previous = low;
      for (int p : POINTS) {
        String col = "p" + p;
        if (!columns.containsKey(col)) {
          continue;
        }
        Money v = amount(cells, col, lineNo, false);
        if (v == null) {
          continue;
        }
        if (v.isLessThan(previous) || v.isGreaterThan(high)) {
          throw error(
              lineNo,
              col,
              "\""
                  + cell(cells, col)
                  + "\" is out of order (percentile points must rise from low to high)");
        }
        previous = v;
        points.put(p, v);
      }
      if (component == Component.BASE_CAP && (low.compareTo(high) != 0 || !points.isEmpty())) {
        throw error(lineNo, "high", "a base_cap row needs low = high and no percentile points");
      }
      String key = key(company, level, location);
      names.putIfAbsent(key, new String[] {company, level, location});
      Map<Component, Band> byComponent =
          found.computeIfAbsent(key, k -> new EnumMap<>(Component.class));
      if (byComponent.containsKey(component)) {
        throw error(
            lineNo,
            "component",
            "duplicate "
                + component.csvName()
                + " band for "
                + company
                + " "
                + level
                + " "
                + location);
      }
      byComponent.put(component, Band.of(low, high, points));
    }

    private String text(String[] cells, String column, int lineNo) {
      String v = cell(cells, column);
      if (v.isEmpty()) {
        throw error(lineNo, column, "is empty");
      }
      return v;
    }

    private Money amount(String[] cells, String column, int lineNo, boolean required) {
      String raw = cell(cells, column);
      if (raw.isEmpty()) {
        if (required) {
          throw error(lineNo, column, "is empty");
        }
        return null;
      }
      if (!AMOUNT.matcher(raw).matches()) {
        throw error(lineNo, column, "\"" + raw + "\" is not an amount");
      }
      return Money.of(raw.replace("$", "").trim());
    }

    private String cell(String[] cells, String column) {
      return cells[columns.get(column)];
    }

    private IllegalArgumentException error(int lineNo, String column, String message) {
      return new IllegalArgumentException(
          source + " line " + lineNo + ", " + column + ": " + message);
    }

    private static boolean isPointColumn(String name) {
      return POINTS.stream().anyMatch(p -> name.equals("p" + p));
    }

    private static String expected() {
      return String.join(", ", REQUIRED) + " and optionally p10, p25, p50, p75, p90";
    }

    /** Splits on commas, trims, and drops one pair of surrounding double quotes. */
    private static String[] split(String line) {
      String[] cells = line.split(",", -1);
      for (int i = 0; i < cells.length; i++) {
        String c = cells[i].trim();
        if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
          c = c.substring(1, c.length() - 1).trim();
        }
        cells[i] = c;
      }
      return cells;
    }
  }
}
