package dev.offeranalyzer.output;

import dev.offeranalyzer.files.TabSeparated;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.report.summary.FindingRow;
import dev.offeranalyzer.report.summary.PlanRow;
import dev.offeranalyzer.report.summary.SummaryRow;
import dev.offeranalyzer.tax.TaxYear;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;

/**
 * The line format of the results journal, pure text in and out. A line is {@code TYPE TAB CRC TAB
 * fields...}: the type is {@code O} (an offer's summary row and findings) or {@code E} (the errors
 * of one input file); the CRC is the CRC-32 of everything after it, so a line cut short by a killed
 * process, or damaged later, is recognised and skipped rather than misread. Fields are separated by
 * tabs; backslash, tab, CR and LF are escaped, and a null field is written {@code \0}.
 */
final class JournalCodec {

  static final String HEADER = "offer-analyzer results journal 1";

  private static final String NULL = "\\0";
  private static final int ROW_FIELDS = 17;
  private static final int FINDING_FIELDS = 7;
  private static final int ERROR_FIELDS = 7;
  private static final int PLAN_FIELDS = 6;

  /** Journals written before the Errors sheet had a severity: every line was an error. */
  private static final int OLD_ERROR_FIELDS = 6;

  // Take-home (SPEC 12, issue 11): an offer line may end with a count of tax years and, per year,
  // its number and ten amounts; a line written before that ends after its findings (no estimate).
  private static final int TAX_YEAR_FIELDS = 11;

  private JournalCodec() {}

  /** One decoded line. */
  sealed interface Entry permits OfferEntry, FileErrors {}

  /** The latest result of one offer. */
  record OfferEntry(SummaryRow row, List<FindingRow> findings) implements Entry {
    OfferEntry {
      findings = List.copyOf(findings);
    }
  }

  /** The problems found in one input file the last time it was read (empty: none). */
  record FileErrors(String file, List<ErrorRow> errors) implements Entry {
    FileErrors {
      errors = List.copyOf(errors);
    }
  }

  static String encode(Entry entry) {
    List<String> f = new ArrayList<>();
    String type;
    if (entry instanceof OfferEntry o) {
      type = "O";
      SummaryRow r = o.row();
      f.add(r.offerId());
      f.add(r.candidate());
      f.add(r.company());
      f.add(r.level());
      f.add(r.location());
      r.years().forEach(y -> f.add(money(y)));
      f.add(money(r.fourYearTotal()));
      f.add(money(r.fourYearAverage()));
      f.add(decimal(r.marketPosition()));
      f.add(Integer.toString(r.redFlags()));
      f.add(money(r.proposedTotal()));
      f.add(decimal(r.askPercent()));
      f.add(r.approval());
      f.add(r.reportFile());
      f.add(Integer.toString(o.findings().size()));
      for (FindingRow x : o.findings()) {
        f.add(x.offerId());
        f.add(x.candidate());
        f.add(x.severity());
        f.add(x.rule());
        f.add(x.title());
        f.add(x.figures());
        f.add(x.advice());
      }
      // Take-home (issue 11): appended after the findings, so older lines still decode.
      f.add(Integer.toString(r.takeHome().size()));
      for (TaxYear y : r.takeHome()) {
        f.add(Integer.toString(y.year()));
        for (Money m : y.amounts()) {
          f.add(money(m));
        }
      }
      // Issue 12 (sections 13-14): trailing fields, absent from lines of earlier versions.
      f.add(money(r.fourYearTotalWithRefreshers()));
      f.add(r.closeCall());
      f.add(Integer.toString(r.plans().size()));
      for (PlanRow p : r.plans()) {
        f.add(p.tier());
        f.add(money(p.baseTarget()));
        f.add(money(p.grantTarget()));
        f.add(money(p.signOnTarget()));
        f.add(money(p.proposedTotal()));
        f.add(decimal(p.askPercent()));
      }
    } else {
      FileErrors e = (FileErrors) entry;
      type = "E";
      f.add(e.file());
      f.add(Integer.toString(e.errors().size()));
      for (ErrorRow x : e.errors()) {
        f.add(x.file());
        f.add(x.sheet());
        f.add(x.row() == null ? null : Integer.toString(x.row()));
        f.add(x.column());
        f.add(x.value());
        f.add(x.message());
        f.add(x.severity().name());
      }
    }
    StringBuilder payload = new StringBuilder();
    for (int i = 0; i < f.size(); i++) {
      if (i > 0) {
        payload.append('\t');
      }
      payload.append(escape(f.get(i)));
    }
    return type + '\t' + crc(payload.toString()) + '\t' + payload;
  }

