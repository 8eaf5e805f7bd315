package dev.offeranalyzer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #6: cells that look wrong or hold nonsense give a problem naming row and column. */
class HostileCellsIT {

  @TempDir Path dir;

  @Test
  void messyCells_giveOffersOrProblemsNamingRowAndColumn() throws IOException {
    Workbook wb = Workbooks.xlsx();
    Sheet s = wb.createSheet("Cells");
    Workbooks.row(
        s,
        0,
        "offer_id",
        "candidate",
        "base_salary",
        "rsu_value",
        "annual_bonus_pct",
        "start_date",
        "offer_date");
    Workbooks.row(s, 1, "div0", "Ann", null, 400000)
        .createCell(2)
        .setCellErrorValue(FormulaError.DIV0.getCode());
    Workbooks.row(s, 2, "na", "Ben", null, 400000)
        .createCell(2)
        .setCellErrorValue(FormulaError.NA.getCode());
    Workbooks.row(
        s, 3, "spaces", "Cy", " 200,000 ", "\u00A0400,000\u00A0", null, 46037, "2026-01-01");
    Workbooks.row(s, 4, "nbsp", "Di", "\u00A0$210,000\u00A0", 400000, "15 %", null, "1/15/2026");
    Row nan = Workbooks.row(s, 5, "nan", "Ed", null, 400000);
    nan.createCell(2).setCellValue(Double.NaN);
    Workbooks.row(s, 6, "inf-text", "Fay", "Infinity", 400000);
    Workbooks.row(s, 7, "e308", "Gus", 1e308, 400000);
    Workbooks.row(s, 8, "absurd", "Hal", 200_000_001, 400000);
    Workbooks.row(s, 9, "bonus", "Ivy", 200000, 400000, 1500);
    Workbooks.row(s, 10, "blank-name", "   ", 200000, 400000);
    Workbooks.row(s, 11, "nbsp-name", "\u00A0\u2007\u00A0", 200000, 400000);
    Workbooks.row(s, 12, "e308-text", "Jo", "1E308", 400000);
    Workbooks.row(s, 13, "date-text", "Kit", 200000, 400000, null, "2026-02-30");
    Workbooks.row(s, 14, "date-num", "Lu", 200000, 400000, null, 12);
    Workbooks.row(s, 15, "   ", "   ", " ", "\u00A0");
    Path f = Workbooks.save(wb, dir.resolve("cells.xlsx"));

    Intake in = Intake.read(f);

    assertThat(in.offers()).extracting(Offer::offerId).containsExactly("spaces", "nbsp");
    Offer spaces = in.offers().get(0);
    assertThat(spaces.baseSalary()).isEqualTo(Money.of(200000));
    assertThat(spaces.rsuValue()).isEqualTo(Money.of(400000));
    assertThat(spaces.startDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(spaces.offerDate()).isEqualTo(LocalDate.of(2026, 1, 1));
    Offer nbsp = in.offers().get(1);
    assertThat(nbsp.baseSalary()).isEqualTo(Money.of(210000));
    assertThat(nbsp.offerDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(nbsp.annualBonusPct().value()).isEqualByComparingTo("15");
    assertThat(in.described())
        .containsExactly(
            "cells.xlsx [Cells] row 2, base_salary: \"#DIV/0!\" is an error value in the cell (fix"
                + " the formula)",
            "cells.xlsx [Cells] row 3, base_salary: \"#N/A\" is an error value in the cell (fix the"
                + " formula)",
            "cells.xlsx [Cells] row 6, base_salary: \"#NUM!\" is an error value in the cell (fix the"
                + " formula)",
            "cells.xlsx [Cells] row 7, base_salary: \"Infinity\" is not an amount",
            "cells.xlsx [Cells] row 8, base_salary: \"1"
                + "0".repeat(79)
                + "…\" is more than $100,000,000 (check the amount)",
            "cells.xlsx [Cells] row 9, base_salary: \"200000001\" is more than $100,000,000 (check"
                + " the amount)",
            "cells.xlsx [Cells] row 10, annual_bonus_pct: \"1500\" is above 1000% (check the value)",
            "cells.xlsx [Cells] row 11, candidate: is missing (every offer needs a candidate)",
            "cells.xlsx [Cells] row 12, candidate: is missing (every offer needs a candidate)",
            "cells.xlsx [Cells] row 13, base_salary: \"1E308\" is not an amount",
            "cells.xlsx [Cells] row 14, start_date: \"2026-02-30\" is not a valid date (no such"
                + " day; dates are year-month-day or month/day/year)",
            "cells.xlsx [Cells] row 15, start_date: \"12\" is a number, not a date (use 2026-01-15"
                + " or 1/15/2026)");
  }

  @Test
  void csvText_nanInfinityAndHugeNumbers_areProblemsNotCrashes() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("nums.csv"),
            "candidate,base_salary,rsu_value,stock_growth,rsu_shares,stock_price\n"
                + "A,NaN,1,,,\n"
                + "B,200000,-Infinity,,,\n"
                + "C,200000,1,1E308,,\n"
                + "D,200000,,,1E308,10\n"
                + "E,200000,,,9999999999999999999999999999,10\n"
                + "F,\u00A0200\u00A0000\u00A0,1,,,\n"
                + "G,200000,1,-150%,,\n");

    Intake in = Intake.read(f);

    assertThat(in.offers()).isEmpty();
    assertThat(in.described())
        .containsExactly(
            "nums.csv row 2, base_salary: \"NaN\" is not an amount",
            "nums.csv row 3, rsu_value: \"-Infinity\" is not an amount",
            "nums.csv row 4, stock_growth: \"1E308\" is not a percent",
            "nums.csv row 5, rsu_shares: \"1E308\" is not a number of shares",
            "nums.csv row 6, rsu_shares: \"9999999999999999999999999999\" is more than"
                + " 100,000,000 shares (check the value)",
            "nums.csv row 7, base_salary: \"\u00A0200\u00A0000\u00A0\" is not an amount",
            "nums.csv row 8, stock_growth: \"-150%\" is below -100%");
  }
}
