package dev.offeranalyzer.app;

import dev.offeranalyzer.batch.Batch;
import dev.offeranalyzer.batch.BatchPass;
import dev.offeranalyzer.batch.Console;
import dev.offeranalyzer.batch.FileReport;
import dev.offeranalyzer.batch.OfferSource;
import dev.offeranalyzer.batch.ReportRenderer;
import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.delivery.DeliveryReport;
import dev.offeranalyzer.delivery.EarlyDrafts;
import dev.offeranalyzer.delivery.Ledger;
import dev.offeranalyzer.delivery.MailDelivery;
import dev.offeranalyzer.delivery.ReportMail;
import dev.offeranalyzer.engine.CompensationEngine;
import dev.offeranalyzer.intake.FileResult;
import dev.offeranalyzer.intake.OfferReader;
import dev.offeranalyzer.intake.Problem;
import dev.offeranalyzer.intake.Warning;
import dev.offeranalyzer.market.MarketData;
import dev.offeranalyzer.offer.Formats;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.output.OutputFolder;
import dev.offeranalyzer.report.model.FindingWording;
import dev.offeranalyzer.report.model.NegotiationSoFar;
import dev.offeranalyzer.report.model.OfferVersion;
import dev.offeranalyzer.report.model.ReportFingerprint;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModelBuilder;
import dev.offeranalyzer.report.pdf.PdfReportRenderer;
import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.rules.Analysis;
import dev.offeranalyzer.rules.Analyzer;
import dev.offeranalyzer.rules.Finding;
import dev.offeranalyzer.rules.Severity;
import dev.offeranalyzer.rules.Thresholds;
import dev.offeranalyzer.tax.TaxCalculator;
import dev.offeranalyzer.tax.TaxTables;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Builds the pieces of a run from the command-line options: settings, market data, the reader, the
 * analyzer and the PDF renderer, each created once per run.
 */
final class Wiring {

  private final Settings settings;
  private final MarketData market;
  private final TaxTables tax;

  private final LocalDate reportDate;
  private final MailDelivery mail;
  private final boolean send;
  private final int threads;
  private final Clock clock;

  /**
   * Test hook, not documented for coaches: {@code OFFER_ANALYZER_NOW} (an ISO instant such as
   * {@code 2026-12-01T10:00:00Z}) fixes the time email delivery sees, so tests can cross the
   * growing waits between tries without sleeping.
   */
  static final String NOW_VARIABLE = "OFFER_ANALYZER_NOW";

  static Clock clock(java.util.Map<String, String> env) {
    String now = env.get(NOW_VARIABLE);
    if (now == null || now.isBlank()) {
      return Clock.systemDefaultZone();
    }
    try {
      return Clock.fixed(java.time.Instant.parse(now.trim()), java.time.ZoneId.systemDefault());
    } catch (java.time.format.DateTimeParseException e) {
      throw new Settings.SettingsException(
          NOW_VARIABLE + " must be an ISO instant like 2026-12-01T10:00:00Z, not " + now);
    }
  }

  /** Time spent per stage, summed over threads (printed by {@code bench}). */
  static final class Stages {
    final LongAdder read = new LongAdder();
    final LongAdder analyse = new LongAdder();
    final LongAdder model = new LongAdder();
    final LongAdder pdf = new LongAdder();
    final LongAdder email = new LongAdder();
    final LongAdder state = new LongAdder();
    private long[] written = new long[1024];
    private int count;

    /** Notes that a report was written (on the batch's calling thread). */
    synchronized void written() {
      if (count == written.length) {
        written = java.util.Arrays.copyOf(written, count * 2);
      }
      written[count++] = System.nanoTime();
    }

    /** The time between two written reports, in order. */
    synchronized long[] writtenGaps() {
      long[] gaps = new long[Math.max(0, count - 1)];
      for (int i = 1; i < count; i++) {
        gaps[i - 1] = written[i] - written[i - 1];
      }
      return gaps;
    }
  }

  private final Stages stages = new Stages();

