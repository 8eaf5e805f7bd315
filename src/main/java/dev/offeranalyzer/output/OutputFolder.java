package dev.offeranalyzer.output;

import dev.offeranalyzer.delivery.DeliveryState;
import dev.offeranalyzer.delivery.Ledger;
import dev.offeranalyzer.delivery.LedgerEntry;
import dev.offeranalyzer.delivery.When;
import dev.offeranalyzer.files.AtomicFiles;
import dev.offeranalyzer.report.model.OfferVersion;
import dev.offeranalyzer.report.summary.EmailRow;
import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.report.summary.FindingRow;
import dev.offeranalyzer.report.summary.HistoryRow;
import dev.offeranalyzer.report.summary.SummaryCache;
import dev.offeranalyzer.report.summary.SummaryData;
import dev.offeranalyzer.report.summary.SummaryRow;
import dev.offeranalyzer.rules.Analysis;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one owner of an output folder, used by {@code run}, {@code watch} and {@code status} alike.
 * Opening it does, in this order: take the folder's lock (SPEC section 10), delete the temporary
 * files a killed run left (section 11), open the state store (section 15), take over the state
 * files of an older release, and mark messages a killed run left on the wire as uncertain. Every
 * file it writes goes to a temporary name renamed into place. Closing it closes the store and
 * releases the lock.
 *
 * <pre>{@code
 * try (OutputFolder folder = OutputFolder.open(dir, clock)) {
 *   folder.record(analysis, row, findings, fingerprint);   // per reported offer
 *   folder.putErrors(inputs, errors);
 *   folder.writeSummary(assumptions);
 * } catch (LockHeldException e) {
 *   // exit 3 with e.getMessage()
 * }
 * }</pre>
 */
public final class OutputFolder implements AutoCloseable {

  private final OutputLock lock;
  private final StateStore store;
  private final List<Path> cleaned;
  private final Takeover.Result takeover;
  private final int uncertainFound;
  private final Clock clock;
  // What each summary keeps for the next (keepSummaryBetweenWrites); null: each is written whole.
  private SummaryCache kept;
  private SummaryMirror mirror;

  private OutputFolder(
      OutputLock lock,
      StateStore store,
      List<Path> cleaned,
      Takeover.Result takeover,
      int uncertainFound,
      Clock clock) {
    this.lock = lock;
    this.store = store;
    this.cleaned = List.copyOf(cleaned);
    this.takeover = takeover;
    this.uncertainFound = uncertainFound;
    this.clock = clock;
  }

  /**
   * Opens {@code outputDir} (creating it) for one command.
   *
   * @throws LockHeldException when another run holds the folder; nothing was touched
   * @throws IOException when the folder or its state cannot be created, read or written
   */
  public static OutputFolder open(Path outputDir, Clock clock)
      throws LockHeldException, IOException {
    OutputLock lock = OutputLock.acquire(outputDir);
    StateStore store = null;
    try {
      List<Path> cleaned = PartialFiles.clean(outputDir);
      Path stateDir = outputDir.resolve(OutputLock.STATE_DIR);
      store = StateStore.open(stateDir);
      Takeover.Result takeover = Takeover.run(outputDir, stateDir, store, clock.instant());
      int uncertain = store.settleInFlight();
      return new OutputFolder(lock, store, cleaned, takeover, uncertain, clock);
    } catch (IOException | RuntimeException e) {
      if (store != null) {
        store.close();
      }
      lock.close();
      throw e;
    }
  }

  /** The folder. */
  public Path dir() {
    return lock.outputDir();
  }

  /** The state store (offers, versions, runs). */
  public StateStore state() {
    return store;
  }

  /** The email ledger, kept in the state store. */
  public Ledger ledger() {
    return store;
  }

  /** The leftover temporary files deleted when the folder was opened. */
  public List<Path> cleaned() {
    return cleaned;
  }

