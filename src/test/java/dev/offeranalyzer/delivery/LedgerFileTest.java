package dev.offeranalyzer.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerFileTest {

  private static final Path SOURCE = Path.of("out/outbox/ledger.tsv");
  private static final String SHA = "ab".repeat(32);

  private static LedgerEntry entry(String offerId, String error) {
    return new LedgerEntry(
        0,
        offerId,
        "jane@example.com",
        SHA,
        DeliveryState.SENT,
        2,
        null,
        null,
        error,
        Instant.parse("2026-03-02T09:30:00Z"),
        "<id@example.com>",
        "sent/A.eml");
  }

  @Test
  void formatThenParse_givesTheEntriesBack_evenWithTabsAndLineBreaksInValues() {
    List<LedgerEntry> entries =
        List.of(entry("A", ""), entry("tab\there", "line one\r\nline two \\ end"));

    List<String> lines = LedgerFile.format(entries);

    assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l).doesNotContain("\n", "\r"));
    assertThat(lines.get(0)).isEqualTo(String.join("\t", LedgerFile.COLUMNS));
    assertThat(LedgerFile.parse(lines, SOURCE)).isEqualTo(entries);
  }

  @Test
  void formattedLine_isReadable() {
    assertThat(LedgerFile.format(List.of(entry("A", ""))).get(1))
        .isEqualTo(
            "A\tjane@example.com\t"
                + SHA
                + "\tSENT\t2\t\t2026-03-02T09:30:00Z\t<id@example.com>\tsent/A.eml\t\t");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-2", "@SUM(A1)", "'quoted", "''", "=HYPERLINK(\"x\")"})
  void valueAFormulaCouldStartWith_isWrittenAfterAnApostropheAndReadBack(String offerId) {
    // A spreadsheet opening ledger.tsv must show the id as text, never evaluate it.
    List<LedgerEntry> entries = List.of(entry(offerId, "=cmd|' /C calc'!A0"));

    List<String> lines = LedgerFile.format(entries);

    assertThat(lines.get(1)).startsWith("'" + offerId + "\t");
    assertThat(lines.get(1).split("\t", -1)[5]).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(LedgerFile.parse(lines, SOURCE)).isEqualTo(entries);
  }

  @Test
  void anyValue_roundTripsAndNoFieldCanStartAFormula() {
    dev.offeranalyzer.testing.Property.forAll(
        2000,
        dev.offeranalyzer.testing.Property.strings(12),
        value -> {
          String escaped = LedgerFile.escape(value);
          assertThat(LedgerFile.unescape(escaped)).isEqualTo(value);
          assertThat(escaped).doesNotContain("\t", "\n", "\r");
          if (!escaped.isEmpty()) {
            assertThat("=+-@\t\r").doesNotContain(escaped.substring(0, 1));
          }
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\t", "\\n", "\\\\", "a\\b", "\\"})
  void escapeThenUnescape_isTheIdentity(String raw) {
    String value = raw.replace("\\t", "\t").replace("\\n", "\n");
    assertThat(LedgerFile.unescape(LedgerFile.escape(value))).isEqualTo(value);
  }

  @Test
  void lineWithTooFewFields_isRejectedWithFileAndLineNumber() {
    List<String> lines = List.of(String.join("\t", LedgerFile.COLUMNS), "", "A\tjane@example.com");

    assertThatThrownBy(() -> LedgerFile.parse(lines, SOURCE))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("ledger.tsv line 3")
        .hasMessageContaining("expected 11 tab-separated fields, found 2");
  }

  @Test
  void unknownState_isRejectedWithLineNumber() {
    String bad = LedgerFile.format(List.of(entry("A", ""))).get(1).replace("SENT", "MAYBE");

    assertThatThrownBy(
            () -> LedgerFile.parse(List.of(String.join("\t", LedgerFile.COLUMNS), bad), SOURCE))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("PENDING, SENT, FAILED, SENDING or UNCERTAIN");
  }

  @Test
  void wrongHeader_isRejected() {
    assertThatThrownBy(() -> LedgerFile.parse(List.of("id,state"), SOURCE))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("line 1: expected the header");
  }

  @Test
  void read_givesTheEntriesOfTheFile_andAnAbsentFileIsEmpty(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ledger.tsv");
    Files.writeString(file, String.join("\n", LedgerFile.format(List.of(entry("A", "x")))) + "\n");

    assertThat(LedgerFile.read(file)).containsExactly(entry("A", "x"));
    assertThat(LedgerFile.read(dir.resolve("none.tsv"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"../../etc/passwd.eml", "/tmp/A.eml", "sent/../../A.eml", "A.txt", ".A.eml"})
  void fileOutsideTheOutbox_isRejected(String file) {
    String line = LedgerFile.format(List.of(entry("A", "").withFile(file))).get(1);

    assertThatThrownBy(
            () -> LedgerFile.parse(List.of(String.join("\t", LedgerFile.COLUMNS), line), SOURCE))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining(file);
  }
}
