package dev.offeranalyzer.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.output.JournalCodec.FileErrors;
import dev.offeranalyzer.output.JournalCodec.OfferEntry;
import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.report.summary.PlanRow;
import dev.offeranalyzer.report.summary.SummaryRow;
import dev.offeranalyzer.tax.TaxYear;
import dev.offeranalyzer.watch.Rows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JournalCodecTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"", "plain", "tab\there", "line\nbreak\r\n", "back\\slash", "\\0", "\\t", "é ü 中"})
  void escapedText_splitsBackToItself(String text) {
    String line = JournalCodec.escape("a") + "\t" + JournalCodec.escape(text);
    assertThat(JournalCodec.split(line)).containsExactly("a", text);
  }

  @Test
  void null_isToldApartFromTheTextBackslashZero() {
    String line = JournalCodec.escape(null) + "\t" + JournalCodec.escape("\\0");
    assertThat(JournalCodec.split(line)).containsExactly(null, "\\0");
  }

  @Test
  void offerEntry_roundTripsWithNullsAndAwkwardText() {
    SummaryRow base = Rows.row("=HYPERLINK(\"x\")\t1", "Ana\nMaria", 250_000);
    SummaryRow r =
        new SummaryRow(
            base.offerId(),
            base.candidate(),
            null,
            null,
            null,
            List.of(Money.of("1.05"), Money.of(2), Money.of(3), Money.of(4)),
            Money.of("10.05"),
            Money.of("2.51"),
            null,
            0,
            Money.of(12),
            new java.math.BigDecimal("-0.50"),
            "Recruiter",
            "x.pdf");
    OfferEntry e = new OfferEntry(r, List.of(Rows.finding(r, "CLIFF_Y3"), Rows.finding(r, "X\\Y")));

    String line = JournalCodec.encode(e);

    assertThat(line).doesNotContain("\n");
    assertThat(JournalCodec.decode(line, UnaryOperator.identity())).contains(e);
  }

  @Test
  void offerEntryWithTakeHome_roundTrips() {
    SummaryRow base = Rows.row("A-1", "Ana", 320_000);
    List<TaxYear> years = new ArrayList<>();
    for (int k = 1; k <= 4; k++) {
      years.add(
          new TaxYear(
              k,
              Money.of("320000"),
              Money.of("75134.25"),
              Money.of("11439.00"),
              Money.of("5720.00"),
              Money.ZERO,
              Money.ZERO,
              Money.of("3345.28"),
              Money.of("224361.47"),
              Money.of("83638.28"),
              Money.of("-12.01")));
    }
    SummaryRow r = withTakeHome(base, years);
    OfferEntry e = new OfferEntry(r, List.of(Rows.finding(r, "TAX_DUE_AT_FILING")));

    Optional<JournalCodec.Entry> back =
        JournalCodec.decode(JournalCodec.encode(e), UnaryOperator.identity());

    assertThat(back).contains(e);
    assertThat(((OfferEntry) back.orElseThrow()).row().fourYearTakeHome())
        .isEqualTo(Money.of("897445.88"));
  }

  @Test
  void offerLineWrittenBeforeTakeHome_decodesWithoutAnEstimate() {
    OfferEntry e = new OfferEntry(Rows.row("A-1", "Ana", 200_000), List.of());
    String line = JournalCodec.encode(e);
    // As the earlier version wrote it: the 17 row fields and the (zero) finding count, no more.
    String payload = line.substring(line.indexOf('\t', 2) + 1);
    String old =
        String.join("\t", java.util.Arrays.asList(payload.split("\t", -1)).subList(0, 17 + 1));
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(old.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String oldLine = "O\t" + String.format("%08x", crc.getValue()) + "\t" + old;

    assertThat(JournalCodec.decode(oldLine, UnaryOperator.identity())).contains(e);
  }

  private static SummaryRow withTakeHome(SummaryRow b, List<TaxYear> years) {
    return b.withDetails(years, b.plans());
  }

  @Test
  void fileErrors_roundTrip() {
    FileErrors e =
        new FileErrors(
            "offers.csv",
            List.of(
                Rows.error("offers.csv", 7, "is not an amount"),
                new ErrorRow("offers.csv", "Sheet 1", null, null, null, "cannot be read")));
    assertThat(JournalCodec.decode(JournalCodec.encode(e), UnaryOperator.identity())).contains(e);
  }

  @Test
  void everyCutOrChangedLine_isRejected() {
    String line =
        JournalCodec.encode(
            new OfferEntry(
                Rows.row("A-1", "Ana", 200_000),
                List.of(Rows.finding(Rows.row("A-1", "Ana", 1), "R"))));
    List<String> damaged = new ArrayList<>();
    for (int cut = 0; cut < line.length(); cut++) {
      damaged.add(line.substring(0, cut));
    }
    char[] flipped = line.toCharArray();
    flipped[line.length() - 3] ^= 1;
    damaged.add(new String(flipped));
    damaged.add("Z" + line.substring(1));
    damaged.addAll(Arrays.asList("", "O", "O\t", "garbage"));

    assertThat(damaged)
        .allSatisfy(d -> assertThat(JournalCodec.decode(d, UnaryOperator.identity())).isEmpty());
  }

  @Test
  void offerEntry_roundTripsTheColumnsOfSections13And14() {
    SummaryRow b = Rows.row("G-1", "Priya", 300_000);
    SummaryRow r =
        new SummaryRow(
            b.offerId(),
            b.candidate(),
            b.company(),
            b.level(),
            b.location(),
            b.years(),
            b.fourYearTotal(),
            b.fourYearAverage(),
            b.marketPosition(),
            b.redFlags(),
            b.proposedTotal(),
            b.askPercent(),
            b.approval(),
            b.reportFile(),
            Money.of("1400000.25"),
            "M-1, A-1",
            List.of(
                new PlanRow(
                    "Full",
                    Money.of(210_000),
                    Money.of(480_000),
                    Money.of(75_000),
                    Money.of(1_559_663),
                    new java.math.BigDecimal("11.23")),
                new PlanRow(
                    "Recruiter",
                    Money.of(210_000),
                    Money.of(480_000),
                    Money.of(57_000),
                    Money.of(1_541_663),
                    new java.math.BigDecimal("9.94"))));
    OfferEntry e = new OfferEntry(r, List.of(Rows.finding(r, "CLOSE_CALL")));

    assertThat(JournalCodec.decode(JournalCodec.encode(e), UnaryOperator.identity())).contains(e);
  }

  @Test
  void aLineOfAnEarlierVersion_withoutTheTrailingFields_stillDecodes() {
    SummaryRow r = Rows.row("A-1", "Ana", 200_000);
    String line = JournalCodec.encode(new OfferEntry(r, List.of()));
    // Drop the trailing fields (total with refreshers, close call, plan count) and re-sign
    List<String> f = JournalCodec.split(line.substring(line.indexOf('\t', 2) + 1));
    List<String> old = f.subList(0, f.size() - 3);
    StringBuilder payload = new StringBuilder();
    for (int i = 0; i < old.size(); i++) {
      payload.append(i == 0 ? "" : "\t").append(JournalCodec.escape(old.get(i)));
    }
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(payload.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String oldLine = "O\t" + String.format("%08x", crc.getValue()) + "\t" + payload;

    OfferEntry decoded =
        (OfferEntry) JournalCodec.decode(oldLine, UnaryOperator.identity()).orElseThrow();

    assertThat(decoded.row().closeCall()).isEmpty();
    assertThat(decoded.row().plans()).isEmpty();
    assertThat(decoded.row().fourYearTotalWithRefreshers()).isEqualTo(r.fourYearTotal());
  }
}
