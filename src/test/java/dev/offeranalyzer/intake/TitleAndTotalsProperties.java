package dev.offeranalyzer.intake;

import static dev.offeranalyzer.testing.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.testing.Property.Gen;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: any valid offer written into a sheet under a random number of title rows, with a totals
 * row below, is read with the same figures as the same offer in a bare table, and the totals row
 * never becomes an offer.
 */
class TitleAndTotalsProperties {

  private static final String[] TITLE_WORDS = {
    "Offers", "Q4", "2026", "Client:", "Priya", "comparison", "draft", "Comp", "(confidential)", "-"
  };
  private static final String[] TOTAL_LABELS = {"Total", "TOTAL:", "Average", "avg", "Grand total"};
  private static final String[] HEADER = {
    "Candidate",
    "Company",
    "Base Pay",
    "Sign-on (Year 1)",
    "Sign-on (Year 2)",
    "RSUs ($)",
    "Bonus %"
  };

  @TempDir Path dir;

  /** One offer's row as text, with title rows above it and a totals label below. */
  record Sample(List<String> titles, List<Object> values, String totalLabel, boolean xlsx) {}

  private static Gen<Sample> samples() {
    return r -> {
      int titleRows = r.nextInt(SheetIntake.HEADER_SEARCH_ROWS);
      List<String> titles = new ArrayList<>();
      for (int i = 0; i < titleRows; i++) {
        titles.add(
            TITLE_WORDS[r.nextInt(TITLE_WORDS.length)]
                + " "
                + TITLE_WORDS[r.nextInt(TITLE_WORDS.length)]);
      }
      List<Object> values =
          List.of(
              "Client " + r.nextInt(1000),
              r.nextBoolean() ? "Amazon" : "Acme",
              10_000L + r.nextInt(490_000),
              (long) r.nextInt(100_000),
              (long) r.nextInt(100_000),
              (long) r.nextInt(1_000_000),
              (long) r.nextInt(30));
      return new Sample(
          titles, values, TOTAL_LABELS[r.nextInt(TOTAL_LABELS.length)], r.nextBoolean());
    };
  }

  @Test
  void titleRowsAboveAndATotalsRowBelow_giveTheSameOffer() {
    forAll(
        60,
        samples(),
        s -> {
          Offer bare = readOne(write(s.xlsx() ? "bare.xlsx" : "bare.csv", List.of(), s, false));
          Path dressed = write(s.xlsx() ? "dressed.xlsx" : "dressed.csv", s.titles(), s, true);
          Intake in = Intake.read(dressed);
          assertThat(in.described()).isEmpty();
          assertThat(in.offers()).hasSize(1);
          Offer got = in.offers().get(0);
          assertThat(got.toBuilder().offerId("x").source(null).build())
              .isEqualTo(bare.toBuilder().offerId("x").source(null).build());
          assertThat(in.result().rowsSkipped()).isEqualTo(1);
        });
  }

  private static Offer readOne(Path file) {
    Intake in = Intake.read(file);
    assertThat(in.described()).isEmpty();
    assertThat(in.offers()).hasSize(1);
    return in.offers().get(0);
  }

  private Path write(String name, List<String> titles, Sample s, boolean totals)
      throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    titles.forEach(t -> rows.add(List.of(t)));
    rows.add(List.of((Object[]) HEADER));
    rows.add(s.values());
    if (totals) {
      List<Object> total = new ArrayList<>(s.values());
      total.set(0, s.totalLabel());
      total.set(1, "");
      rows.add(total);
    }
    Path file = dir.resolve(name);
    if (name.endsWith(".csv")) {
      StringBuilder sb = new StringBuilder();
      for (List<Object> row : rows) {
        sb.append(String.join(",", row.stream().map(String::valueOf).toList())).append("\r\n");
      }
      Files.writeString(file, sb);
    } else {
      try (XSSFWorkbook wb = new XSSFWorkbook();
          OutputStream os = Files.newOutputStream(file)) {
        Sheet sheet = wb.createSheet("Offers");
        for (int i = 0; i < rows.size(); i++) {
          Row row = sheet.createRow(i);
          for (int c = 0; c < rows.get(i).size(); c++) {
            Object v = rows.get(i).get(c);
            if (v instanceof Long n) {
              row.createCell(c).setCellValue(n);
            } else {
              row.createCell(c).setCellValue((String) v);
            }
          }
        }
        wb.write(os);
      }
    }
    return file;
  }
}
