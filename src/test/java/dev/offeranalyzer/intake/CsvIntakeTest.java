package dev.offeranalyzer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.offer.WorkMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvIntakeTest {

  @TempDir Path dir;

  @Test
  void basicCsv_readsGoodRowsAndReportsEveryBadValue() {
    Intake in = Intake.readResource("basic.csv");

    assertThat(in.offers()).extracting(Offer::offerId).containsExactly("A-1");
    Offer a1 = in.offers().get(0);
    assertThat(a1.baseSalary()).isEqualTo(Money.of("200000.50"));
    assertThat(a1.signOnYear1()).isEqualTo(Money.of(50_000));
    assertThat(a1.level()).isEqualTo("L6");
    assertThat(a1.location()).isEqualTo("Bay Area");
    assertThat(a1.stockGrowth()).isEqualTo(Percent.of(5));
    assertThat(a1.startDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(a1.decisionDeadline()).isEqualTo(LocalDate.of(2026, 1, 22));
    assertThat(a1.workMode()).isEqualTo(WorkMode.HYBRID);
    assertThat(a1.source().describe()).isEqualTo("basic.csv row 2");
    assertThat(in.result().offersRead()).isEqualTo(1);
    assertThat(in.result().rowsRejected()).isEqualTo(3);
    assertThat(in.described())
        .containsExactly(
            "basic.csv row 3, rsu_value: is missing (give rsu_value, or rsu_shares with"
                + " stock_price)",
            "basic.csv row 4, base_salary: \"two hundred\" is not an amount",
            "basic.csv row 6, email: \"not-an-email\" is not a single email address",
            "basic.csv row 6, base_salary: \"-5000\" is negative (amounts must be 0 or more)",
            "basic.csv row 6, vesting: \"5/15/40/30\" yearly percents add up to 90, not 100 ("
                + dev.offeranalyzer.offer.VestingSchedule.accepted()
                + ")",
            "basic.csv row 6, stock_growth: \"-150%\" is below -100%",
            "basic.csv row 6, annual_bonus_pct: \"1500%\" is above 1000% (check the value)",
            "basic.csv row 6, offer_date: \"2026-02-30\" is not a valid date (no such day; dates"
                + " are year-month-day or month/day/year)",
            "basic.csv row 6, work_mode: \"sometimes\" is not a work mode (onsite, hybrid or"
                + " remote)");
    Problem p = in.result().problems().get(1);
    assertThat(p.file()).isEqualTo("basic.csv");
    assertThat(p.sheet()).isNull();
    assertThat(p.row()).isEqualTo(4);
    assertThat(p.column()).isEqualTo("base_salary");
    assertThat(p.value()).isEqualTo("two hundred");
    assertThat(in.result().fileRejected()).isFalse();
  }

  @Test
  void semicolonWithBom() {
    Intake in = Intake.readResource("semicolon-bom.csv");

    assertThat(in.described()).isEmpty();
    assertThat(in.offers())
        .extracting(Offer::candidate, Offer::baseSalary, Offer::rsuValue, Offer::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Zoë Quinn", Money.of(200_000), Money.of(1_200_000), "NYC"),
            org.assertj.core.groups.Tuple.tuple(
                "Yan Li", Money.of(210_000), Money.of(400_000), "Seattle"));
  }

  @Test
  void windows1252_fallsBackWithAWarning() {
    Intake in = Intake.readResource("cp1252.csv");

    assertThat(in.offers()).extracting(Offer::candidate).containsExactly("José Müller");
    assertThat(in.warnings())
        .containsExactly(
            "cp1252.csv: the file is not UTF-8; it was read as Windows-1252 (check accented"
                + " names)");
  }

  @Test
  void tabDelimitedWithAliases() {
    Intake in = Intake.readResource("tab.csv");

    assertThat(in.described()).isEmpty();
    assertThat(in.offers())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.candidate()).isEqualTo("Tab Person");
              assertThat(o.rsuValue()).isEqualTo(Money.of(300_000));
              assertThat(o.location()).isEqualTo("Seattle");
            });
  }

  @ParameterizedTest
  @CsvSource({"utf16le.csv", "utf16be.csv"})
  void utf16WithBom(String file) {
    Intake in = Intake.readResource(file);

    assertThat(in.described()).isEmpty();
    assertThat(in.offers()).extracting(Offer::candidate).containsExactly("Ünal Öz");
  }

  @Test
  void quotedLineBreak_keepsRecordNumbersAsRows() {
    Intake in = Intake.readResource("multiline.csv");

    assertThat(in.offers()).extracting(Offer::role).containsExactly("Senior\nEngineer");
    assertThat(in.described())
        .containsExactly("multiline.csv row 3, base_salary: \"abc\" is not an amount");
  }

  @Test
  void duplicateHeader_rejectsTheFile() {
    Intake in = Intake.readResource("duplicate-header.csv");

    assertThat(in.offers()).isEmpty();
    assertThat(in.result().fileRejected()).isTrue();
    assertThat(in.described())
        .containsExactly(
            "duplicate-header.csv, column base_salary: duplicate header: \"Base\" and"
                + " \"base_salary\" both name this column (keep one)");
  }

  @Test
  void everyAlias_isUnderstoodAndUnknownColumnsWarnedOnce() {
    Intake in = Intake.readResource("aliases.csv");

    assertThat(in.described()).isEmpty();
    assertThat(in.warnings()).containsExactly("aliases.csv: unknown columns ignored: Notes");
    Offer o = in.offers().get(0);
    assertThat(o.offerId()).isEqualTo("X-1");
    assertThat(o.candidate()).isEqualTo("Alias Person");
    assertThat(o.email()).isEqualTo("alias@example.com");
    assertThat(o.role()).isEqualTo("SDE");
    assertThat(o.signOnYear2()).isEqualTo(Money.of(5_000));
    assertThat(o.vesting().name()).isEqualTo("even");
    assertThat(o.stockGrowth()).isEqualTo(Percent.of(5));
    assertThat(o.annualBonusPct()).isEqualTo(Percent.of(15));
    assertThat(o.relocation()).isEqualTo(Money.of(20_000));
    assertThat(o.unvestedEquity()).isEqualTo(Money.of(50_000));
    assertThat(o.forfeitedBonus()).isEqualTo(Money.of(10_000));
    assertThat(o.walkAway()).isEqualTo(Money.of(300_000));
    assertThat(o.targetLevel()).isEqualTo("L7");
    assertThat(o.decisionDeadline()).isEqualTo(LocalDate.of(2026, 1, 20));
    assertThat(o.workMode()).isEqualTo(WorkMode.REMOTE);
  }

  @Test
  void unterminatedQuote_namesTheRowAndKeepsEarlierOffers() {
    Intake in = Intake.readResource("unterminated.csv");

    assertThat(in.offers()).extracting(Offer::candidate).containsExactly("Ok Person");
    assertThat(in.described())
        .containsExactly(
            "unterminated.csv row 3: has a quoted value that is never closed (a \" is missing);"
                + " the rest of the file was not read");
    assertThat(in.result().rowsRejected()).isEqualTo(1);
  }

  @Test
  void rowWidths_tooManyIsAProblemTooFewIsEmpty() {
    Intake in = Intake.readResource("widths.csv");

    assertThat(in.described())
        .containsExactly(
            "widths.csv row 2: has 4 values but the header has 3 columns (a missing quote or an"
                + " extra delimiter?)",
            "widths.csv row 3, rsu_value: is missing (give rsu_value, or rsu_shares with"
                + " stock_price)");
    assertThat(in.offers()).extracting(Offer::candidate).containsExactly("Trailing");
  }

  @Test
  void missingRequiredColumn_rejectsTheFile() {
    Intake in = Intake.readResource("missing-required.csv");

    assertThat(in.result().fileRejected()).isTrue();
    assertThat(in.described())
        .containsExactly(
            "missing-required.csv, column base_salary: the required column is missing from the"
                + " header row (row 1) (also accepted: base, base pay, annual base, base salary"
                + " usd, salary)");
  }

  @Test
  void headerOnly_isANoteNotARejection() {
    Intake in = Intake.readResource("header-only.csv");

    assertThat(in.result().clean()).isTrue();
    assertThat(in.warnings())
        .containsExactly("header-only.csv: no offers in file (only a header row)");
  }

  @Test
  void sharesAndPrice() {
    Intake in = Intake.readResource("shares.csv");

    assertThat(in.offers())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.rsuShares()).isEqualByComparingTo("1500");
              assertThat(o.stockPrice()).isEqualTo(Money.of("180.25"));
            });
    assertThat(in.described())
        .containsExactly(
            "shares.csv row 3, stock_price: is missing (rsu_shares needs stock_price, or give"
                + " rsu_value)");
  }

  @Test
  void csvNamedXlsx_isReadAsCsvWithAWarning() {
    Intake in = Intake.readResource("csv-named.xlsx");

    assertThat(in.offers()).extracting(Offer::candidate).containsExactly("Named Wrong");
    assertThat(in.warnings())
        .containsExactly(
            "csv-named.xlsx: the file is named .xlsx but holds text; it was read as CSV");
  }

  @Test
  void htmlNamedXls_isRefused() {
    Intake in = Intake.readResource("html-page.xls");

    assertThat(in.described())
        .containsExactly(
            "html-page.xls: is an HTML page saved with an Excel name; open it in Excel and save as"
                + " .xlsx");
  }

  @Test
  void emptyFile_isAClearProblem() throws IOException {
    Path f = Files.createFile(dir.resolve("empty.csv"));

    assertThat(Intake.read(f).described()).containsExactly("empty.csv: the file is empty");
  }

  @Test
  void blankLinesOnly_haveNoHeader() throws IOException {
    Path f = Files.writeString(dir.resolve("blank.csv"), "\n\n  \n");

    assertThat(Intake.read(f).described())
        .containsExactly("blank.csv: the file is empty (no header row)");
  }

  @Test
  void leadingAndInnerBlankLines_keepSpreadsheetRowNumbers() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("gaps.csv"),
            "\ncandidate,base_salary,rsu_value\n\nA,100000,2\n,,\nB,x,2\n");

    Intake in = Intake.read(f);

    assertThat(in.offers()).extracting(Offer::offerId).containsExactly("gaps-4");
    assertThat(in.described())
        .containsExactly("gaps.csv row 6, base_salary: \"x\" is not an amount");
  }

  @Test
  void giantField_isAProblemNotAnOutOfMemory() throws IOException {
    Path f = dir.resolve("giant.csv");
    String big = "x".repeat(GuardedCsvReader.MAX_FIELD_CHARS + 10);
    Files.writeString(
        f, "candidate,base_salary,rsu_value\nA,100000,2\n" + big + ",100000,2\nC,100000,2\n");

    Intake in = Intake.read(f);

    assertThat(in.offers()).hasSize(1);
    assertThat(in.described())
        .containsExactly(
            "giant.csv row 3: has a value longer than 100000 characters; the rest of the file was"
                + " not read");
  }

  @Test
  void openQuoteSwallowingTheFile_namesWhereItStarted() throws IOException {
    Path f = dir.resolve("swallow.csv");
    StringBuilder sb = new StringBuilder("candidate,base_salary,rsu_value\nA,100000,2\n\"B,1,2\n");
    for (int i = 0; i < 10_000; i++) {
      sb.append("C").append(i).append(",200000,300000\n");
    }
    Files.writeString(f, sb);

    Intake in = Intake.read(f);

    assertThat(in.described())
        .singleElement()
        .asString()
        .startsWith("swallow.csv row 3: has a quoted value longer than 100000 characters");
  }

  @Test
  void textAfterClosingQuote_isKeptAsExcelDoes() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("trailing.csv"),
            "candidate,base_salary,rsu_value\n\"Smith\" Jr,200000,300000\n",
            StandardCharsets.UTF_8);

    assertThat(Intake.read(f).offers()).extracting(Offer::candidate).containsExactly("Smith Jr");
  }

  @Test
  void duplicateOfferIds_secondIsRejected() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("dups.csv"),
            "offer_id,candidate,base,equity\nX,A,100000,2\nX,B,100000,2\n");

    Intake in = Intake.read(f);

    assertThat(in.offers()).hasSize(1);
    assertThat(in.described())
        .containsExactly(
            "dups.csv row 3, offer_id: \"X\" is already used by row 2 (offer ids must be unique in"
                + " a file)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"a,b;c|,", "a;b;c,d|;", "a\tb\tc|'\t'", "\"a;b\",c|,", "abc|,", "\n\na;b|;"})
  void delimiterDetection(String head, char expected) {
    assertThat(CsvReader.delimiterOf(head)).isEqualTo(expected);
  }
}