  Stages stages() {
    return stages;
  }

  private Wiring(Settings settings, MarketData market, TaxTables tax, boolean send, int threads) {
    this.threads = threads;
    this.settings = settings;
    this.market = market;
    this.tax = tax;
    this.send = send;
    this.clock = clock(System.getenv());
    this.mail = new MailDelivery(settings, System.getenv(), clock).threads(threads);
    this.reportDate = settings.reportDate() != null ? settings.reportDate() : LocalDate.now();
  }

  /**
   * Reads the config and the market bands.
   *
   * @throws UsageException when either cannot be used; nothing has been done yet
   */
  static Wiring create(CommonOptions options) throws UsageException {
    if (options.threads < 1) {
      throw new UsageException("--threads must be at least 1, was " + options.threads);
    }
    try {
      Settings settings =
          options.config == null ? Settings.defaults() : Settings.load(options.config);
      Wiring wiring =
          new Wiring(
              settings,
              market(options.bands),
              taxTables(options.tax),
              options.send,
              options.threads);
      wiring.mail.checkConfiguration(options.send);
      return wiring;
    } catch (Settings.SettingsException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The time of this run: the system clock, or {@code OFFER_ANALYZER_NOW} in tests. */
  Clock clock() {
    return clock;
  }

  /** Whether this run really sends email ({@code --send}). */
  boolean sends() {
    return send;
  }

  /** The report date of this run (the config's report.date, or today). */
  LocalDate reportDate() {
    return reportDate;
  }

  /** The mail settings and the SMTP client. */
  MailDelivery mail() {
    return mail;
  }

  /**
   * The pass {@code run} and {@code watch} share over {@code folder}: PDFs with the offer's
   * history, results recorded, summary rewritten, messages written or sent.
   */
  BatchPass pass(Console console, OutputFolder folder, String command, BooleanSupplier stop) {
    // One renderer per worker thread: a renderer draws one report at a time.
    Batch batch =
        new Batch(offerSource(), timedAnalyzer(), () -> historyRenderer(folder), threads, console)
            .stopWhen(stop);
    return new BatchPass(batch, folder, mailer(), assumptions(), console, clock, command);
  }

  /** Delivery as the batch pass uses it. */
  BatchPass.Mailer mailer() {
    return new BatchPass.Mailer() {
      @Override
      public Optional<ReportMail> mail(Analysis a, Path pdf) {
        long start = System.nanoTime();
        Optional<ReportMail> mail = reportMail(a, pdf);
        stages.email.add(System.nanoTime() - start);
        stages.written();
        return mail;
      }

      @Override
      public DeliveryReport deliver(Path outputDir, Ledger ledger, List<ReportMail> mails) {
        return mail.deliver(outputDir, ledger, mails, send);
      }

      @Override
      public EarlyDrafts early(Path outputDir, Ledger ledger) {
        return mail.stage(outputDir, ledger);
      }

      @Override
      public String hint(DeliveryReport report) {
        return deliveryHint(report);
      }

      @Override
      public boolean sends() {
        return send;
      }
    };
  }

  /** A hint after the email line of a dry run: where the messages are and how to send them. */
  String deliveryHint(DeliveryReport delivery) {
    if (send || delivery.pending() == 0) {
      return "";
    }
    String from =
        settings.mailFrom() == null && settings.coachEmail() == null
            ? "; set mail.from in the --config file first"
            : "";
    return " (dry run: the messages are in outbox/ as .eml files; run with --send to send them"
        + from
        + ")";
  }

  /**
   * What delivery needs to know of a written report; empty when the candidate has no email address
   * (then nothing is kept, so a batch of 100,000 offers without addresses holds no messages).
   *
   * <p>The message's fingerprint is {@link ReportFingerprint#fingerprint()}: named facts of the
   * report, not its date; a rerun whose only change is today's date, or rows that moved in the
   * input file, sends nothing again; a changed figure, finding or competing offer sends the new
   * report.
   */
  Optional<ReportMail> reportMail(Analysis a, Path pdf) {
    Offer o = a.offer();
    if (o.email() == null || o.email().isBlank()) {
      return Optional.empty();
    }
    String position =
        a.market() == null
            ? "no market data"
            : Formats.position(a.market().marketPosition().percent()) + " of 100";
    List<Finding> flags =
        a.findings().stream().filter(f -> f.severity() == Severity.RED_FLAG).toList();
    String redFlags =
        flags.isEmpty()
            ? "none"
            : flags.size()
                + ": "
                + String.join("; ", flags.stream().map(FindingWording::title).toList());
    return Optional.of(
        new ReportMail(
            o.offerId(),
            o.candidate(),
            o.email(),
            o.company(),
            o.role(),
            o.level(),
            Formats.money(a.compensation().fourYearTotal()),
            Formats.money(a.compensation().fourYearAverage()),
            position,
            redFlags,
            pdf,
            ReportFingerprint.of(a).fingerprint()));
  }

  Settings settings() {
    return settings;
  }

  MarketData market() {
    return market;
  }

  private static MarketData market(Path bands) throws UsageException {
    try {
      if (bands == null) {
        try (InputStream in = MarketData.class.getResourceAsStream(MarketData.BUILT_IN_RESOURCE)) {
          if (in == null) {
            throw new IllegalStateException("built-in bands missing from the jar");
          }
          return MarketData.parse(
              new String(in.readAllBytes(), StandardCharsets.UTF_8),
              "built-in Amazon 2024-2025 bands (L6, L7)");
        }
      }
      return MarketData.parse(
          Files.readString(bands, StandardCharsets.UTF_8), "bands file " + bands.getFileName());
    } catch (IOException e) {
      throw new UsageException("cannot read the bands file " + bands + " (" + e.getMessage() + ")");
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          (bands == null ? "built-in bands" : bands.toString()) + ": " + e.getMessage());
    }
  }

  /**
   * The built-in tax tables, or those of {@code file}.
   *
   * @throws UsageException naming the file, line and column when the table cannot be used
   */
  static TaxTables taxTables(Path file) throws UsageException {
    try {
      if (file == null) {
        try (InputStream in = TaxTables.class.getResourceAsStream(TaxTables.BUILT_IN_RESOURCE)) {
          if (in == null) {
            throw new IllegalStateException("built-in tax tables missing from the jar");
          }
          return TaxTables.parse(
              new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in tax tables");
        }
      }
      return TaxTables.parse(
          Files.readString(file, StandardCharsets.UTF_8), "tax file " + file.getFileName());
    } catch (IOException e) {
      throw new UsageException("cannot read the tax file " + file + " (" + e.getMessage() + ")");
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  TaxTables tax() {
    return tax;
  }

  /** A batch that writes PDF reports, on {@code --threads} threads with a renderer each. */
  Batch batch(Console console) {
    return new Batch(
        offerSource(), timedAnalyzer(), () -> renderer(a -> List.of()), threads, console);
  }

  private Function<List<Offer>, List<Analysis>> timedAnalyzer() {
    Analyzer analyzer = analyzer();
    return group -> {
      long start = System.nanoTime();
      List<Analysis> analyses = analyzer.analyze(group);
      stages.analyse.add(System.nanoTime() - start);
      return analyses;
    };
  }

  private Analyzer analyzer() {
    return new Analyzer(
        market, Thresholds.defaults(), new CompensationEngine(), new TaxCalculator(tax));
  }

  /**
   * A renderer for one thread (its own fonts), timing each stage for {@code bench}. Before each
   * report is drawn, {@code versions} records the offer's version and gives every version so far,
   * so the report of version 2 shows versions 1 and 2.
   */
  private ReportRenderer renderer(Function<Analysis, List<OfferVersion>> versions) {
    PdfReportRenderer pdf = new PdfReportRenderer();
    return (analysis, out) -> {
      long start = System.nanoTime();
      List<OfferVersion> history = versions.apply(analysis);
      long recorded = System.nanoTime();
      ReportModel model =
          ReportModelBuilder.build(analysis, settings, reportDate)
              .withNegotiation(NegotiationSoFar.of(history).orElse(null));
      long built = System.nanoTime();
      List<String> messages = pdf.render(model, out).messages();
      stages.pdf.add(System.nanoTime() - built);
      stages.model.add(built - recorded);
      stages.state.add(recorded - start);
      return messages;
    };
  }

  /** PDFs that tell the negotiation so far, each offer's version recorded in the folder's state. */
  private ReportRenderer historyRenderer(OutputFolder folder) {
    return renderer(a -> folder.recordVersion(a, reportDate));
  }

  private OfferSource offerSource() {
    OfferReader reader = new OfferReader(settings);
    return (file, sink) -> {
      long start = System.nanoTime();
      FileResult r = reader.read(file, sink);
      stages.read.add(System.nanoTime() - start);
      return new FileReport(
          r.file(),
          r.offersRead(),
          r.rowsRejected(),
          r.problems().stream().map(Wiring::errorRow).toList(),
          r.warnings().stream().map(Wiring::noteRow).toList(),
          r.fileRejected() && r.offersRead() == 0,
          r.rowsSkipped());
    };
  }

  private static ErrorRow errorRow(Problem p) {
    return new ErrorRow(p.file(), p.sheet(), p.row(), p.column(), p.value(), p.message());
  }

  private static ErrorRow noteRow(Warning w) {
    return new ErrorRow(
        w.file(),
        w.sheet(),
        w.row(),
        w.column(),
        w.value(),
        w.message(),
        w.mustLook() ? ErrorRow.Severity.WARNING : ErrorRow.Severity.NOTE);
  }

  /** The {@code Assumptions} sheet. */
  List<Map.Entry<String, String>> assumptions() {
    return List.of(
        Map.entry("Report date", reportDate.toString()),
        Map.entry("Market bands", market.source()),
        Map.entry(
            "Market position",
            "Position of the 4-year average in the composite band: base + grant/4 + sign-on/4 (0 = band low, 100 = band high)"),
        Map.entry(
            "Vesting default",
            "amazon (5/15/40/40: 5% at month 12, 15% at 24, then 20% every 6 months) for Amazon; even (25% at month 12, then 6.25% a quarter) otherwise"),
        Map.entry(
            "Stock growth",
            "The offer's stock_growth, compounded per vest month: value x (1 + g)^(month/12); 0% when not given"),
        Map.entry("Cash bonus", "base salary x annual_bonus_pct, every year; 0% when not given"),
        Map.entry("Hours per year", Integer.toString(CompensationEngine.HOURS_PER_YEAR)),
        Map.entry("Rounding", "Exact to the cent, half-up; money shown in whole dollars"),
        Map.entry("Approval levels", approvalLevels(Thresholds.defaults())),
        Map.entry(
            "Tax tables", tax.source() + " (tax years " + String.join(", ", tax.taxYears()) + ")"),
        Map.entry(
            "Take-home",
            "Per year: wages = the year's total; federal (standard deduction), Social Security, Medicare, state and NYC income tax, state payroll programs; withheld = income tax on base alone + flat supplemental rates on sign-on, RSUs and bonus + payroll taxes as owed"),
        Map.entry("Disclaimer", "Not tax, legal or financial advice."));
  }

  /** "Ask up to 10%: recruiter; up to 20%: hiring manager; …", from the thresholds in use. */
  static String approvalLevels(Thresholds t) {
    return "Ask up to "
        + Formats.percent(t.recruiterLimitPercent())
        + ": recruiter; up to "
        + Formats.percent(t.hiringManagerLimitPercent())
        + ": hiring manager; up to "
        + Formats.percent(t.directorLimitPercent())
        + ": director; above: VP";
  }

  /** Creates the output folder and proves it can be written. */
  static void prepareOutput(Path output) throws IOException {
    Files.createDirectories(output);
    Path probe = Files.createTempFile(output, ".write-test", ".partial");
    Files.delete(probe);
  }
}
