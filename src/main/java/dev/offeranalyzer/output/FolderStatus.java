package dev.offeranalyzer.output;

import dev.offeranalyzer.delivery.DeliveryState;
import dev.offeranalyzer.delivery.LedgerEntry;
import dev.offeranalyzer.delivery.When;
import dev.offeranalyzer.offer.Formats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code status} prints about an output folder: offers, versions, messages by state (failed
 * and uncertain ones by name with their last error), and the last ten runs. Reads the state without
 * taking the folder's lock, so it works while a run or a watch is busy.
 */
public final class FolderStatus {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
  private static final int LISTED = 10;

  private FolderStatus() {}

  /**
   * The lines describing {@code outputDir}.
   *
   * @throws IOException when the state cannot be read
   */
  public static List<String> describe(Path outputDir) throws IOException {
    Path stateDir = outputDir.resolve(OutputLock.STATE_DIR);
    List<String> lines = new ArrayList<>();
    if (!Files.isRegularFile(stateDir.resolve(StateStore.FILE_NAME))) {
      boolean legacy =
          Files.isRegularFile(stateDir.resolve(Takeover.JOURNAL))
              || Files.isRegularFile(outputDir.resolve(Takeover.OUTBOX).resolve(Takeover.LEDGER));
      lines.add(
          legacy
              ? outputDir + " was written by an earlier version; the next run takes it over."
              : outputDir + " holds no state yet: no run has written into it.");
      return lines;
    }
    try (StateStore store = StateStore.open(stateDir)) {
      int offers = store.offerCount();
      int versions = store.versionCount();
      StateStore.Gains gains = store.gains();
      lines.add(
          String.format(
              Locale.ROOT,
              "%s: %d %s, %d %s%s",
              outputDir.toAbsolutePath().normalize(),
              offers,
              offers == 1 ? "offer" : "offers",
              versions,
              versions == 1 ? "version" : "versions",
              gains.offers() == 0
                  ? ""
                  : String.format(
                      Locale.ROOT,
                      "; %d negotiated, %s gained over four years",
                      gains.offers(),
                      Formats.signedMoney(gains.total()))));
      Map<DeliveryState, Integer> counts = store.messageCounts();
      lines.add(
          String.format(
              Locale.ROOT,
              "Email: %d sent, %d pending, %d failed, %d uncertain%s",
              counts.get(DeliveryState.SENT),
              counts.get(DeliveryState.PENDING),
              counts.get(DeliveryState.FAILED),
              counts.get(DeliveryState.UNCERTAIN),
              counts.get(DeliveryState.SENDING) > 0
                  ? ", " + counts.get(DeliveryState.SENDING) + " being sent now"
                  : ""));
      waiting(lines, store.inState(DeliveryState.PENDING));
      listed(lines, store.inState(DeliveryState.FAILED), "failed", "--retry-failed");
      listed(lines, store.inState(DeliveryState.UNCERTAIN), "uncertain", "--retry-uncertain");
      List<StateStore.Run> runs = store.lastRuns(LISTED);
      lines.add(runs.isEmpty() ? "No runs recorded yet." : "Last runs (newest first):");
      for (StateStore.Run r : runs) {
        lines.add("  " + run(r));
      }
    }
    return lines;
  }

  /** The messages waiting for the server: why (the server's words) and when tried next. */
  private static void waiting(List<String> lines, List<LedgerEntry> pending) {
    List<LedgerEntry> msgs =
        pending.stream().filter(m -> m.nextTryAt() != null && !m.lastError().isEmpty()).toList();
    for (int i = 0; i < Math.min(LISTED, msgs.size()); i++) {
      LedgerEntry m = msgs.get(i);
      lines.add(
          "  waiting: "
              + m.offerId()
              + " to "
              + m.recipient()
              + " ("
              + m.lastError()
              + "); next try after "
              + When.dayTime(m.nextTryAt(), ZoneId.systemDefault())
              + " by a run with --send");
    }
    if (msgs.size() > LISTED) {
      lines.add("  ... and " + (msgs.size() - LISTED) + " more waiting");
    }
  }

  private static void listed(List<String> lines, List<LedgerEntry> msgs, String what, String flag) {
    for (int i = 0; i < Math.min(LISTED, msgs.size()); i++) {
      LedgerEntry m = msgs.get(i);
      lines.add(
          "  "
              + what
              + ": "
              + m.offerId()
              + " to "
              + m.recipient()
              + " after "
              + m.attempts()
              + (m.attempts() == 1 ? " attempt" : " attempts")
              + (m.lastError().isEmpty() ? "" : " (" + m.lastError() + ")"));
    }
    if (msgs.size() > LISTED) {
      lines.add("  ... and " + (msgs.size() - LISTED) + " more " + what);
    }
    if (!msgs.isEmpty()) {
      lines.add("  run with " + flag + " to send the " + what + " messages again");
    }
  }

  private static String run(StateStore.Run r) {
    if (r.endedAt() == null) {
      return STAMP.format(r.startedAt())
          + "  "
          + r.command()
          + ": did not finish (stopped, killed, or still running)";
    }
    long seconds = Duration.between(r.startedAt(), r.endedAt()).toSeconds();
    return String.format(
        Locale.ROOT,
        "%s  %s: %d %s read, %d reported, %d rejected, %d emailed, exit %d (%d s)",
        STAMP.format(r.startedAt()),
        r.command(),
        r.filesRead(),
        r.filesRead() == 1 ? "file" : "files",
        r.offersReported(),
        r.rowsRejected(),
        r.emailsSent(),
        r.exitCode(),
        seconds);
  }
}
