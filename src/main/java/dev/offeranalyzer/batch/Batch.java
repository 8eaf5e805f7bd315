package dev.offeranalyzer.batch;

import dev.offeranalyzer.files.AtomicFiles;
import dev.offeranalyzer.files.SafeNames;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.report.summary.FindingRow;
import dev.offeranalyzer.report.summary.SummaryRow;
import dev.offeranalyzer.rules.Analysis;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One batch: reads every input file, rejects duplicates, analyses the offers one candidate at a
 * time (so memory holds one candidate's analyses, not the whole batch's), writes one PDF per offer
 * and hands each result to a {@link ResultSink}. The summary workbook is the caller's, so {@code
 * run} and {@code watch} can build it from what they keep.
 */
public final class Batch {

  private static final Logger LOG = LoggerFactory.getLogger(Batch.class);

  private final OfferSource source;
  private final Function<List<Offer>, List<Analysis>> analyzer;
  private final ReportRenderer renderer;
  private final Console console;
  private final BooleanSupplier stopRequested;

  public Batch(
      OfferSource source,
      Function<List<Offer>, List<Analysis>> analyzer,
      ReportRenderer renderer,
      Console console) {
    this(source, analyzer, renderer, console, () -> false);
  }

  private Batch(
      OfferSource source,
      Function<List<Offer>, List<Analysis>> analyzer,
      ReportRenderer renderer,
      Console console,
      BooleanSupplier stopRequested) {
    this.source = source;
    this.analyzer = analyzer;
    this.renderer = renderer;
    this.console = console;
    this.stopRequested = stopRequested;
  }

  /**
   * This batch, asking {@code stop} before each input file and each offer: once it says true, the
   * batch reads and writes nothing more and returns what it has done, marked {@link
   * BatchResult#stopped()}. A report being written when the stop comes is finished first.
   */
  public Batch stopWhen(BooleanSupplier stop) {
    return new Batch(source, analyzer, renderer, console, stop);
  }

  /** Receives each reported offer: its summary row, findings and the PDF written. */
  public interface ResultSink {
    void accept(Analysis analysis, SummaryRow row, List<FindingRow> findings, Path pdf);
  }

  /** Runs the batch over {@code files}, writing PDFs into {@code outputDir}. */
  public BatchResult run(List<Path> files, Path outputDir, ResultSink sink) {
    List<ErrorRow> errors = new ArrayList<>();
    List<Offer> offers = new ArrayList<>();
    Map<String, Offer> byId = new HashMap<>();
    int failedFiles = 0;
    boolean stopped = false;
    int filesRead = 0;
    for (Path file : files) {
      if (stopRequested.getAsBoolean()) {
        stopped = true;
        break;
      }
      filesRead++;
      List<Offer> fromFile = new ArrayList<>();
      FileReport report = source.read(file, fromFile::add);
      List<ErrorRow> duplicates = new ArrayList<>();
      for (Offer o : fromFile) {
        Offer first = byId.putIfAbsent(o.offerId(), o);
        if (first == null) {
          offers.add(o);
        } else {
          duplicates.add(duplicate(o, first));
        }
      }
      errors.addAll(report.problems());
      errors.addAll(duplicates);
      if (report.fileFailed()) {
        failedFiles++;
      } else {
        int read = report.offersRead() - duplicates.size();
        console.info(
            String.format(
                "%s: %d %s read, %d rejected",
                file.getFileName(),
                read,
                read == 1 ? "offer" : "offers",
                report.rowsRejected() + duplicates.size()));
      }
      report.problems().forEach(e -> console.always("  " + e.describe()));
      duplicates.forEach(e -> console.always("  " + e.describe()));
      report.warnings().forEach(w -> console.info("  note: " + w));
    }

    List<SummaryRow> reported = new ArrayList<>();
    String fatal = null;
    Set<String> usedNames = new HashSet<>();
    int done = 0;
    groups:
    for (List<Offer> group : stopped ? List.<List<Offer>>of() : byCandidate(offers).values()) {
      for (Analysis a : analyzer.apply(group)) {
        if (stopRequested.getAsBoolean()) {
          stopped = true;
          break groups;
        }
        String name = reportName(a.offer(), usedNames);
        Path pdf = outputDir.resolve(name);
        boolean pdfWritten = false;
        try {
          List<String> warnings = new ArrayList<>();
          AtomicFiles.write(pdf, out -> warnings.addAll(renderer.render(a, out)));
          pdfWritten = true;
          warnings.forEach(w -> console.info("  note: " + a.offer().offerId() + ": " + w));
          SummaryRow row = SummaryRow.of(a, name);
          sink.accept(a, row, FindingRow.of(a), pdf);
          reported.add(row);
        } catch (IOException | RuntimeException e) {
          LOG.debug("report of {} failed", a.offer().offerId(), e);
          Optional<String> full = OutputFull.reason(e);
          if (full.isPresent()) {
            // Every later report would fail the same way: stop here (SPEC section 1, exit 3).
            fatal = (pdfWritten ? e.getMessage() : OutputFull.file(e, pdf)) + ": " + full.get();
            stopped = true;
            break groups;
          }
          ErrorRow err =
              new ErrorRow(
                  a.offer().source() == null ? "" : a.offer().source().file(),
                  a.offer().source() == null ? null : a.offer().source().sheet(),
                  a.offer().source() == null ? null : a.offer().source().row(),
                  null,
                  a.offer().offerId(),
                  "the report could not be written: " + e.getMessage());
          errors.add(err);
          console.always("  " + err.describe());
        }
        console.progress("Writing reports", ++done, offers.size());
      }
    }
    return new BatchResult(reported, errors, filesRead, failedFiles, stopped, fatal);
  }

  /** Groups offers by candidate name (trimmed, case-insensitive), in order of first appearance. */
  static Map<String, List<Offer>> byCandidate(List<Offer> offers) {
    Map<String, List<Offer>> groups = new LinkedHashMap<>();
    for (Offer o : offers) {
      groups
          .computeIfAbsent(o.candidate().trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(o);
    }
    return groups;
  }

  /**
   * A PDF name for the offer: safe characters only, and never the same as another report's in this
   * batch, even on a file system that ignores case.
   */
  static String reportName(Offer offer, Set<String> used) {
    String stem = SafeNames.stem(offer.offerId());
    String name = stem + ".pdf";
    // A hashed name may itself be another offer's id: try the next salt until one is free.
    for (int salt = used.size(); !used.add(name.toLowerCase(Locale.ROOT)); salt++) {
      name = stem + "_" + SafeNames.shortHash(offer.offerId() + "\u0000" + salt) + ".pdf";
    }
    return name;
  }

  private static ErrorRow duplicate(Offer dup, Offer first) {
    String firstWhere = first.source() == null ? "an earlier row" : first.source().describe();
    return new ErrorRow(
        dup.source() == null ? "" : dup.source().file(),
        dup.source() == null ? null : dup.source().sheet(),
        dup.source() == null ? null : dup.source().row(),
        "offer_id",
        dup.offerId(),
        "is already used by " + firstWhere + "; this row was not reported");
  }
}
