package dev.offeranalyzer.output;

import dev.offeranalyzer.delivery.LedgerEntry;
import dev.offeranalyzer.delivery.LedgerFile;
import dev.offeranalyzer.output.JournalCodec.Entry;
import dev.offeranalyzer.output.JournalCodec.FileErrors;
import dev.offeranalyzer.output.JournalCodec.OfferEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes over an output folder written by release 0.1.0 (SPEC section 15): its results journal
 * {@code .offer-analyzer/results.journal} and its delivery ledger {@code outbox/ledger.tsv} are
 * read into the state store in one transaction, then renamed with the suffix {@code .migrated}
 * (kept, never deleted). A run killed after the commit and before the renames finds the files
 * again; the store's {@code takeovers} table says they are in already, and they are only renamed.
 *
 * <p>Email: the old ledger keyed a message by a hash of the report model's text, which this version
 * no longer computes. Its messages are kept with the fingerprint {@code legacy:<old key>}; when the
 * same offer is reported again with the figures the journal held, its newest legacy message takes
 * the new report's fingerprint (see {@link OutputFolder#record}), so a client whose report did not
 * change is not emailed again, and a message that was waiting still waits.
 */
final class Takeover {

  static final String JOURNAL = "results.journal";
  static final String LEDGER = "ledger.tsv";
  static final String OUTBOX = "outbox";
  static final String SUFFIX = ".migrated";
  static final String LEGACY_PREFIX = "legacy:";

  private Takeover() {}

  /** What a takeover did; all zero when the folder had nothing old. */
  record Result(int offers, int errorFiles, int messages, List<Path> renamed) {
    boolean happened() {
      return !renamed.isEmpty();
    }
  }

  /** Imports and renames the old state files of {@code outputDir}, if any. */
  static Result run(Path outputDir, Path stateDir, StateStore store, Instant now)
      throws IOException {
    Path journal = stateDir.resolve(JOURNAL);
    Path ledger = outputDir.resolve(OUTBOX).resolve(LEDGER);
    boolean hasJournal = Files.isRegularFile(journal);
    boolean hasLedger = Files.isRegularFile(ledger);
    if (!hasJournal && !hasLedger) {
      return new Result(0, 0, 0, List.of());
    }
    int[] counts = new int[3];
    boolean journalIn = store.takenOver(JOURNAL);
    boolean ledgerIn = store.takenOver(LEDGER);
    Loaded loaded = hasJournal && !journalIn ? load(journal) : new Loaded(Map.of(), Map.of());
    List<LedgerEntry> messages =
        hasLedger && !ledgerIn ? LedgerFile.read(ledger) : List.<LedgerEntry>of();
    store.inTransaction(
        () -> {
          if (hasJournal && !journalIn) {
            for (OfferEntry e : loaded.offers().values()) {
              store.putResult(e.row(), e.findings(), now);
              counts[0]++;
            }
            for (FileErrors f : loaded.errors().values()) {
              store.putErrors(List.of(Path.of(f.file().isEmpty() ? "_" : f.file())), f.errors());
              counts[1]++;
            }
            store.markTakenOver(JOURNAL, counts[0] + counts[1], now);
          }
          if (hasLedger && !ledgerIn) {
            for (LedgerEntry m : messages) {
              store.insertMessage(legacy(m));
              counts[2]++;
            }
            store.markTakenOver(LEDGER, counts[2], now);
          }
        });
    List<Path> renamed = new ArrayList<>();
    if (hasJournal) {
      renamed.add(rename(journal));
    }
    if (hasLedger) {
      renamed.add(rename(ledger));
    }
    return new Result(counts[0], counts[1], counts[2], renamed);
  }

  private static LedgerEntry legacy(LedgerEntry m) {
    return new LedgerEntry(
        0,
        m.offerId(),
        m.recipient(),
        LEGACY_PREFIX + m.fingerprint(),
        m.state(),
        m.attempts(),
        null,
        null,
        m.lastError(),
        m.sentAt(),
        m.messageId(),
        m.file());
  }

  /**
   * When {@code offerId}'s newest message is a legacy one and its report did not change, gives that
   * message the new report's fingerprint, inside the caller's transaction.
   *
   * @return true when a message was adopted
   */
  static boolean adopt(StateStore store, String offerId, String fingerprint) throws SQLException {
    Optional<LedgerEntry> newest =
        store.newestMessage(offerId).filter(m -> m.fingerprint().startsWith(LEGACY_PREFIX));
    if (newest.isEmpty()) {
      return false;
    }
    try (PreparedStatement up =
        store.prepare(
            "UPDATE messages SET fingerprint = ? WHERE id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM messages WHERE offer_id = ? AND recipient = ? AND fingerprint = ?)")) {
      up.setString(1, fingerprint);
      up.setLong(2, newest.get().id());
      up.setString(3, offerId);
      up.setString(4, newest.get().recipient());
      up.setString(5, fingerprint);
      return up.executeUpdate() == 1;
    }
  }

  private record Loaded(Map<String, OfferEntry> offers, Map<String, FileErrors> errors) {}

  /** Reads the journal as release 0.1.0 did: a later line for the same key wins; damage skipped. */
  private static Loaded load(Path journal) throws IOException {
    Map<String, OfferEntry> offers = new LinkedHashMap<>();
    Map<String, FileErrors> errors = new LinkedHashMap<>();
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(journal), decoder))) {
      String line = in.readLine();
      if (line != null && !JournalCodec.HEADER.equals(line)) {
        throw new IOException(
            journal + " line 1: expected the header '" + JournalCodec.HEADER + "'; not taken over");
      }
      while ((line = in.readLine()) != null) {
        Optional<Entry> e = JournalCodec.decode(line, s -> s);
        if (e.isPresent() && e.get() instanceof OfferEntry o) {
          offers.put(o.row().offerId(), o);
        } else if (e.isPresent() && e.get() instanceof FileErrors f) {
          errors.put(f.file(), f);
        }
      }
    }
    return new Loaded(offers, errors);
  }

  private static Path rename(Path file) throws IOException {
    Path target = file.resolveSibling(file.getFileName() + SUFFIX);
    for (int n = 2; Files.exists(target); n++) {
      target = file.resolveSibling(file.getFileName() + SUFFIX + "." + n);
    }
    try {
      Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(file, target);
    }
    return target;
  }
}
