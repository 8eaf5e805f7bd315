package dev.offeranalyzer.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.delivery.DeliveryState;
import dev.offeranalyzer.delivery.LedgerEntry;
import dev.offeranalyzer.delivery.When;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderStatusTest {

  private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

  @TempDir Path dir;

  @Test
  void messageWaitingForTheServer_isListedWithTheServersWordsAndItsNextTry() throws Exception {
    Instant next = T.plusSeconds(15 * 60);
    try (StateStore store = StateStore.open(dir.resolve(OutputLock.STATE_DIR))) {
      LedgerEntry e =
          store.add(LedgerEntry.pending("BUSY", "busy@example.com", "k", "<m@x>", "BUSY.eml"));
      LedgerEntry trying = store.recordSending(e, T, "on the wire");
      store.recordOutcome(trying, DeliveryState.PENDING, "451 4.2.2 mailbox full, try later", next);
      LedgerEntry gone =
          store.add(LedgerEntry.pending("GONE", "gone@example.com", "k", "<n@x>", "GONE.eml"));
      store.recordOutcome(
          store.recordSending(gone, T, "on the wire"),
          DeliveryState.FAILED,
          "550 5.1.1 mailbox unknown",
          null);

      assertThat(store.due(T)).isEmpty();
      assertThat(store.due(next.minusSeconds(1))).isEmpty();
      assertThat(store.due(next)).extracting(LedgerEntry::offerId).containsExactly("BUSY");
    }

    List<String> lines = FolderStatus.describe(dir);

    assertThat(lines)
        .contains(
            "  waiting: BUSY to busy@example.com (451 4.2.2 mailbox full, try later); next try"
                + " after "
                + When.dayTime(next, ZoneId.systemDefault())
                + " by a run with --send")
        .anySatisfy(l -> assertThat(l).startsWith("  failed: GONE to gone@example.com"));
  }
}
