package dev.offeranalyzer.tax;

import dev.offeranalyzer.offer.FilingStatus;
import dev.offeranalyzer.offer.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every figure the tax estimate uses (SPEC section 12), read from a CSV whose rows each carry their
 * tax year and source. Immutable and thread-safe once parsed; pure (the caller reads the file).
 *
 * <p>Columns: {@code kind, jurisdiction, status, item, threshold, rate, amount, tax_year, source}.
 * {@code status} is {@code single}, {@code married} or empty (both). Rates are percent numbers
 * ({@code 6.2} is 6.2%). Kinds:
 *
 * <ul>
 *   <li>{@code state}: declares a state the tables cover (TX needs nothing else);
 *   <li>{@code location}: {@code item} is a location whose default state is {@code jurisdiction};
 *   <li>{@code city}: {@code item} is a location whose resident tax is that of {@code jurisdiction}
 *       (e.g. NYC), on the state's taxable income;
 *   <li>{@code bracket}: the rate that applies from {@code threshold} of taxable income up to the
 *       next bracket's threshold (jurisdiction {@code US}, a state or a city);
 *   <li>{@code standard_deduction}: {@code amount};
 *   <li>{@code surtax}: {@code rate} of taxable income above {@code threshold} (CA's 1%);
 *   <li>{@code social_security}: {@code rate} of wages up to {@code threshold};
 *   <li>{@code medicare}: {@code rate} of wages above {@code threshold} (0 for the base rate, the
 *       filing status's threshold for the additional rate);
 *   <li>{@code program}: a payroll program named {@code item}: {@code rate} of wages up to {@code
 *       threshold} (empty: no cap), at most {@code amount} a year (empty: no maximum);
 *   <li>{@code supplemental}: withholding rate on supplemental wages from {@code threshold} on;
 *   <li>{@code recapture}: New York's tax-benefit recapture: for taxable income from {@code
 *       threshold}, the benefit is phased out as adjusted gross income rises from {@code amount};
 *   <li>{@code recapture_phase}: the width of adjusted gross income over which a recapture tier
 *       phases in ({@code amount}).
 * </ul>
 */
public final class TaxTables {

  static final List<String> COLUMNS =
      List.of(
          "kind",
          "jurisdiction",
          "status",
          "item",
          "threshold",
          "rate",
          "amount",
          "tax_year",
          "source");
  private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern CODE = Pattern.compile("[A-Z]{2,5}");

  /** Where the shipped tables live on the class path. */
  public static final String BUILT_IN_RESOURCE = "/dev/offeranalyzer/tax/tax-tables.csv";

  /** A rate (a fraction: 0.22 is 22%) that applies from a threshold on. */
  public record Step(Money from, BigDecimal rate) {}

  /** A payroll program: rate of wages up to an optional cap, at most an optional yearly amount. */
  record Program(String name, BigDecimal rate, Money wageCap, Money maximum) {}

  /**
   * A New York recapture tier: taxable income from {@code from}, phased in from {@code agiStart}.
   */
  record RecaptureTier(Money from, Money agiStart) {}

  private final String source;
  private final Set<String> states;
  private final Map<String, String> locationStates;
  private final Map<String, String> locationCities;
  private final Map<String, Map<FilingStatus, List<Step>>> brackets;
  private final Map<String, Map<FilingStatus, Money>> deductions;
  private final Map<String, Map<FilingStatus, List<Step>>> surtaxes;
  private final Map<FilingStatus, List<Step>> socialSecurity;
  private final Map<FilingStatus, List<Step>> medicare;
  private final Map<String, List<Program>> programs;
  private final Map<String, List<Step>> supplemental;
  private final Map<String, Map<FilingStatus, List<RecaptureTier>>> recapture;
  private final Map<String, Money> recapturePhase;
  private final List<String> years;
  private final List<String> sources;

  private TaxTables(Parser p) {
    this.source = p.source;
    this.states = Set.copyOf(p.states);
    this.locationStates = Map.copyOf(p.locationStates);
    this.locationCities = Map.copyOf(p.locationCities);
    this.brackets = sorted(p.brackets);
    this.deductions = p.deductions;
    this.surtaxes = sorted(p.surtaxes);
    this.socialSecurity = sortedSteps(p.socialSecurity);
    this.medicare = sortedSteps(p.medicare);
    this.programs = p.programs;
    Map<String, List<Step>> supp = new HashMap<>();
    p.supplemental.forEach((k, v) -> supp.put(k, sortSteps(v)));
    this.supplemental = supp;
    this.recapture = p.recapture;
    this.recapturePhase = p.recapturePhase;
    this.years = List.copyOf(p.years);
    this.sources = List.copyOf(p.sources);
  }

  /** Tables without any figure: every offer gets "no tax estimate". */
  public static TaxTables empty(String sourceDescription) {
    return new Parser(sourceDescription).build();
  }

  /**
   * Parses the CSV text of a tax table.
   *
   * @throws IllegalArgumentException naming the source, the 1-based line and the column, when the
   *     table cannot be used
   */
  public static TaxTables parse(String csvText, String sourceDescription) {
    return parse(csvText.lines().toList(), sourceDescription);
  }

  /** As {@link #parse(String, String)}, from lines. */
  public static TaxTables parse(List<String> lines, String sourceDescription) {
    Parser p = new Parser(sourceDescription);
    p.parse(lines);
    return p.build();
  }

  /** Describes where the tables came from, e.g. "built-in 2026 tax tables". */
  public String source() {
    return source;
  }

  /** The tax years the rows name, in first-seen order, e.g. [2026, 2025]. */
  public List<String> taxYears() {
    return years;
  }

  /** The distinct sources the rows cite, in first-seen order. */
  public List<String> sources() {
    return sources;
  }

  /** The states the tables cover, sorted. */
  public List<String> states() {
    return states.stream().sorted().toList();
  }

  public boolean covers(String state) {
    return states.contains(state);
  }

  /** The default state of a location, if the tables name one. */
  public Optional<String> stateOf(String location) {
    return location == null
        ? Optional.empty()
        : Optional.ofNullable(locationStates.get(key(location)));
  }

  /** The city whose resident tax applies at a location, if any. */
  public Optional<String> cityOf(String location) {
    return location == null
        ? Optional.empty()
        : Optional.ofNullable(locationCities.get(key(location)));
  }

  List<Step> brackets(String jurisdiction, FilingStatus s) {
    return brackets.getOrDefault(jurisdiction, Map.of()).getOrDefault(s, List.of());
  }

  Money deduction(String jurisdiction, FilingStatus s) {
    return deductions.getOrDefault(jurisdiction, Map.of()).getOrDefault(s, Money.ZERO);
  }

  List<Step> surtaxes(String jurisdiction, FilingStatus s) {
    return surtaxes.getOrDefault(jurisdiction, Map.of()).getOrDefault(s, List.of());
  }

  List<Step> socialSecurity(FilingStatus s) {
    return socialSecurity.getOrDefault(s, List.of());
  }

  List<Step> medicare(FilingStatus s) {
    return medicare.getOrDefault(s, List.of());
  }

  List<Program> programs(String state) {
    return programs.getOrDefault(state, List.of());
  }

  /** The names of a state's payroll programs, in table order (e.g. SDI). */
  public List<String> programNames(String state) {
    return programs(state).stream().map(Program::name).toList();
  }

  /** The supplemental withholding rates of a jurisdiction (US, a state or a city), from 0 up. */
  public List<Step> supplemental(String jurisdiction) {
    return supplemental.getOrDefault(jurisdiction, List.of());
  }

  List<RecaptureTier> recapture(String jurisdiction, FilingStatus s) {
    return recapture.getOrDefault(jurisdiction, Map.of()).getOrDefault(s, List.of());
  }

  Money recapturePhase(String jurisdiction) {
    return recapturePhase.get(jurisdiction);
  }

  private static String key(String location) {
    return location.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static Map<String, Map<FilingStatus, List<Step>>> sorted(
      Map<String, Map<FilingStatus, List<Step>>> in) {
    Map<String, Map<FilingStatus, List<Step>>> out = new HashMap<>();
    in.forEach((k, v) -> out.put(k, sortedSteps(v)));
    return out;
  }

  private static Map<FilingStatus, List<Step>> sortedSteps(Map<FilingStatus, List<Step>> in) {
    Map<FilingStatus, List<Step>> out = new EnumMap<>(FilingStatus.class);
    in.forEach((s, steps) -> out.put(s, sortSteps(steps)));
    return out;
  }

  private static List<Step> sortSteps(List<Step> steps) {
    return steps.stream().sorted(Comparator.comparing(Step::from)).toList();
  }

  /** One pass over the lines; keeps the column positions of the header. */
  private static final class Parser {
    private final String source;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final Set<String> states = new LinkedHashSet<>();
    private final Map<String, String> locationStates = new HashMap<>();
    private final Map<String, String> locationCities = new HashMap<>();
    private final Map<String, Map<FilingStatus, List<Step>>> brackets = new HashMap<>();
    private final Map<String, Map<FilingStatus, Money>> deductions = new HashMap<>();
    private final Map<String, Map<FilingStatus, List<Step>>> surtaxes = new HashMap<>();
    private final Map<FilingStatus, List<Step>> socialSecurity = new EnumMap<>(FilingStatus.class);
    private final Map<FilingStatus, List<Step>> medicare = new EnumMap<>(FilingStatus.class);
    private final Map<String, List<Program>> programs = new HashMap<>();
    private final Map<String, List<Step>> supplemental = new HashMap<>();
    private final Map<String, Map<FilingStatus, List<RecaptureTier>>> recapture = new HashMap<>();
    private final Map<String, Money> recapturePhase = new HashMap<>();
    private final Set<String> years = new LinkedHashSet<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private final Set<String> seen = new HashSet<>();

    Parser(String source) {
      this.source = source;
    }

    TaxTables build() {
      return new TaxTables(this);
    }

    void parse(List<String> lines) {
      boolean header = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (i == 0 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.trim().startsWith("#")) {
          continue;
        }
        if (!header) {
          header(line, i + 1);
          header = true;
        } else {
          row(line, i + 1);
        }
      }
      if (!header) {
        throw new IllegalArgumentException(
            source + ": no header row (expected " + String.join(", ", COLUMNS) + ")");
      }
    }

    private void header(String line, int lineNo) {
      List<String> cells = split(line, lineNo);
      for (int c = 0; c < cells.size(); c++) {
        String name = cells.get(c).toLowerCase(Locale.ROOT);
        if (!COLUMNS.contains(name)) {
          throw error(
              lineNo,
              "column " + (c + 1),
              "unknown column \""
                  + cells.get(c)
                  + "\" (expected "
                  + String.join(", ", COLUMNS)
                  + ")");
        }
        if (columns.putIfAbsent(name, c) != null) {
          throw error(lineNo, "column " + (c + 1), "duplicate column \"" + cells.get(c) + "\"");
        }
      }
      List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw error(lineNo, "header", "missing column(s) " + String.join(", ", missing));
      }
    }

    private void row(String line, int lineNo) {
      List<String> cells = split(line, lineNo);
      if (cells.size() != columns.size()) {
        throw error(
            lineNo, "row", "has " + cells.size() + " cells, the header has " + columns.size());
      }
      Row r = new Row(cells, lineNo);
      String kind = r.text("kind").toLowerCase(Locale.ROOT);
      String year = r.text("tax_year");
      String cited = r.text("source");
      String juris = r.code("jurisdiction");
      List<FilingStatus> statuses = r.statuses();
      switch (kind) {
        case "state" -> states.add(juris);
        case "location" -> locationStates.put(key(r.text("item")), juris);
        case "city" -> locationCities.put(key(r.text("item")), juris);
        case "bracket" -> {
          Step step = new Step(r.money("threshold"), r.rate());
          for (FilingStatus s : statuses) {
            unique(r, "threshold", kind, juris, s, step.from());
            brackets
                .computeIfAbsent(juris, k -> new EnumMap<>(FilingStatus.class))
                .computeIfAbsent(s, k -> new ArrayList<>())
                .add(step);
          }
        }
        case "standard_deduction" -> {
          Money amount = r.money("amount");
          for (FilingStatus s : statuses) {
            unique(r, "status", kind, juris, s, null);
            deductions
                .computeIfAbsent(juris, k -> new EnumMap<>(FilingStatus.class))
                .put(s, amount);
          }
        }
        case "surtax" -> {
          Step step = new Step(r.money("threshold"), r.rate());
          for (FilingStatus s : statuses) {
            surtaxes
                .computeIfAbsent(juris, k -> new EnumMap<>(FilingStatus.class))
                .computeIfAbsent(s, k -> new ArrayList<>())
                .add(step);
          }
        }
        case "social_security" -> {
          Step cap = new Step(r.money("threshold"), r.rate());
          for (FilingStatus s : statuses) {
            unique(r, "status", kind, juris, s, null);
            socialSecurity.computeIfAbsent(s, k -> new ArrayList<>()).add(cap);
          }
        }
        case "medicare" -> {
          Step step = new Step(r.optionalMoney("threshold", Money.ZERO), r.rate());
          for (FilingStatus s : statuses) {
            unique(r, "threshold", kind, juris, s, step.from());
            medicare.computeIfAbsent(s, k -> new ArrayList<>()).add(step);
          }
        }
        case "program" ->
            programs
                .computeIfAbsent(juris, k -> new ArrayList<>())
                .add(
                    new Program(
                        r.text("item"),
                        r.rate(),
                        r.optionalMoney("threshold", null),
                        r.optionalMoney("amount", null)));
        case "supplemental" -> {
          Step step = new Step(r.optionalMoney("threshold", Money.ZERO), r.rate());
          unique(r, "threshold", kind, juris, null, step.from());
          supplemental.computeIfAbsent(juris, k -> new ArrayList<>()).add(step);
        }
        case "recapture" -> {
          RecaptureTier tier = new RecaptureTier(r.money("threshold"), r.money("amount"));
          for (FilingStatus s : statuses) {
            unique(r, "threshold", kind, juris, s, tier.from());
            recapture
                .computeIfAbsent(juris, k -> new EnumMap<>(FilingStatus.class))
                .computeIfAbsent(s, k -> new ArrayList<>())
                .add(tier);
          }
        }
        case "recapture_phase" -> {
          Money width = r.money("amount");
          if (width.isZero()) {
            throw error(lineNo, "amount", "the recapture phase-in width must be above 0");
          }
          recapturePhase.put(juris, width);
        }
        default ->
            throw error(
                lineNo,
                "kind",
                "\""
                    + r.text("kind")
                    + "\" is not a kind (expected state, location, city, bracket,"
                    + " standard_deduction, surtax, social_security, medicare, program, supplemental,"
                    + " recapture or recapture_phase)");
      }
      years.add(year);
      sources.add(cited);
    }

    private void unique(Row r, String column, String kind, String juris, FilingStatus s, Money at) {
      String k = kind + "|" + juris + "|" + s + "|" + (at == null ? "" : at.toString());
      if (!seen.add(k)) {
        throw error(
            r.lineNo,
            column,
            "duplicate "
                + kind
                + " row for "
                + juris
                + (s == null ? "" : " " + s.csvName())
                + (at == null ? "" : " at " + at));
      }
    }

    private IllegalArgumentException error(int lineNo, String column, String message) {
      return new IllegalArgumentException(
          source
              + " line "
              + lineNo
              + ", "
              + (column.startsWith("column ") || column.equals("row") || column.equals("header")
                  ? column
                  : "column " + column)
              + ": "
              + message);
    }

    /** One data row with its line number, read by column name. */
    private final class Row {
      private final List<String> cells;
      private final int lineNo;

      Row(List<String> cells, int lineNo) {
        this.cells = cells;
        this.lineNo = lineNo;
      }

      String cell(String column) {
        return cells.get(columns.get(column));
      }

      String text(String column) {
        String v = cell(column);
        if (v.isEmpty()) {
          throw error(lineNo, column, "is empty");
        }
        return v;
      }

      String code(String column) {
        String v = text(column).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(v).matches()) {
          throw error(
              lineNo,
              column,
              "\""
                  + cell(column)
                  + "\" is not a jurisdiction (expected US, a two-letter state or"
                  + " a city code such as NYC)");
        }
        return v;
      }

      List<FilingStatus> statuses() {
        String v = cell("status");
        if (v.isEmpty()) {
          return List.of(FilingStatus.values());
        }
        return List.of(
            FilingStatus.parse(v)
                .orElseThrow(
                    () ->
                        error(
                            lineNo,
                            "status",
                            "\""
                                + v
                                + "\" is not a filing status (expected single, married or"
                                + " empty for both)")));
      }

      Money money(String column) {
        String raw = text(column);
        if (!NUMBER.matcher(raw).matches()) {
          throw error(lineNo, column, "\"" + raw + "\" is not an amount (e.g. 12400 or 0.60)");
        }
        return Money.of(raw);
      }

      Money optionalMoney(String column, Money absent) {
        return cell(column).isEmpty() ? absent : money(column);
      }

      BigDecimal rate() {
        String raw = text("rate");
        if (!NUMBER.matcher(raw).matches()
            || new BigDecimal(raw).compareTo(BigDecimal.valueOf(100)) > 0) {
          throw error(
              lineNo,
              "rate",
              "\"" + raw + "\" is not a percent number between 0 and 100 (e.g. 6.2)");
        }
        return new BigDecimal(raw).movePointLeft(2);
      }
    }

    /** Splits on commas outside double quotes and trims each cell. */
    private List<String> split(String line, int lineNo) {
      List<String> out = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (ch == '"') {
          if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = !quoted;
          }
        } else if (ch == ',' && !quoted) {
          out.add(cell.toString().trim());
          cell.setLength(0);
        } else {
          cell.append(ch);
        }
      }
      if (quoted) {
        throw error(lineNo, "row", "a quoted cell is not closed");
      }
      out.add(cell.toString().trim());
      return out;
    }
  }
}
