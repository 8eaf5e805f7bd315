package dev.offeranalyzer.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.output.JournalCodec.FileErrors;
import dev.offeranalyzer.output.JournalCodec.OfferEntry;
import dev.offeranalyzer.report.summary.ErrorRow;
import dev.offeranalyzer.report.summary.SummaryRow;
import dev.offeranalyzer.watch.Rows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
}
