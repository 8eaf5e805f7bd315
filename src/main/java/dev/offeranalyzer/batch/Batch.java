package dev.offeranalyzer.batch;

import dev.offeranalyzer.files.AtomicFiles;
import dev.offeranalyzer.files.SafeNames;
import dev.offeranalyzer.offer.CandidateKey;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.report.summary.FindingRow;
import dev.offeranalyzer.report.summary.SummaryRow;
import dev.offeranalyzer.rules.Analysis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
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
import java.util.function.Supplier;
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
  private final Supplier<ReportRenderer> renderers;
  private final int threads;
  private final Console console;
  private final BooleanSupplier stopRequested;
  private final boolean checkOnly;

  public Batch(
      OfferSource source,
      Function<List<Offer>, List<Analysis>> analyzer,
      ReportRenderer renderer,
      Console console) {
    this(source, analyzer, () -> renderer, 1, console, () -> false, false);
  }

  /**
   * A batch rendering reports on {@code threads} worker threads, each with its own renderer from
   * {@code renderers} (called once on each worker thread).
   */
  public Batch(
      OfferSource source,
      Function<List<Offer>, List<Analysis>> analyzer,
      Supplier<ReportRenderer> renderers,
      int threads,
      Console console) {
    this(source, analyzer, renderers, threads, console, () -> false, false);
  }

  private Batch(
      OfferSource source,
      Function<List<Offer>, List<Analysis>> analyzer,
      Supplier<ReportRenderer> renderers,
      int threads,
      Console console,
      BooleanSupplier stopRequested,
      boolean checkOnly) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.source = source;
    this.checkOnly = checkOnly;
    this.analyzer = analyzer;
    this.renderers = renderers;
    this.threads = threads;
    this.console = console;
    this.stopRequested = stopRequested;
  }

  /**
   * This batch, asking {@code stop} before each input file and each offer: once it says true, the
   * batch reads and writes nothing more and returns what it has done, marked {@link
   * BatchResult#stopped()}. A report being written when the stop comes is finished first.
   */
  public Batch stopWhen(BooleanSupplier stop) {
    return new Batch(source, analyzer, renderers, threads, console, stop, checkOnly);
  }

  /**
   * This batch reading and analysing exactly as {@link #run} does, but writing nothing: no PDF, no
   * result to the sink (the {@code check} command). Every error and note is still found.
   */
  public Batch checkOnly() {
    return new Batch(source, analyzer, renderers, threads, console, stopRequested, true);
  }

  /** Receives each reported offer: its summary row, findings and the PDF written. */
  public interface ResultSink {
    void accept(Analysis analysis, SummaryRow row, List<FindingRow> findings, Path pdf);
  }

  /** Runs the batch over {@code files}, writing PDFs into {@code outputDir}. */
  public BatchResult run(List<Path> files, Path outputDir, ResultSink sink) {
    List<ErrorRow> errors = new ArrayList<>();
    List<ErrorRow> notes = new ArrayList<>();
    List<Offer> offers = new ArrayList<>();
    Map<String, Offer> byId = new HashMap<>();
    int failedFiles = 0;
    int rowsRejected = 0;
    int rowsSkipped = 0;
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
      List<ErrorRow> fileNotes = new ArrayList<>(report.notes());
      List<String> qualified = new ArrayList<>();
      for (Offer o : fromFile) {
        Offer first = byId.get(o.offerId());
        Offer taken = o;
        if (first != null && otherFile(first, o)) {
          // Coaches number rows 1, 2, 3 in each client's file: qualify, never reject (SPEC 2).
          taken = o.toBuilder().offerId(stem(o) + "-" + o.offerId()).build();
          first = byId.get(taken.offerId());
          if (first == null) {
            qualified.add(o.offerId() + " -> " + taken.offerId());
          }
        }
        if (first == null) {
          byId.put(taken.offerId(), taken);
          offers.add(taken);
        } else {
          duplicates.add(duplicate(taken, first));
        }
      }
      if (!qualified.isEmpty()) {
        fileNotes.add(
            new ErrorRow(
                report.file(),
                null,
                null,
                "offer_id",
                null,
                "ids already used by an earlier file were qualified by this file's name: "
                    + summarize(qualified),
                ErrorRow.Severity.NOTE));
      }
      for (ErrorRow p : report.problems()) {
        (p.severity().counts() ? errors : notes).add(p);
      }
      errors.addAll(duplicates);
      for (ErrorRow n : fileNotes) {
        (n.severity().counts() ? errors : notes).add(n);
      }
      rowsRejected += report.rowsRejected() + duplicates.size();
      rowsSkipped += report.rowsSkipped();
      if (report.fileFailed()) {
        failedFiles++;
      } else {
        int read = report.offersRead() - duplicates.size();
        console.info(
            String.format(
                "%s: %d %s read, %d %s rejected, %d %s skipped",
                file.getFileName(),
                read,
                read == 1 ? "offer" : "offers",
                report.rowsRejected() + duplicates.size(),
                report.rowsRejected() + duplicates.size() == 1 ? "row" : "rows",
                report.rowsSkipped(),
                report.rowsSkipped() == 1 ? "row" : "rows"));
      }
      report.problems().forEach(e -> console.always("  " + e.describe()));
      duplicates.forEach(e -> console.always("  " + e.describe()));
      for (ErrorRow n : fileNotes) {
        if (n.isNote()) {
          console.note("  note: " + n.describe());
        } else {
          console.always("  " + n.severity().label() + ": " + n.describe());
        }
      }
    }

    List<SummaryRow> reported = new ArrayList<>();
    String fatal = null;
    Set<String> usedNames = new HashSet<>();
    Reports reports = new Reports(outputDir, sink, reported, errors, notes, offers.size());
    try {
      groups:
      for (List<Offer> group : stopped ? List.<List<Offer>>of() : byCandidate(offers).values()) {
        for (Analysis a : analyzer.apply(group)) {
          if (stopRequested.getAsBoolean()) {
            stopped = true;
            break groups;
          }
          String name = reportName(a.offer(), usedNames);
          if (checkOnly) {
            note(a, notes);
            reported.add(SummaryRow.of(a, name));
            continue;
          }
          reports.submit(a, name);
          if (reports.fatal != null) {
            break groups;
          }
        }
      }
    } finally {
      // The reports in flight are finished and written, also when a stop came (SIGTERM).
      reports.close();
    }
    rowsRejected += reports.failed;
    if (reports.fatal != null) {
      fatal = reports.fatal;
      stopped = true;
    }
    return new BatchResult(
        reported, errors, filesRead, failedFiles, stopped, notes, rowsRejected, rowsSkipped, fatal);
  }

  private void note(Analysis a, List<ErrorRow> notes) {
    noMarketData(a)
        .ifPresent(
            n -> {
              notes.add(n);
              console.note("  note: " + n.describe());
            });
  }

  /** One offer to report: its analysis and the PDF name chosen for it. */
  private record Job(Analysis analysis, String name) {}

  /**
   * A rendered report: its PDF written and forced to disk under a temporary name ({@link
   * AtomicFiles#stage}), to be renamed into place in submission order, and the renderer's warnings.
   */
  private record Rendered(Path staged, List<String> warnings) {}

  /**
   * The report stage of {@link #run}: {@link #submit} hands an analysis to the worker threads,
   * which render its PDF (report model and PDF, pure) and write it under its temporary name, forced
   * to disk, so the threads wait for the disk in parallel. Everything else happens here, on the
   * calling thread, in submission order: the PDF renamed into place, the sink, console lines and
   * progress, and the offer's error when its report failed. At most {@code 4 x threads} reports are
   * in flight; a report not renamed into place (the output full) has its temporary file deleted.
   */
  private final class Reports {
    private final Path outputDir;
    private final ResultSink sink;
    private final List<SummaryRow> reported;
    private final List<ErrorRow> errors;
    private final List<ErrorRow> notes;
    private final int total;
    private OrderedPipeline<Job, Rendered> pipeline;
    private ReportRenderer inline;
    private int done;
    int failed;

    /** Set when the output is full or unwritable: the batch stops and names this (exit 3). */
    String fatal;

    Reports(
        Path outputDir,
        ResultSink sink,
        List<SummaryRow> reported,
        List<ErrorRow> errors,
        List<ErrorRow> notes,
        int total) {
      this.outputDir = outputDir;
      this.sink = sink;
      this.reported = reported;
      this.errors = errors;
      this.notes = notes;
      this.total = total;
    }

    void submit(Analysis a, String name) {
      if (threads == 1) {
        // One thread: render here, as before the pipeline; a stop comes between two offers.
        if (inline == null) {
          inline = renderers.get();
        }
        Job job = new Job(a, name);
        OrderedPipeline.Outcome<Job, Rendered> outcome;
        try {
          outcome = new OrderedPipeline.Outcome<>(done, job, render(inline, job, outputDir), null);
        } catch (Exception | StackOverflowError e) {
          Exception error = e instanceof Exception ex ? ex : new RuntimeException(e);
          outcome = new OrderedPipeline.Outcome<>(done, job, null, error);
        }
        write(outcome);
        return;
      }
      if (pipeline == null) {
        pipeline =
            new OrderedPipeline<>(
                threads,
                4 * threads,
                () -> {
                  ReportRenderer renderer = renderers.get();
                  return job -> render(renderer, job, outputDir);
                },
                this::write);
      }
      try {
        pipeline.submit(new Job(a, name));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while writing reports", e);
      } catch (OrderedPipeline.ConsumerException e) {
        throw new IllegalStateException(e.getMessage(), e.getCause());
      }
    }

    /** Renders the job's PDF and stages it under its temporary name in {@code outputDir}. */
    private static Rendered render(ReportRenderer renderer, Job job, Path outputDir)
        throws IOException {
      ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
      List<String> warnings = renderer.render(job.analysis(), buf);
      Path staged = AtomicFiles.stage(outputDir.resolve(job.name()), buf::writeTo);
      return new Rendered(staged, warnings);
    }

    /** Writes one report and tells the sink; a failure is this offer's error only. */
    private void write(OrderedPipeline.Outcome<Job, Rendered> outcome) {
      if (fatal != null) {
        // The disk is full: reports still in flight are not put in place (nothing half-written).
        discard(outcome);
        return;
      }
      Analysis a = outcome.item().analysis();
      String name = outcome.item().name();
      note(a, notes);
      Path pdf = outputDir.resolve(name);
      try {
        if (!outcome.ok()) {
          throw outcome.error();
        }
        AtomicFiles.commit(outcome.result().staged(), pdf);
        outcome
            .result()
            .warnings()
            .forEach(w -> console.info("  note: " + a.offer().offerId() + ": " + w));
        SummaryRow row = SummaryRow.of(a, name);
        sink.accept(a, row, FindingRow.of(a), pdf);
        // The state holds the whole row; 100,000 offers kept whole would take 300 MB of heap.
        reported.add(row.brief());
      } catch (Exception e) {
        LOG.debug("report of {} failed", a.offer().offerId(), e);
        Optional<String> full = OutputFull.reason(e);
        if (full.isPresent()) {
          // Every later report would fail the same way: stop here (SPEC section 1, exit 3).
          Path named = OutputFull.file(e, null);
          fatal = (named != null ? named : pdf) + ": " + full.get();
          return;
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
        failed++;
        console.always("  " + err.describe());
      }
      console.progress("Writing reports", ++done, total);
    }

    /** Deletes the temporary file of a report that will not be put in place. */
    private static void discard(OrderedPipeline.Outcome<Job, Rendered> outcome) {
      if (outcome.ok()) {
        try {
          Files.deleteIfExists(outcome.result().staged());
        } catch (IOException e) {
          // The next run deletes what is left (output.PartialFiles).
          LOG.debug("could not delete {}", outcome.result().staged(), e);
        }
      }
    }

    /** Finishes and writes every report in flight, then stops the worker threads. */
    void close() {
      if (pipeline == null) {
        return;
      }
      try {
        pipeline.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (OrderedPipeline.ConsumerException e) {
        throw new IllegalStateException(e.getMessage(), e.getCause());
      }
    }
  }

  /** Groups offers by {@link CandidateKey}, in order of first appearance. */
  static Map<String, List<Offer>> byCandidate(List<Offer> offers) {
    Map<String, List<Offer>> groups = new LinkedHashMap<>();
    for (Offer o : offers) {
      groups.computeIfAbsent(CandidateKey.of(o.candidate()), k -> new ArrayList<>()).add(o);
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

  private static boolean otherFile(Offer first, Offer later) {
    return first.source() != null
        && later.source() != null
        && !first.source().file().equals(later.source().file());
  }

  private static String stem(Offer o) {
    String file = o.source().file();
    int dot = file.lastIndexOf('.');
    return SafeNames.stem(dot > 0 ? file.substring(0, dot) : file);
  }

  private static String summarize(List<String> items) {
    int shown = Math.min(items.size(), 5);
    String list = String.join(", ", items.subList(0, shown));
    return items.size() > shown ? list + " and " + (items.size() - shown) + " more" : list;
  }

  /**
   * A note when an offer that names a level or a location got no market comparison: its spelling is
   * not one the market data knows (SPEC section 2).
   */
  private static java.util.Optional<ErrorRow> noMarketData(Analysis a) {
    Offer o = a.offer();
    if (a.market() != null || (o.level() == null && o.location() == null)) {
      return java.util.Optional.empty();
    }
    String what =
        String.join(
            ", ",
            java.util.stream.Stream.of(
                    "company \"" + o.company() + "\"",
                    o.level() == null ? "no level" : "level \"" + o.level() + "\"",
                    o.location() == null ? "no location" : "location \"" + o.location() + "\"")
                .toList());
    return java.util.Optional.of(
        new ErrorRow(
            o.source() == null ? "" : o.source().file(),
            o.source() == null ? null : o.source().sheet(),
            o.source() == null ? null : o.source().row(),
            null,
            null,
            "offer "
                + o.offerId()
                + ": the market data has no band for "
                + what
                + (spellingInDoubt(o)
                    ? " (check the spelling)"
                    : " (the market bands do not cover it; --bands can add it)")
                + "; the report has no market comparison",
            ErrorRow.Severity.NOTE));
  }

  /** A level or location the market lookup does not recognise, so a typo is likely. */
  private static boolean spellingInDoubt(Offer o) {
    return (o.level() != null && dev.offeranalyzer.market.Levels.rank(o.level()).isEmpty())
        || (o.location() != null && !dev.offeranalyzer.market.Locations.isKnown(o.location()));
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