  /** A line saying what was taken over from an older release, if anything was. */
  public Optional<String> takeoverNote() {
    if (!takeover.happened()) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            "Took over this folder's state from an earlier version: %d offers, %d messages;"
                + " the old files are kept as %s",
            takeover.offers(),
            takeover.messages(),
            String.join(
                ", ", takeover.renamed().stream().map(p -> p.getFileName().toString()).toList())));
  }

  /** Messages a killed run left in the middle of sending, now held as UNCERTAIN. */
  public int uncertainFound() {
    return uncertainFound;
  }

  /**
   * Records the next version of the analysed offer when its inputs changed (dated {@code
   * reportDate}); a rerun of the same figures records nothing.
   *
   * @return every version of the offer, version 1 first
   */
  public List<OfferVersion> recordVersion(Analysis a, LocalDate reportDate) {
    return store.recordVersion(OfferVersion.of(a, 1, reportDate));
  }

  /**
   * Records one reported offer: its latest result and findings, in one transaction. When the offer
   * came from an older release's folder with the same figures, its newest old message takes {@code
   * fingerprint}, so an unchanged report is not emailed again.
   *
   * @param fingerprint the report's email fingerprint, or null when no message is meant for it
   */
  public void record(SummaryRow row, List<FindingRow> findings, String fingerprint) {
    store.inTransaction(
        () -> {
          if (fingerprint != null) {
            Optional<SummaryRow> before = store.result(row.offerId());
            if (before.isPresent() && sameFigures(before.get(), row)) {
              Takeover.adopt(store, row.offerId(), fingerprint);
            }
          }
          store.putResult(row, findings, clock.instant());
        });
  }

  /** True when two results show the same figures (the PDF's name aside). */
  static boolean sameFigures(SummaryRow a, SummaryRow b) {
    return a.offerId().equals(b.offerId())
        && java.util.Objects.equals(a.candidate(), b.candidate())
        && java.util.Objects.equals(a.company(), b.company())
        && java.util.Objects.equals(a.level(), b.level())
        && java.util.Objects.equals(a.location(), b.location())
        && a.years().equals(b.years())
        && a.fourYearTotal().equals(b.fourYearTotal())
        && a.fourYearAverage().equals(b.fourYearAverage())
        && compare(a.marketPosition(), b.marketPosition())
        && a.redFlags() == b.redFlags()
        && a.proposedTotal().equals(b.proposedTotal())
        && compare(a.askPercent(), b.askPercent())
        && java.util.Objects.equals(a.approval(), b.approval());
  }

  private static boolean compare(java.math.BigDecimal x, java.math.BigDecimal y) {
    return x == null ? y == null : y != null && x.compareTo(y) == 0;
  }

  /** Records the problems of the input files just read (see {@link StateStore#putErrors}). */
  public void putErrors(Collection<Path> inputs, List<ErrorRow> errors) {
    store.putErrors(inputs, errors);
  }

  /**
   * From now on, each summary keeps what the next one can use (the state's rows in memory, the
   * sheets' chunks compressed), so that rewriting the summary of a large folder after a few offers
   * changed takes seconds: for {@code watch}, which keeps the folder open.
   */
  public void keepSummaryBetweenWrites() {
    if (kept == null) {
      kept = new SummaryCache();
      mirror = new SummaryMirror();
    }
  }

  /** Everything {@code summary.xlsx} shows, read from the store. */
  public SummaryData summary(List<Map.Entry<String, String>> assumptions) {
    return kept != null ? keptSummary(assumptions) : wholeSummary(assumptions);
  }

  /** Everything {@code summary.xlsx} shows, all read from the store now. */
  SummaryData wholeSummary(List<Map.Entry<String, String>> assumptions) {
    List<SummaryRow> rows = new ArrayList<>();
    // Brief rows: each offer's take-home years, plan tiers and findings are read while their sheet
    // is written, in ranking order, so a folder of 100,000 offers is summarised within a 1 GB heap.
    store.forEachBriefResult(rows::add);
    List<HistoryRow> history = HistoryRow.of(store.allVersions());
    List<EmailRow> email = emailRows(store.all());
    rows.sort(SummaryRow.RANKING);
    return new SummaryData(
        rows, List.of(), store.errors(), assumptions, history, email, store.details(rows));
  }

  /** The summary from the mirror, brought up to date with what changed since the last one. */
  private SummaryData keptSummary(List<Map.Entry<String, String>> assumptions) {
    try {
      StateStore.Changes changes = store.takeChanges();
      // Noted before the mirror reads them, so a failure below cannot lose them.
      kept.offersChanged(changes.offers());
      if (changes.everything()) {
        kept.clear();
      }
      mirror.refresh(store, changes);
      return new SummaryData(
          mirror.rows(),
          List.of(),
          store.errors(),
          assumptions,
          mirror.history(),
          emailRows(mirror.messages()),
          store.detailsByOffer(mirror.totals()),
          kept);
    } catch (RuntimeException e) {
      forgetKeptSummary();
      throw e;
    }
  }

  /** How many chunks the last summary took from the one before (for tests). */
  int reusedChunks() {
    return kept == null ? 0 : kept.reusedChunks();
  }

  private void forgetKeptSummary() {
    if (kept != null) {
      kept.clear();
      mirror.forget();
    }
  }

  private List<EmailRow> emailRows(List<LedgerEntry> messages) {
    List<EmailRow> email = new ArrayList<>(messages.size());
    for (LedgerEntry m : messages) {
      email.add(
          new EmailRow(
              m.offerId(),
              m.recipient(),
              m.state().name(),
              m.attempts(),
              m.lastError(),
              m.sentAt(),
              m.state() == DeliveryState.PENDING && m.nextTryAt() != null
                  ? When.dayTime(m.nextTryAt(), clock.getZone())
                  : ""));
    }
    return email;
  }

  /**
   * Rewrites {@code summary.xlsx} over everything the folder holds.
   *
   * @return the summary written
   */
  public Path writeSummary(List<Map.Entry<String, String>> assumptions) throws IOException {
    return SummaryFile.write(dir(), summary(assumptions));
  }

  /** Writes {@code name} inside the folder under a temporary name renamed into place. */
  public Path write(String name, AtomicFiles.Content content) throws IOException {
    Path target = dir().resolve(name);
    AtomicFiles.write(target, content);
    return target;
  }

  @Override
  public void close() throws IOException {
    try {
      store.close();
    } finally {
      lock.close();
    }
  }
}
