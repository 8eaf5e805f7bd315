package dev.offeranalyzer.report.model;

import dev.offeranalyzer.engine.YearComp;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.Finding;
import dev.offeranalyzer.rules.LeverAsk;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What decides "this report was already emailed": the named facts of a report a client reads, and
 * {@link #fingerprint()}, a SHA-256 over them in a fixed text form. The report date is not one of
 * them, so a daily run that changes only the date mails nobody twice; where the row was in the
 * input is not either. Every field is listed by name here, so renaming a record component elsewhere
 * never changes a fingerprint (a golden test pins one).
 *
 * @param inputs the offer's inputs as {@link OfferVersion#inputsOf} gives them
 * @param years the four yearly totals
 * @param marketPosition the market position, or null without market data
 * @param findings one line per finding: id, severity, title, figures
 * @param levers one line per plan lever: lever, offered, target
 */
public record ReportFingerprint(
    String offerId,
    String email,
    String inputs,
    List<Money> years,
    Money fourYearTotal,
    Money fourYearAverage,
    BigDecimal marketPosition,
    List<String> findings,
    List<String> levers,
    BigDecimal askPercent,
    String approval) {

  public ReportFingerprint {
    years = List.copyOf(years);
    findings = List.copyOf(findings);
    levers = List.copyOf(levers);
  }

  /**
   * The facts of the report of {@code a}. Its history needs no field of its own: a new version
   * always comes with new inputs.
   */
  public static ReportFingerprint of(Analysis a) {
    Offer o = a.offer();
    List<String> findings = new ArrayList<>();
    for (Finding f : a.findings()) {
      findings.add(
          f.id()
              + "|"
              + f.severity().name()
              + "|"
              + FindingWording.title(f)
              + "|"
              + FindingWording.figures(f));
    }
    List<String> levers = new ArrayList<>();
    for (LeverAsk l : a.plan().levers()) {
      levers.add(PlanWording.name(l.lever()) + "|" + plain(l.offered()) + "|" + plain(l.target()));
    }
    return new ReportFingerprint(
        o.offerId(),
        o.email() == null ? "" : o.email().strip(),
        OfferVersion.inputsOf(o),
        a.compensation().years().stream().map(YearComp::total).toList(),
        a.compensation().fourYearTotal(),
        a.compensation().fourYearAverage(),
        a.market() == null ? null : a.market().marketPosition().percent(),
        findings,
        levers,
        a.plan().askPercent(),
        a.plan().approval().name());
  }

  /** The canonical text the fingerprint hashes: one {@code name=value} line per fact. */
  public String canonical() {
    StringBuilder sb = new StringBuilder();
    line(sb, "offer_id", offerId);
    line(sb, "email", email);
    line(sb, "inputs", inputs.replace("\n", ";"));
    for (int i = 0; i < years.size(); i++) {
      line(sb, "year" + (i + 1), plain(years.get(i)));
    }
    line(sb, "four_year_total", plain(fourYearTotal));
    line(sb, "four_year_average", plain(fourYearAverage));
    line(
        sb,
        "market_position",
        marketPosition == null ? "" : marketPosition.stripTrailingZeros().toPlainString());
    findings.forEach(f -> line(sb, "finding", f));
    levers.forEach(l -> line(sb, "lever", l));
    line(
        sb,
        "ask_percent",
        askPercent == null ? "" : askPercent.stripTrailingZeros().toPlainString());
    line(sb, "approval", approval);
    return sb.toString();
  }

  /** Lower-case hex SHA-256 of {@link #canonical()} in UTF-8. */
  public String fingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(canonical().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static void line(StringBuilder sb, String name, String value) {
    sb.append(name).append('=').append(value == null ? "" : value).append('\n');
  }

  private static String plain(Money m) {
    return m == null ? "" : m.amount().toPlainString();
  }
}
