package dev.offeranalyzer.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.delivery.DeliveryState;
import dev.offeranalyzer.delivery.LedgerEntry;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.report.model.OfferVersion;
import dev.offeranalyzer.report.summary.FindingRow;
import dev.offeranalyzer.report.summary.PlanRow;
import dev.offeranalyzer.report.summary.SummaryRow;
import dev.offeranalyzer.report.summary.SummaryWorkbook;
import dev.offeranalyzer.tax.TaxYear;
import dev.offeranalyzer.testing.WorkbookCells;
import dev.offeranalyzer.watch.Rows;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder that keeps its summary between writes (watch) writes, after every change, the same
 * workbook as one written whole from the state: every cell, format, column width and link; and it
 * does take its unchanged chunks from the summary before.
 */
class KeptSummaryTest {

  private static final Instant T = Instant.parse("2026-11-02T10:00:00Z");
  private static final List<Map.Entry<String, String>> ASSUMPTIONS =
      List.of(Map.entry("Report date", "2026-11-02"));

  @TempDir Path dir;
  private final Random random = new Random(2026);
  private int next;

  @Test
  void everySummaryAfterChanges_isCellForCellTheWholeOne_andKeepsTheUnchangedChunks()
      throws Exception {
    try (OutputFolder folder =
        OutputFolder.open(dir.resolve("out"), Clock.fixed(T, ZoneOffset.UTC))) {
      folder.keepSummaryBetweenWrites();
      StateStore store = folder.state();
      List<String> ids = new ArrayList<>();
      List<LedgerEntry> messages = new ArrayList<>();
      store.beginGroup(); // one commit for the lot, not one forced write each
      for (int i = 0; i < 400; i++) {
        ids.add(addOffer(store, "O-" + i, 1));
        if (i % 3 == 0) {
          messages.add(store.add(message(ids.get(i), DeliveryState.PENDING)));
        }
      }
      store.endGroup();
      assertSameAsWhole(folder);

      // Nothing changed: every chunk is kept.
      int chunks = assertSameAsWhole(folder);
      assertThat(chunks).isGreaterThan(20);

      for (int round = 0; round < 3; round++) {
        // Reported again with other figures (they move in the ranking), new offers, new versions,
        // messages added, updated and (round 1) sent back to pending in bulk.
        for (int k = 0; k < 4; k++) {
          addOffer(store, ids.get(random.nextInt(ids.size())), 2 + round);
        }
        for (int k = 0; k < 2; k++) {
          ids.add(addOffer(store, "N" + round + "-" + k, 1));
        }
        // Reported again with the same figures (same place in the ranking), other details.
        for (int k = 0; k < 3; k++) {
          SummaryRow same = store.briefResult(ids.get(random.nextInt(ids.size()))).orElseThrow();
          Money m = Money.of(1_000 + round);
          store.putResult(
              same.withDetails(
                  List.of(), List.of(new PlanRow("Only", m, m, m, m, new BigDecimal("0.5")))),
              List.of(Rows.finding(same, "NEW" + round)),
              T);
        }
        LedgerEntry m = messages.get(random.nextInt(messages.size()));
        store.update(
            new LedgerEntry(
                m.id(),
                m.offerId(),
                m.recipient(),
                m.fingerprint(),
                DeliveryState.FAILED,
                3,
                T,
                null,
                "550 no such user",
                null,
                m.messageId(),
                m.file()));
        messages.add(store.add(message(ids.get(random.nextInt(ids.size())), DeliveryState.SENT)));
        if (round == 1) {
          store.requeue(DeliveryState.FAILED);
        }

        int reused = assertSameAsWhole(folder);
        assertThat(reused).as("round %d", round).isPositive().isLessThan(chunks);
      }
    }
  }

  /** Writes the kept summary, compares it with the whole one; returns the chunks it kept. */
  private int assertSameAsWhole(OutputFolder folder) throws Exception {
    Path written = folder.writeSummary(ASSUMPTIONS);
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    new SummaryWorkbook().write(folder.wholeSummary(ASSUMPTIONS), whole);
    assertThat(WorkbookCells.of(Files.readAllBytes(written)))
        .isEqualTo(WorkbookCells.of(whole.toByteArray()));
    return folder.reusedChunks();
  }

  /** Reports {@code id} (again): new figures, findings, take-home years, plans and a version. */
  private String addOffer(StateStore store, String id, int version) {
    long average = 200_000 + random.nextInt(400) * 1_000L;
    String candidate = "Candidate " + random.nextInt(300);
    SummaryRow base = Rows.row(id, candidate, average);
    Money m = Money.of(average);
    List<TaxYear> years = new ArrayList<>();
    if (random.nextInt(4) > 0) {
      for (int y = 1; y <= 4; y++) {
        Money cents = Money.of(new BigDecimal(average).add(new BigDecimal("0.37")));
        years.add(new TaxYear(y, cents, m, m, m, m, m, m, cents, m, Money.of(-y * 100L)));
      }
    }
    List<PlanRow> plans =
        List.of(
            new PlanRow("Full", m, m, m, Money.of(average * 4), new BigDecimal("12.5")),
            new PlanRow("Recruiter", m, m, m, Money.of(average * 3), BigDecimal.ONE));
    SummaryRow row = base.withDetails(years, plans);
    List<FindingRow> findings = new ArrayList<>();
    for (int k = random.nextInt(4); k > 0; k--) {
      findings.add(Rows.finding(row, "R" + random.nextInt(8) + " v" + version));
    }
    store.putResult(row, findings, T);
    store.recordVersion(
        new OfferVersion(
            id,
            1,
            LocalDate.of(2026, 11, 1).plusDays(version),
            candidate,
            "inputs " + version + " " + next++,
            m,
            m,
            m,
            Percent.of(10),
            Money.of(average * 4),
            null,
            null,
            null));
    return id;
  }

  private LedgerEntry message(String offerId, DeliveryState state) {
    return new LedgerEntry(
        0,
        offerId,
        offerId.toLowerCase() + "@example.com",
        Integer.toHexString(next++),
        state,
        state == DeliveryState.SENT ? 1 : 0,
        null,
        state == DeliveryState.PENDING ? T.plusSeconds(3600) : null,
        null,
        state == DeliveryState.SENT ? T : null,
        "<" + next + "@coach>",
        "outbox/" + offerId + ".eml");
  }
}
