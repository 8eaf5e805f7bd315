package dev.offeranalyzer.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.offeranalyzer.delivery.DeliveryState;
import dev.offeranalyzer.delivery.LedgerEntry;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.report.model.OfferVersion;
import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.report.summary.FindingRow;
import dev.offeranalyzer.report.summary.PlanRow;
import dev.offeranalyzer.report.summary.SummaryRow;
import dev.offeranalyzer.tax.TaxYear;
import dev.offeranalyzer.watch.Rows;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {

  private static final Instant T = Instant.parse("2026-11-15T09:00:00Z");

  @TempDir Path dir;

  private Path state() {
    return dir.resolve(".offer-analyzer");
  }

  private static OfferVersion version(String id, String inputs, long total, Long grantTarget) {
    return new OfferVersion(
        id,
        1,
        LocalDate.of(2026, 11, 2),
        "Ana Diaz",
        inputs,
        Money.of(185_000),
        Money.of(170_000),
        Money.of(700_000),
        Percent.of(10),
        Money.of(total),
        null,
        Money.of(250_000),
        grantTarget == null ? null : Money.of(grantTarget));
  }

  @Test
  void result_roundTripsExactly_withFindingsAndABlankMarketPosition() throws Exception {
    SummaryRow row = Rows.row("A-1", "Ana  Diaz", 250_000);
    SummaryRow noMarket =
        new SummaryRow(
            "B-1",
            "Bo",
            null,
            null,
            null,
            row.years(),
            row.fourYearTotal(),
            Money.of(new BigDecimal("123456.78")),
            null,
            0,
            row.proposedTotal(),
            new BigDecimal("12.50"),
            "Recruiter",
            "B-1.pdf");
    List<FindingRow> findings = List.of(Rows.finding(row, "CLIFF_Y3"), Rows.finding(row, "X"));
    try (StateStore store = StateStore.open(state())) {
      store.putResult(row, findings, T);
      store.putResult(noMarket, List.of(), T);
    }

    try (StateStore store = StateStore.open(state())) {
      assertThat(store.result("A-1")).contains(row);
      assertThat(store.result("B-1")).contains(noMarket);
      List<FindingRow> back = new java.util.ArrayList<>();
      store.forEachResult(r -> {}, back::add);
      assertThat(back).containsExactlyElementsOf(findings);
      assertThat(store.offerCount()).isEqualTo(2);
    }
  }

  @Test
  void takeHomeYearsPlanTiersRefreshersAndCloseCalls_roundTrip_andAReportAgainReplacesThem()
      throws Exception {
    SummaryRow base = Rows.row("A-1", "Ana", 250_000);
    TaxYear y1 =
        new TaxYear(
            1,
            Money.of(new BigDecimal("250000.00")),
            Money.of(new BigDecimal("48000.12")),
            Money.of(new BigDecimal("10453.20")),
            Money.of(new BigDecimal("3625.00")),
            Money.ZERO,
            Money.ZERO,
            Money.of(new BigDecimal("1137.50")),
            Money.of(new BigDecimal("186784.18")),
            Money.of(new BigDecimal("47000.00")),
            Money.of(new BigDecimal("1000.12")));
    TaxYear y2 = year2(y1, Money.of(new BigDecimal("-250.00")));
    PlanRow full =
        new PlanRow(
            "Full",
            Money.of(210_000),
            null,
            Money.of(175_000),
            Money.of(1_100_000),
            new BigDecimal("9.5"));
    PlanRow recruiter = RECRUITER;
    SummaryRow row =
        withSections(
            base, List.of(y1, y2), Money.of(1_150_000), "B-1, C-2", List.of(full, recruiter));

    try (StateStore store = StateStore.open(state())) {
      store.putResult(row, List.of(), T);
    }
    try (StateStore store = StateStore.open(state())) {
      assertThat(store.result("A-1")).contains(row);
      List<SummaryRow> all = new java.util.ArrayList<>();
      store.forEachResult(all::add, f -> {});
      assertThat(all).containsExactly(row);
      assertThat(all.get(0).fourYearDueAtFiling()).isEqualTo(Money.of(new BigDecimal("750.12")));

      SummaryRow again = withSections(base, List.of(), null, "", List.of(recruiter));
      store.putResult(again, List.of(), T);
      assertThat(store.result("A-1")).contains(again);
    }
  }

  @Test
  void schemaVersion3_isUpgradedTo4_anOfferStoredBeforeHasNoTakeHomeOrPlansUntilReportedAgain()
      throws Exception {
    SummaryRow row = Rows.row("A-1", "Ana", 250_000);
    try (StateStore v3 = StateStore.open(state(), 3)) {
      try (var ps =
          v3.prepare(
              "INSERT INTO offers (offer_id, candidate, candidate_key, company, level, location,"
                  + " year1_total, year2_total, year3_total, year4_total, four_year_total,"
                  + " four_year_average, market_position, red_flags, proposed_four_year_total,"
                  + " ask_percent, approval, report_file, reported_at) VALUES ('A-1', 'Ana',"
                  + " 'ana', 'Amazon', 'L6', 'Seattle', '250000', '250000', '250000', '250000',"
                  + " '1000000', '250000', '42.5', 1, '1010000', '12.50', 'Hiring manager',"
                  + " 'A-1.pdf', '2026-01-01T00:00:00Z')")) {
        ps.executeUpdate();
      }
    }

    try (StateStore v4 = StateStore.open(state())) {
      assertThat(v4.schemaVersion()).isEqualTo(StateStore.SCHEMA_VERSION).isEqualTo(4);
      SummaryRow back = v4.result("A-1").orElseThrow();
      assertThat(back.takeHome()).isEmpty();
      assertThat(back.plans()).isEmpty();
      assertThat(back.closeCall()).isEmpty();
      assertThat(back.fourYearTotalWithRefreshers()).isEqualTo(row.fourYearTotal());
    }
  }

  @Test
  void rankedDetails_areReadInOnePass_andAnOfferAskedOutOfOrderIsLookedUpAlone() throws Exception {
    TaxYear y1 =
        new TaxYear(
            1,
            Money.of(300_000),
            Money.of(new BigDecimal("61000.10")),
            Money.of(new BigDecimal("10453.20")),
            Money.of(new BigDecimal("4350.00")),
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.of(new BigDecimal("224196.70")),
            Money.of(new BigDecimal("60000.00")),
            Money.of(new BigDecimal("1000.10")));
    TaxYear y2 = year2(y1, Money.ZERO);
    PlanRow full =
        new PlanRow(
            "Full", Money.of(210_000), null, null, Money.of(1_100_000), new BigDecimal("9.5"));
    PlanRow recruiter = RECRUITER;
    SummaryRow a =
        withSections(Rows.row("A-1", "Ana", 250_000), List.of(y1, y2), null, "", List.of(full));
    SummaryRow b =
        withSections(Rows.row("B-1", "Bo", 260_000), List.of(), null, "", List.of(recruiter));
    SummaryRow c = withSections(Rows.row("C-1", "Cy", 270_000), List.of(y1), null, "", List.of());
    SummaryRow unknown = Rows.row("Z-9", "Zed", 1);

    try (StateStore store = StateStore.open(state())) {
      store.putResult(a, List.of(Rows.finding(a, "R1"), Rows.finding(a, "R2")), T);
      store.putResult(b, List.of(), T);
      store.putResult(c, List.of(Rows.finding(c, "R3")), T);
      List<SummaryRow> ranked = List.of(c.brief(), a.brief(), b.brief());
      try (var details = store.details(ranked)) {
        // In ranking order, as the Take-Home sheet asks.
        assertThat(details.takeHome(c)).containsExactly(y1);
        assertThat(details.takeHome(a)).containsExactly(y1, y2);
        assertThat(details.takeHome(b)).isEmpty();
        // One skipped, then one asked again: the repeat is looked up alone.
        assertThat(details.plans(a)).containsExactly(full);
        assertThat(details.plans(b)).containsExactly(recruiter);
        assertThat(details.plans(a)).containsExactly(full);
        assertThat(details.plans(c)).isEmpty();
        // The last first, then an earlier one.
        assertThat(details.findings(b)).contains(List.of());
        assertThat(details.findings(a).orElseThrow())
            .extracting(FindingRow::rule, FindingRow::candidate)
            .containsExactly(tuple("R1", "Ana"), tuple("R2", "Ana"));
        assertThat(details.findings(unknown)).contains(List.of());
        assertThat(details.fourYearTakeHome(a)).isEqualTo(a.fourYearTakeHome());
        assertThat(details.fourYearTakeHome(b)).isNull();
        details.close();
        // Closed before the end: what is asked later is still right.
        assertThat(details.findings(c).orElseThrow())
            .extracting(FindingRow::rule)
            .containsExactly("R3");
      }
      // The store stays usable for writing: no read cursor is left open.
      store.putResult(Rows.row("D-1", "Di", 280_000), List.of(), T);
      assertThat(store.offerCount()).isEqualTo(4);
    }
  }

  private static final PlanRow RECRUITER =
      new PlanRow(
          "Recruiter", Money.of(200_000), null, null, Money.of(1_050_000), new BigDecimal("4.75"));

  /** Year 2 with year 1's figures and another amount due at filing. */
  private static TaxYear year2(TaxYear y1, Money dueAtFiling) {
    return new TaxYear(
        2,
        y1.wages(),
        y1.federal(),
        y1.socialSecurity(),
        y1.medicare(),
        y1.state(),
        y1.city(),
        y1.payrollPrograms(),
        y1.takeHome(),
        y1.withheld(),
        dueAtFiling);
  }

  private static SummaryRow withSections(
      SummaryRow r,
      List<TaxYear> takeHome,
      Money withRefreshers,
      String closeCall,
      List<PlanRow> plans) {
    return new SummaryRow(
        r.offerId(),
        r.candidate(),
        r.company(),
        r.level(),
        r.location(),
        r.years(),
        r.fourYearTotal(),
        r.fourYearAverage(),
        r.marketPosition(),
        r.redFlags(),
        r.proposedTotal(),
        r.askPercent(),
        r.approval(),
        r.reportFile(),
        takeHome,
        withRefreshers,
        closeCall,
        plans);
  }

  @Test
  void laterResult_replacesTheEarlierOne_andItsFindings() throws Exception {
    SummaryRow first = Rows.row("A-1", "Ana", 250_000);
    SummaryRow second = Rows.row("A-1", "Ana", 260_000);
    try (StateStore store = StateStore.open(state())) {
      store.putResult(first, List.of(Rows.finding(first, "OLD")), T);
      store.putResult(second, List.of(), T);

      assertThat(store.result("A-1")).contains(second);
      List<FindingRow> findings = new java.util.ArrayList<>();
      store.forEachResult(r -> {}, findings::add);
      assertThat(findings).isEmpty();
      assertThat(store.offerCount()).isEqualTo(1);
    }
  }

  @Test
  void versions_sameInputsRecordNothing_changedInputsRecordTheNextVersion() throws Exception {
    try (StateStore store = StateStore.open(state())) {
      assertThat(store.recordVersion(version("A-1", "base=1", 1_000_000, 900_000L)))
          .extracting(OfferVersion::version)
          .containsExactly(1);
      assertThat(store.recordVersion(version("A-1", "base=1", 1_000_000, 900_000L)))
          .extracting(OfferVersion::version)
          .containsExactly(1);
      List<OfferVersion> after = store.recordVersion(version("A-1", "base=2", 1_140_000, null));

      assertThat(after).extracting(OfferVersion::version).containsExactly(1, 2);
      assertThat(store.versions("A-1")).isEqualTo(after);
      assertThat(after.get(0)).isEqualTo(version("A-1", "base=1", 1_000_000, 900_000L));
      assertThat(store.gains()).isEqualTo(new StateStore.Gains(1, Money.of(140_000)));
      assertThat(store.versionCount()).isEqualTo(2);
    }
  }

  @Test
  void inputErrors_replacedPerInputFile_andClearedByACleanReading() throws Exception {
    ErrorRow bad = new ErrorRow("q4/offers.csv", null, 7, "base_salary", "two", "not an amount");
    ErrorRow other = new ErrorRow("other.csv", "Sheet1", null, null, null, "unreadable");
    try (StateStore store = StateStore.open(state())) {
      store.putErrors(List.of(Path.of("in/offers.csv"), Path.of("other.csv")), List.of(bad, other));
      assertThat(store.errors()).containsExactlyInAnyOrder(bad, other);

      store.putErrors(List.of(Path.of("in/offers.csv")), List.of());

      assertThat(store.errors()).containsExactly(other);
    }
  }

  @Test
  void messages_roundTripEveryField_andAreFoundByReportIgnoringAddressCase() throws Exception {
    LedgerEntry e =
        new LedgerEntry(
            0,
            "A-1",
            "Jane@Example.com",
            "f".repeat(64),
            DeliveryState.SENT,
            2,
            T,
            T.plusSeconds(60),
            "421 busy",
            T.plusSeconds(120),
            "<m1@coach>",
            "sent/A-1.eml");
    try (StateStore store = StateStore.open(state())) {
      LedgerEntry stored = store.add(e);

      assertThat(stored.id()).isPositive();
      assertThat(store.all()).containsExactly(stored);
      assertThat(store.find("A-1", "jane@example.com", "f".repeat(64))).contains(stored);
      assertThat(store.find("A-1", "jane@example.com", "0".repeat(64))).isEmpty();
      assertThat(store.inState(DeliveryState.SENT)).containsExactly(stored);
      assertThat(store.unsent("A-1")).isEmpty();
    }
  }

  @Test
  void sendingLeftByAKilledRun_becomesUncertain_andOnlyRequeueSendsItBack() throws Exception {
    try (StateStore store = StateStore.open(state())) {
      LedgerEntry e = store.add(LedgerEntry.pending("A-1", "a@x.example", "k", "<m@x>", "A-1.eml"));
      LedgerEntry sending = store.recordSending(e, T, "on the wire");
      assertThat(sending.attempts()).isEqualTo(1);
      assertThat(sending.firstTryAt()).isEqualTo(T);
    }
    try (StateStore store = StateStore.open(state())) {
      assertThat(store.settleInFlight()).isEqualTo(1);
      LedgerEntry held = store.all().get(0);
      assertThat(held.state()).isEqualTo(DeliveryState.UNCERTAIN);
      assertThat(held.messageId()).isEqualTo("<m@x>");
      assertThat(store.messageCounts()).containsEntry(DeliveryState.UNCERTAIN, 1);

      assertThat(store.requeue(DeliveryState.UNCERTAIN)).isEqualTo(1);

      assertThat(store.all().get(0).state()).isEqualTo(DeliveryState.PENDING);
      assertThatThrownBy(() -> store.requeue(DeliveryState.SENT))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void runs_recordStartEndCountsAndExitCode_newestFirst() throws Exception {
    try (StateStore store = StateStore.open(state())) {
      long first = store.startRun("run", T);
      store.finishRun(first, T.plusSeconds(5), 2, 10, 1, 3, 1);
      long second = store.startRun("watch", T.plusSeconds(10));

      assertThat(store.lastRuns(10))
          .containsExactly(
              new StateStore.Run(
                  second, "watch", T.plusSeconds(10), null, null, null, null, null, null),
              new StateStore.Run(first, "run", T, T.plusSeconds(5), 2, 10, 1, 3, 1));
    }
  }

  @Test
  void schemaVersion2_isUpgradedTo3_itsErrorLinesBecomingErrors_andNotesListAfterErrors()
      throws Exception {
    try (StateStore v2 = StateStore.open(state(), 2)) {
      try (var ps =
          v2.prepare(
              "INSERT INTO input_errors (input_file, position, file, row_number, column_name,"
                  + " value, message) VALUES ('a.csv', 0, 'a.csv', 3, 'base_salary', 'abc',"
                  + " 'not a number')")) {
        ps.executeUpdate();
      }
    }

    try (StateStore v3 = StateStore.open(state())) {
      assertThat(v3.schemaVersion()).isGreaterThanOrEqualTo(3);
      assertThat(v3.errors())
          .singleElement()
          .extracting(ErrorRow::severity)
          .isEqualTo(ErrorRow.Severity.ERROR);
      ErrorRow note =
          new ErrorRow("a.csv", null, 2, null, null, "header row found", ErrorRow.Severity.NOTE);
      ErrorRow warning =
          new ErrorRow("b.csv", null, null, "Base", null, "look-alike", ErrorRow.Severity.WARNING);
      v3.putErrors(List.of(Path.of("a.csv"), Path.of("b.csv")), List.of(note, warning));
      assertThat(v3.errors()).containsExactly(warning, note);
    }
  }

  @Test
  void schemaVersion1_isUpgradedToTheLatest_keepingItsMessages() throws Exception {
    try (StateStore v1 = StateStore.open(state(), 1)) {
      assertThat(v1.schemaVersion()).isEqualTo(1);
      try (var ps =
          v1.prepare(
              "INSERT INTO messages (offer_id, recipient, fingerprint, state, attempts,"
                  + " last_error, sent_at, message_id, eml_file)"
                  + " VALUES ('A-1', 'a@x.example', 'k', 'SENT', 1, '', ?, '<m@x>', 'sent/A.eml')")) {
        ps.setString(1, T.toString());
        ps.executeUpdate();
      }
    }

    try (StateStore v2 = StateStore.open(state())) {
      assertThat(v2.schemaVersion()).isEqualTo(StateStore.SCHEMA_VERSION);
      LedgerEntry kept = v2.all().get(0);
      assertThat(kept.state()).isEqualTo(DeliveryState.SENT);
      assertThat(kept.sentAt()).isEqualTo(T);
      assertThat(kept.firstTryAt()).isNull();
      assertThat(kept.nextTryAt()).isNull();
    }
  }

  @Test
  void databaseNewerThanThisTool_isRefusedWithAMessage() throws Exception {
    try (StateStore store = StateStore.open(state())) {
      try (var ps = store.prepare("PRAGMA user_version = 99")) {
        ps.execute();
      }
    }
    assertThatThrownBy(() -> StateStore.open(state()))
        .isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("state.db")
        .hasMessageContaining("newer");
  }

  @Test
  void anySqliteClient_readsTheTablesByTheirDomainNames_andTheJournalIsWal() throws Exception {
    try (StateStore store = StateStore.open(state())) {
      store.putResult(Rows.row("A-1", "Ana", 250_000), List.of(), T);
    }
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + state().resolve(StateStore.FILE_NAME));
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT offer_id, four_year_average FROM offers")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("offer_id")).isEqualTo("A-1");
        assertThat(new BigDecimal(rs.getString("four_year_average")))
            .isEqualByComparingTo("250000");
      }
      try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
      }
      try (ResultSet rs =
          s.executeQuery(
              "EXPLAIN QUERY PLAN SELECT * FROM messages"
                  + " WHERE offer_id = 'A' AND recipient = 'b' AND fingerprint = 'c'")) {
        rs.next();
        assertThat(rs.getString("detail")).contains("USING INDEX messages_by_report");
      }
    }
  }

  @Test
  void aGroup_keepsEachTransactionWholeAndCommitsAtItsEnd() throws Exception {
    try (StateStore store = StateStore.open(state())) {
      store.groupLimits(StateStore.GROUP_UNITS, 3_600_000);
      store.beginGroup();
      store.putResult(Rows.row("A-1", "Ana", 250_000), List.of(), T);
      assertThatThrownBy(
              () ->
                  store.inTransaction(
                      () -> {
                        store.putResult(Rows.row("B-1", "Bo", 260_000), List.of(), T);
                        throw new IllegalStateException("the disk filled up mid-way");
                      }))
          .hasMessageContaining("disk filled up");
      store.putResult(Rows.row("C-1", "Cy", 270_000), List.of(), T);
      assertThat(store.result("C-1")).as("seen on the store's own connection").isPresent();
      try (StateStore other = StateStore.open(state())) {
        assertThat(other.offerCount()).as("nothing committed before the group ends").isZero();
      }
      store.endGroup();
      try (StateStore other = StateStore.open(state())) {
        assertThat(other.result("A-1")).isPresent();
        assertThat(other.result("B-1")).as("the failed transaction is dropped whole").isEmpty();
        assertThat(other.result("C-1")).isPresent();
      }
      // After the group, each transaction commits on its own again.
      store.putResult(Rows.row("D-1", "Di", 280_000), List.of(), T);
      try (StateStore other = StateStore.open(state())) {
        assertThat(other.result("D-1")).isPresent();
      }
    }
  }

  @Test
  void aGroup_commitsEveryGroupUnitsTransactions() throws Exception {
    try (StateStore store = StateStore.open(state())) {
      store.groupLimits(StateStore.GROUP_UNITS, 3_600_000);
      store.beginGroup();
      for (int i = 0; i < StateStore.GROUP_UNITS + 1; i++) {
        store.putResult(Rows.row("A-" + i, "Ana " + i, 250_000), List.of(), T);
      }
      try (StateStore other = StateStore.open(state())) {
        assertThat(other.offerCount()).isEqualTo(StateStore.GROUP_UNITS);
      }
      store.endGroup();
      try (StateStore other = StateStore.open(state())) {
        assertThat(other.offerCount()).isEqualTo(StateStore.GROUP_UNITS + 1);
      }
    }
  }
}
