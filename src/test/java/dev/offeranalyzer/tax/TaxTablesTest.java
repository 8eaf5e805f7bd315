package dev.offeranalyzer.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaxTablesTest {

  private static final String HEADER =
      "kind,jurisdiction,status,item,threshold,rate,amount,tax_year,source";

  @Test
  void builtInTables_coverTheFourStates_andEveryRowNamesItsYearAndSource() {
    TaxTables t = BuiltInTaxTables.tables();

    assertThat(t.states()).containsExactly("CA", "NY", "TX", "WA");
    assertThat(t.stateOf("Bay Area")).contains("CA");
    assertThat(t.stateOf("nyc")).contains("NY");
    assertThat(t.cityOf("NYC")).contains("NYC");
    assertThat(t.taxYears()).contains("2026", "2025");
    assertThat(t.sources()).anyMatch(s -> s.contains("Rev. Proc. 2025-32"));
    assertThat(t.sources()).anyMatch(s -> s.contains("FTB 2025"));
  }

  @Test
  void addedState_getsAnEstimate() {
    TaxTables t =
        TaxTables.parse(
            List.of(
                HEADER,
                "state,OR,,,,,,2026,test",
                "bracket,OR,,,0,5,,2026,test",
                "bracket,US,,,0,10,,2026,test"),
            "t.csv");

    TaxYear y =
        new TaxCalculator(t)
            .year(
                1,
                dev.offeranalyzer.offer.Money.of(100_000),
                dev.offeranalyzer.offer.Money.of(100_000),
                dev.offeranalyzer.offer.Money.ZERO,
                "OR",
                null,
                dev.offeranalyzer.offer.FilingStatus.MARRIED);

    assertThat(y.state()).isEqualTo(dev.offeranalyzer.offer.Money.of(5_000));
    assertThat(y.federal()).isEqualTo(dev.offeranalyzer.offer.Money.of(10_000));
  }

  static Stream<Arguments> badTables() {
    return Stream.of(
        Arguments.of(
            "kind,jurisdiction,status,item,threshold,rate,amount,tax_year",
            "t.csv line 1, header: missing column(s) source"),
        Arguments.of(
            "kind,jurisdiction,status,item,threshold,rate,amount,tax_year,source,extra",
            "t.csv line 1, column 10: unknown column \"extra\""),
        Arguments.of(
            HEADER + "\nbracket,US,single,,0,10,,,x", "t.csv line 2, column tax_year: is empty"),
        Arguments.of(
            HEADER + "\nrate,US,single,,0,10,,2026,x",
            "t.csv line 2, column kind: \"rate\" is not a kind"),
        Arguments.of(
            HEADER + "\nbracket,US,single,,12400,ten,,2026,x",
            "t.csv line 2, column rate: \"ten\" is not a percent number"),
        Arguments.of(
            HEADER + "\nbracket,US,single,,12,400,10,,2026,x",
            "t.csv line 2, row: has 10 cells, the header has 9"),
        Arguments.of(
            HEADER + "\nbracket,US,widowed,,0,10,,2026,x",
            "t.csv line 2, column status: \"widowed\" is not a filing status"),
        Arguments.of(
            HEADER + "\nbracket,US,single,,0,10,,2026,x\nbracket,US,single,,0,12,,2026,x",
            "t.csv line 3, column threshold: duplicate bracket row for US single at 0.00"),
        Arguments.of(
            HEADER + "\nstandard_deduction,New York,,,,,100,2026,x",
            "t.csv line 2, column jurisdiction: \"New York\" is not a jurisdiction"),
        Arguments.of(
            HEADER + "\nbracket,US,single,,-5,10,,2026,x",
            "t.csv line 2, column threshold: \"-5\" is not an amount"),
        Arguments.of(
            HEADER + "\nbracket,US,single,,0,150,,2026,x",
            "t.csv line 2, column rate: \"150\" is not a percent number"),
        Arguments.of(
            HEADER + "\nrecapture_phase,NY,,,,,0,2025,x",
            "t.csv line 2, column amount: the recapture phase-in width must be above 0"),
        Arguments.of("# only a comment", "t.csv: no header row"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badTables")
  void badTable_namesFileLineAndColumn(String csv, String message) {
    assertThatThrownBy(() -> TaxTables.parse(csv, "t.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }
}