  /**
   * Decodes one line (without its line break).
   *
   * @param intern shares equal texts that repeat across offers (rule titles, advice, companies)
   * @return empty when the line is damaged or of an unknown type
   */
  static Optional<Entry> decode(String line, UnaryOperator<String> intern) {
    int t1 = line.indexOf('\t');
    int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
    if (t2 < 0) {
      return Optional.empty();
    }
    String type = line.substring(0, t1);
    String payload = line.substring(t2 + 1);
    if (!line.substring(t1 + 1, t2).equals(crc(payload))) {
      return Optional.empty();
    }
    try {
      List<String> f = split(payload);
      if (type.equals("O")) {
        return Optional.of(offer(f, intern));
      }
      if (type.equals("E")) {
        return Optional.of(fileErrors(f, intern));
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static OfferEntry offer(List<String> f, UnaryOperator<String> intern) {
    int n = Integer.parseInt(f.get(ROW_FIELDS));
    int taxAt = ROW_FIELDS + 1 + n * FINDING_FIELDS;
    List<TaxYear> takeHome = f.size() > taxAt ? taxYears(f, taxAt) : List.of();
    int extras = f.size() > taxAt ? taxAt + 1 + takeHome.size() * TAX_YEAR_FIELDS : taxAt;
    if (f.size() < extras) {
      throw new IllegalArgumentException("field count");
    }
    // Issue 12: the trailing fields of sections 13-14, when the line has them.
    Money withRefreshers = null;
    String closeCall = null;
    List<PlanRow> plans = new ArrayList<>();
    if (f.size() > extras) {
      withRefreshers = money(f.get(extras));
      closeCall = f.get(extras + 1);
      int p = Integer.parseInt(f.get(extras + 2));
      if (f.size() != extras + 3 + p * PLAN_FIELDS) {
        throw new IllegalArgumentException("field count");
      }
      for (int i = 0; i < p; i++) {
        int b = extras + 3 + i * PLAN_FIELDS;
        plans.add(
            new PlanRow(
                intern.apply(f.get(b)),
                money(f.get(b + 1)),
                money(f.get(b + 2)),
                money(f.get(b + 3)),
                money(f.get(b + 4)),
                decimal(f.get(b + 5))));
      }
    }
    SummaryRow row =
        new SummaryRow(
            f.get(0),
            f.get(1),
            intern.apply(f.get(2)),
            intern.apply(f.get(3)),
            intern.apply(f.get(4)),
            List.of(money(f.get(5)), money(f.get(6)), money(f.get(7)), money(f.get(8))),
            money(f.get(9)),
            money(f.get(10)),
            decimal(f.get(11)),
            Integer.parseInt(f.get(12)),
            money(f.get(13)),
            decimal(f.get(14)),
            intern.apply(f.get(15)),
            f.get(16),
            takeHome,
            withRefreshers,
            closeCall,
            plans);
    List<FindingRow> findings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int b = ROW_FIELDS + 1 + i * FINDING_FIELDS;
      findings.add(
          new FindingRow(
              row.offerId(),
              row.candidate(),
              intern.apply(f.get(b + 2)),
              intern.apply(f.get(b + 3)),
              intern.apply(f.get(b + 4)),
              f.get(b + 5),
              intern.apply(f.get(b + 6))));
    }
    return new OfferEntry(row, findings);
  }

  /** Take-home (issue 11): the tax years stored from field {@code at} on. */
  private static List<TaxYear> taxYears(List<String> f, int at) {
    int k = Integer.parseInt(f.get(at));
    if (f.size() < at + 1 + k * TAX_YEAR_FIELDS) {
      throw new IllegalArgumentException("field count");
    }
    List<TaxYear> years = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      int b = at + 1 + i * TAX_YEAR_FIELDS;
      years.add(
          new TaxYear(
              Integer.parseInt(f.get(b)),
              money(f.get(b + 1)),
              money(f.get(b + 2)),
              money(f.get(b + 3)),
              money(f.get(b + 4)),
              money(f.get(b + 5)),
              money(f.get(b + 6)),
              money(f.get(b + 7)),
              money(f.get(b + 8)),
              money(f.get(b + 9)),
              money(f.get(b + 10))));
    }
    return years;
  }

  private static FileErrors fileErrors(List<String> f, UnaryOperator<String> intern) {
    int n = Integer.parseInt(f.get(1));
    int width = f.size() == 2 + n * OLD_ERROR_FIELDS ? OLD_ERROR_FIELDS : ERROR_FIELDS;
    if (f.get(0) == null || f.size() != 2 + n * width) {
      throw new IllegalArgumentException("field count");
    }
    List<ErrorRow> errors = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int b = 2 + i * width;
      errors.add(
          new ErrorRow(
              intern.apply(f.get(b)),
              intern.apply(f.get(b + 1)),
              f.get(b + 2) == null ? null : Integer.valueOf(f.get(b + 2)),
              intern.apply(f.get(b + 3)),
              f.get(b + 4),
              f.get(b + 5),
              width == OLD_ERROR_FIELDS
                  ? ErrorRow.Severity.ERROR
                  : ErrorRow.Severity.valueOf(f.get(b + 6))));
    }
    return new FileErrors(f.get(0), errors);
  }

  private static String money(Money m) {
    return m == null ? null : m.amount().toPlainString();
  }

  private static Money money(String s) {
    return s == null ? null : Money.of(s);
  }

  private static String decimal(BigDecimal d) {
    return d == null ? null : d.toPlainString();
  }

  private static BigDecimal decimal(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  static String escape(String s) {
    if (s == null) {
      return NULL;
    }
    return TabSeparated.escape(s, new StringBuilder(s.length() + 8)).toString();
  }

  /** Splits a payload into unescaped fields. */
  static List<String> split(String payload) {
    List<String> fields = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean isNull = false;
    for (int i = 0; i <= payload.length(); i++) {
      if (i == payload.length() || payload.charAt(i) == '\t') {
        fields.add(isNull ? null : sb.toString());
        sb.setLength(0);
        isNull = false;
        continue;
      }
      char c = payload.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (++i == payload.length()) {
        throw new IllegalArgumentException("escape at end of line");
      }
      switch (payload.charAt(i)) {
        case '\\' -> sb.append('\\');
        case 't' -> sb.append('\t');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case '0' -> isNull = true;
        default -> throw new IllegalArgumentException("unknown escape");
      }
    }
    return fields;
  }

  private static String crc(String payload) {
    CRC32 crc = new CRC32();
    crc.update(payload.getBytes(StandardCharsets.UTF_8));
    return String.format("%08x", crc.getValue());
  }
}
