package dev.offeranalyzer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.offer.VestingSchedule;
import dev.offeranalyzer.offer.WorkMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateWorkbookIT {

  @TempDir Path dir;
  private Path template;

  @BeforeEach
  void write() throws IOException {
    template = dir.resolve("template.xlsx");
    try (OutputStream out = Files.newOutputStream(template)) {
      TemplateWorkbook.write(out);
    }
  }

  @Test
  void readBack_givesExactlyTheExampleOffer() {
    Intake in = Intake.read(template);

    assertThat(in.described()).isEmpty();
    // The help sheet has no table: skipped with a note (SPEC section 2), nothing else.
    assertThat(in.warnings())
        .containsExactly(
            "template.xlsx [How to fill in]: sheet skipped: no header row naming candidate and"
                + " base_salary within its first 10 non-empty rows");
    Offer o = in.offers().get(0);
    assertThat(in.offers()).hasSize(1);
    assertThat(o.offerId()).isEqualTo("example-1");
    assertThat(o.candidate()).isEqualTo("Jordan Example");
    assertThat(o.level()).isEqualTo("L6");
    assertThat(o.location()).isEqualTo("Seattle");
    assertThat(o.baseSalary()).isEqualTo(Money.of(195_000));
    assertThat(o.signOnYear1()).isEqualTo(Money.of(75_000));
    assertThat(o.rsuValue()).isEqualTo(Money.of(360_000));
    assertThat(o.vesting()).isEqualTo(VestingSchedule.AMAZON);
    assertThat(o.stockGrowth()).isEqualTo(Percent.of(5));
    assertThat(o.annualBonusPct()).isEqualTo(Percent.ZERO);
    assertThat(o.walkAway()).isEqualTo(Money.of(300_000));
    assertThat(o.targetLevel()).isEqualTo("L7");
    assertThat(o.offerDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(o.startDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(o.decisionDeadline()).isEqualTo(LocalDate.of(2026, 1, 22));
    assertThat(o.workMode()).isEqualTo(WorkMode.HYBRID);
    assertThat(o.source().describe()).isEqualTo("template.xlsx [Offers] row 2");
  }

  @Test
  void layout_headersCommentsFormatsListsAndFrozenHeader() throws IOException {
    try (InputStream in = Files.newInputStream(template);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetName(0)).isEqualTo("Offers");
      assertThat(wb.getSheetName(1)).isEqualTo("How to fill in");
      XSSFSheet s = wb.getSheet("Offers");
      Row head = s.getRow(0);
      assertThat(head.getLastCellNum()).isEqualTo((short) Column.values().length);
      for (Column c : Column.values()) {
        var cell = head.getCell(c.ordinal());
        assertThat(cell.getStringCellValue()).isEqualTo(c.canonicalName());
        assertThat(cell.getCellComment()).as(c.canonicalName()).isNotNull();
        assertThat(cell.getCellComment().getString().getString()).isNotBlank();
        assertThat(s.getColumnWidth(c.ordinal())).isGreaterThan(8 * 256);
      }
      assertThat(head.getCell(Column.CANDIDATE.ordinal()).getCellComment().getString().getString())
          .startsWith("Required.");
      assertThat(s.getColumnStyle(Column.BASE_SALARY.ordinal()).getDataFormatString())
          .isEqualTo("$#,##0");
      assertThat(s.getColumnStyle(Column.STOCK_GROWTH.ordinal()).getDataFormatString())
          .isEqualTo("0.0%");
      assertThat(s.getColumnStyle(Column.OFFER_DATE.ordinal()).getDataFormatString())
          .isEqualTo("yyyy-mm-dd");
      assertThat(s.getPaneInformation().isFreezePane()).isTrue();
      assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(s.getDataValidations())
          .extracting(
              v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(),
              v -> Arrays.asList(v.getValidationConstraint().getExplicitListValues()))
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  Column.LEVEL.ordinal(), Arrays.asList("L4", "L5", "L6", "L7", "L8")),
              org.assertj.core.groups.Tuple.tuple(
                  Column.LOCATION.ordinal(), Arrays.asList("Seattle", "Bay Area", "NYC", "Austin")),
              org.assertj.core.groups.Tuple.tuple(
                  Column.VESTING.ordinal(),
                  Arrays.asList(
                      "amazon",
                      "even",
                      "google",
                      "meta",
                      "apple",
                      "5/15/40/40",
                      "25/25/25/25 quarterly cliff")),
              org.assertj.core.groups.Tuple.tuple(
                  Column.SIGN_ON_TERMS.ordinal(), Arrays.asList("prorated", "full", "none")),
              org.assertj.core.groups.Tuple.tuple(
                  Column.TARGET_LEVEL.ordinal(), Arrays.asList("L4", "L5", "L6", "L7", "L8")),
              org.assertj.core.groups.Tuple.tuple(
                  Column.WORK_MODE.ordinal(), Arrays.asList("onsite", "hybrid", "remote")),
              org.assertj.core.groups.Tuple.tuple(
                  Column.FILING_STATUS.ordinal(), Arrays.asList("single", "married")),
              org.assertj.core.groups.Tuple.tuple(
                  Column.STATE.ordinal(), Arrays.asList("WA", "CA", "NY", "TX")));
      assertThat(s.getDataValidations())
          .allSatisfy(
              v ->
                  assertThat(v.getRegions().getCellRangeAddress(0).getLastRow())
                      .isEqualTo(TemplateWorkbook.DATA_ROWS));
      DataValidation workMode =
          s.getDataValidations().stream()
              .filter(
                  v ->
                      v.getRegions().getCellRangeAddress(0).getFirstColumn()
                          == Column.WORK_MODE.ordinal())
              .findFirst()
              .orElseThrow();
      assertThat(workMode.getShowErrorBox()).isTrue();
    }
  }

  @Test
  void blankTemplate_withoutTheExample_givesANoteNotAProblem() throws IOException {
    try (InputStream in = Files.newInputStream(template);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet s = wb.getSheet("Offers");
      s.removeRow(s.getRow(1));
      Workbooks.save(wb, dir.resolve("blank.xlsx"));
    }

    Intake in = Intake.read(dir.resolve("blank.xlsx"));

    assertThat(in.offers()).isEmpty();
    assertThat(in.result().clean()).isTrue();
    assertThat(in.warnings())
        .containsExactly(
            "blank.xlsx [Offers]: no offers in this sheet",
            "blank.xlsx [How to fill in]: sheet skipped: no header row naming candidate and"
                + " base_salary within its first 10 non-empty rows");
  }
}
