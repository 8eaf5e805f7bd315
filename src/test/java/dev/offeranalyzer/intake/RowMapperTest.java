package dev.offeranalyzer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.offer.FilingStatus;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import dev.offeranalyzer.offer.Percent;
import dev.offeranalyzer.offer.SourceRef;
import dev.offeranalyzer.offer.VestingSchedule;
import dev.offeranalyzer.offer.WorkMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowMapperTest {

  private static final SourceRef ROW_7 = new SourceRef("offers.csv", null, 7);
  private final RowMapper mapper = new RowMapper();

  private static Map<Column, Object> minimal() {
    Map<Column, Object> m = new EnumMap<>(Column.class);
    m.put(Column.CANDIDATE, "  Ana Lima ");
    m.put(Column.BASE_SALARY, "200k");
    m.put(Column.RSU_VALUE, "400,000");
    return m;
  }

  private Offer offer(Map<Column, Object> cells) {
    RowResult r = mapper.map(ROW_7, "offers-7", cells);
    assertThat(r).isInstanceOf(RowResult.Mapped.class);
    return ((RowResult.Mapped) r).offer();
  }

  private List<Problem> problems(Map<Column, Object> cells) {
    RowResult r = mapper.map(ROW_7, "offers-7", cells);
    assertThat(r).isInstanceOf(RowResult.Rejected.class);
    return ((RowResult.Rejected) r).problems();
  }

  @Test
  void minimalRow_getsDefaults() {
    Offer o = offer(minimal());

    assertThat(o.offerId()).isEqualTo("offers-7");
    assertThat(o.candidate()).isEqualTo("Ana Lima");
    assertThat(o.company()).isEqualTo("Amazon");
    assertThat(o.vesting()).isEqualTo(VestingSchedule.AMAZON);
    assertThat(o.baseSalary()).isEqualTo(Money.of(200_000));
    assertThat(o.rsuValue()).isEqualTo(Money.of(400_000));
    assertThat(o.signOnYear1()).isEqualTo(Money.ZERO);
    assertThat(o.source()).isEqualTo(ROW_7);
  }

  @Test
  void fullRow_isMappedAndCanonicalised() {
    Map<Column, Object> m = minimal();
    m.put(Column.OFFER_ID, " A-1 ");
    m.put(Column.EMAIL, "ana@example.com");
    m.put(Column.COMPANY, "Google");
    m.put(Column.ROLE, "SDE II");
    m.put(Column.LEVEL, "l6");
    m.put(Column.TARGET_LEVEL, "l7");
    m.put(Column.LOCATION, " san francisco ");
    m.put(Column.SIGN_ON_YEAR1, "$50,000");
    m.put(Column.SIGN_ON_YEAR2, new BigDecimal("25000"));
    m.put(Column.VESTING, "25/25/25/25");
    m.put(Column.STOCK_GROWTH, new PercentCell(new BigDecimal("0.05")));
    m.put(Column.ANNUAL_BONUS_PCT, "15%");
    m.put(Column.RELOCATION, "10k");
    m.put(Column.UNVESTED_EQUITY, "80k");
    m.put(Column.FORFEITED_BONUS, "20k");
    m.put(Column.WALK_AWAY, "300k");
    m.put(Column.OFFER_DATE, LocalDate.of(2026, 1, 15));
    m.put(Column.START_DATE, "3/2/2026");
    m.put(Column.DECISION_DEADLINE, "2026-01-22");
    m.put(Column.WORK_MODE, "On-Site");

    Offer o = offer(m);

    assertThat(o.offerId()).isEqualTo("A-1");
    assertThat(o.level()).isEqualTo("L6");
    assertThat(o.targetLevel()).isEqualTo("L7");
    assertThat(o.location()).isEqualTo("Bay Area");
    assertThat(o.company()).isEqualTo("Google");
    assertThat(o.signOnYear2()).isEqualTo(Money.of(25_000));
    assertThat(o.vesting().name()).isEqualTo("25/25/25/25");
    assertThat(o.stockGrowth()).isEqualTo(Percent.of(5));
    assertThat(o.annualBonusPct()).isEqualTo(Percent.of(15));
    assertThat(o.walkAway()).isEqualTo(Money.of(300_000));
    assertThat(o.startDate()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(o.decisionDeadline()).isEqualTo(LocalDate.of(2026, 1, 22));
    assertThat(o.workMode()).isEqualTo(WorkMode.ONSITE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SF|Bay Area",
        "San Francisco|Bay Area",
        "bay area|Bay Area",
        "New York|NYC",
        "new york city|NYC",
        "nyc|NYC",
        "seattle|Seattle",
        "AUSTIN|Austin",
        "'  Denver '|Denver",
      })
  void locationAliases(String raw, String expected) {
    Map<Column, Object> m = minimal();
    m.put(Column.LOCATION, raw);

    assertThat(offer(m).location()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "onsite, ONSITE",
    "on-site, ONSITE",
    "In Office, ONSITE",
    "HYBRID, HYBRID",
    "remote, REMOTE"
  })
  void workModes(String raw, WorkMode expected) {
    Map<Column, Object> m = minimal();
    m.put(Column.WORK_MODE, raw);

    assertThat(offer(m).workMode()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "single, SINGLE",
    "Married, MARRIED",
    "MFJ, MARRIED",
    "joint, MARRIED",
    "married_joint, MARRIED",
    "Married Joint, MARRIED"
  })
  void filingStatuses(String raw, FilingStatus expected) {
    Map<Column, Object> m = minimal();
    m.put(Column.FILING_STATUS, raw);

    assertThat(offer(m).filingStatus()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"wa, WA", "CA, CA", "New York, NY", "texas, TX", "OR, OR"})
  void states_areTwoLetterCodes(String raw, String expected) {
    Map<Column, Object> m = minimal();
    m.put(Column.STATE, raw);

    assertThat(offer(m).state()).isEqualTo(expected);
  }

  @Test
  void noFilingStatusOrState_meansSingleAndTheLocationsState() {
    Offer o = offer(minimal());

    assertThat(o.filingStatus()).isEqualTo(FilingStatus.SINGLE);
    assertThat(o.state()).isNull();
  }

  @Test
  void badFilingStatusAndState_areRejectedNamingTheColumn() {
    Map<Column, Object> m = minimal();
    m.put(Column.FILING_STATUS, "widowed");
    m.put(Column.STATE, "Ontario");

    assertThat(problems(m))
        .extracting(Problem::column, Problem::value, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "filing_status",
                "widowed",
                "is not a filing status (single, or married / mfj / joint)"),
            org.assertj.core.groups.Tuple.tuple(
                "state",
                "Ontario",
                "is not a US state (a two-letter code such as WA, CA, NY or TX)"));
  }

  @Test
  void badRow_reportsEveryProblemWithColumnAndValue() {
    Map<Column, Object> m = new EnumMap<>(Column.class);
    m.put(Column.CANDIDATE, "");
    m.put(Column.BASE_SALARY, "two hundred");
    m.put(Column.RSU_VALUE, "-5");
    m.put(Column.EMAIL, "a@b.com, c@d.com");
    m.put(Column.VESTING, "5/15/40/30");
    m.put(Column.STOCK_GROWTH, "-150%");
    m.put(Column.START_DATE, "2026-02-30");
    m.put(Column.WORK_MODE, "sometimes");

    List<Problem> ps = problems(m);

    assertThat(ps)
        .extracting(Problem::column, Problem::value, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "candidate", null, "is missing (every offer needs a candidate)"),
            org.assertj.core.groups.Tuple.tuple(
                "email", "a@b.com, c@d.com", "is not a single email address"),
            org.assertj.core.groups.Tuple.tuple("base_salary", "two hundred", "is not an amount"),
            org.assertj.core.groups.Tuple.tuple(
                "rsu_value", "-5", "is negative (amounts must be 0 or more)"),
            org.assertj.core.groups.Tuple.tuple(
                "vesting",
                "5/15/40/30",
                "yearly percents add up to 90, not 100 ("
                    + dev.offeranalyzer.offer.VestingSchedule.accepted()
                    + ")"),
            org.assertj.core.groups.Tuple.tuple("stock_growth", "-150%", "is below -100%"),
            org.assertj.core.groups.Tuple.tuple(
                "start_date",
                "2026-02-30",
                "is not a valid date (no such day; dates are year-month-day or month/day/year)"),
            org.assertj.core.groups.Tuple.tuple(
                "work_mode", "sometimes", "is not a work mode (onsite, hybrid or remote)"));
    assertThat(ps).allSatisfy(p -> assertThat(p.row()).isEqualTo(7));
    assertThat(ps.get(2).describe())
        .isEqualTo("offers.csv row 7, base_salary: \"two hundred\" is not an amount");
  }

  @Test
  void entirelyEmptyRow_isSkipped() {
    Map<Column, Object> m = new EnumMap<>(Column.class);
    m.put(Column.CANDIDATE, " ");
    m.put(Column.BASE_SALARY, "\u00A0");
    m.put(Column.RSU_VALUE, null);

    assertThat(mapper.map(ROW_7, "x", m)).isInstanceOf(RowResult.Empty.class);
  }

  @Test
  void formulaLookingText_isKeptAsText() {
    Map<Column, Object> m = minimal();
    m.put(Column.CANDIDATE, "=1+1");
    m.put(Column.ROLE, "=HYPERLINK(\"http://x\")");

    Offer o = offer(m);

    assertThat(o.candidate()).isEqualTo("=1+1");
    assertThat(o.role()).isEqualTo("=HYPERLINK(\"http://x\")");
  }

  @Test
  void grant_asSharesAndPrice() {
    Map<Column, Object> m = minimal();
    m.remove(Column.RSU_VALUE);
    m.put(Column.RSU_SHARES, "1,500");
    m.put(Column.STOCK_PRICE, "$180.25");

    Offer o = offer(m);

    assertThat(o.grantInSharesOnly()).isTrue();
    assertThat(o.grantValue()).isEqualTo(Money.of("270375.00"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "null|null|rsu_value|is missing (give rsu_value, or rsu_shares with stock_price)",
        "100|null|stock_price|is missing (rsu_shares needs stock_price, or give rsu_value)",
        "null|180|rsu_shares|is missing (stock_price needs rsu_shares, or give rsu_value)",
        "-100|180|rsu_shares|is negative (must be 0 or more)",
        "lots|180|rsu_shares|is not a number of shares",
      })
  void grant_problems(String shares, String price, String column, String message) {
    Map<Column, Object> m = minimal();
    m.remove(Column.RSU_VALUE);
    m.put(Column.RSU_SHARES, shares);
    m.put(Column.STOCK_PRICE, price);

    assertThat(problems(m))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.column()).isEqualTo(column);
              assertThat(p.message()).isEqualTo(message);
            });
  }

  @Test
  void zeroBase_isRejected() {
    Map<Column, Object> m = minimal();
    m.put(Column.BASE_SALARY, "0");

    assertThat(problems(m)).extracting(Problem::message).containsExactly("must be more than 0");
  }

  @Test
  void workbookCellTypes_areUnderstood() {
    Map<Column, Object> m = minimal();
    m.put(Column.BASE_SALARY, new BigDecimal("195000.004"));
    m.put(Column.OFFER_ID, new BigDecimal("42.0"));
    m.put(Column.ANNUAL_BONUS_PCT, new BigDecimal("0.1"));
    m.put(Column.START_DATE, new BigDecimal("46037"));

    Offer o = offer(m);

    assertThat(o.baseSalary()).isEqualTo(Money.of("195000.00"));
    assertThat(o.offerId()).isEqualTo("42");
    assertThat(o.annualBonusPct()).isEqualTo(Percent.of(10));
    assertThat(o.startDate()).isEqualTo(LocalDate.of(2026, 1, 15));
  }

  @Test
  void errorCellsAndMisplacedTypes_areProblems() {
    Map<Column, Object> m = minimal();
    m.put(Column.BASE_SALARY, CellError.excel("#DIV/0!"));
    m.put(Column.RSU_VALUE, LocalDate.of(2026, 1, 1));

    assertThat(problems(m))
        .extracting(Problem::column, Problem::value, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "base_salary", "#DIV/0!", "is an error value in the cell (fix the formula)"),
            org.assertj.core.groups.Tuple.tuple(
                "rsu_value", "2026-01-01", "is a date, not an amount"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ana@example.com|true",
        "a.b+c@mail.example.co.uk|true",
        "not-an-email|false",
        "a@b|false",
        "a@b.com;c@d.com|false",
        "'a@b.com\r\nBcc: x@y.com'|false",
        "a b@c.com|false",
      })
  void emailValidation(String email, boolean valid) {
    assertThat(RowMapper.email(email).isOk()).isEqualTo(valid);
  }

  @Test
  void overlongText_isAProblem() {
    Map<Column, Object> m = minimal();
    m.put(Column.ROLE, "x".repeat(RowMapper.MAX_TEXT_CHARS + 1));

    assertThat(problems(m))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).isEqualTo("is longer than 1000 characters");
              assertThat(p.value()).hasSize(Problem.MAX_VALUE_CHARS + 1);
            });
  }
}
