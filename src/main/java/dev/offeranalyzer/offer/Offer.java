package dev.offeranalyzer.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One job offer as read from a row of input (SPEC section 2). Required fields are non-null;
 * optional fields are null when the input did not give them, except sign-on amounts, growth and
 * bonus, which default to zero, and company and vesting, which get their documented defaults.
 *
 * <p>Exactly one of {@code rsuValue} and the pair {@code rsuShares}/{@code stockPrice} describes
 * the grant; when both are given, {@code rsuValue} wins. {@code filingStatus} defaults to single;
 * {@code state} is an upper-case two-letter code, or null when the input gave none (the tax step
 * then takes it from the location).
 */
public record Offer(
    String offerId,
    String candidate,
    String email,
    String company,
    String role,
    String level,
    String location,
    Money baseSalary,
    Money signOnYear1,
    Money signOnYear2,
    Money rsuValue,
    BigDecimal rsuShares,
    Money stockPrice,
    VestingSchedule vesting,
    Percent stockGrowth,
    Percent annualBonusPct,
    Money relocation,
    Money unvestedEquity,
    Money forfeitedBonus,
    Money walkAway,
    String targetLevel,
    LocalDate offerDate,
    LocalDate startDate,
    LocalDate decisionDeadline,
    WorkMode workMode,
    FilingStatus filingStatus,
    String state,
    SourceRef source,
    Money refresherPerYear,
    SignOnTerms signOnTerms) {

  public static final String DEFAULT_COMPANY = "Amazon";

  public Offer {
    Objects.requireNonNull(offerId, "offerId");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(baseSalary, "baseSalary");
    company = company == null || company.isBlank() ? DEFAULT_COMPANY : company;
    signOnYear1 = signOnYear1 == null ? Money.ZERO : signOnYear1;
    signOnYear2 = signOnYear2 == null ? Money.ZERO : signOnYear2;
    vesting = vesting == null ? VestingSchedule.defaultFor(company) : vesting;
    stockGrowth = stockGrowth == null ? Percent.ZERO : stockGrowth;
    annualBonusPct = annualBonusPct == null ? Percent.ZERO : annualBonusPct;
    filingStatus = filingStatus == null ? FilingStatus.SINGLE : filingStatus;
    state = state == null || state.isBlank() ? null : state.trim().toUpperCase(Locale.ROOT);
    signOnTerms = signOnTerms == null ? SignOnTerms.PRORATED : signOnTerms;
    if (rsuValue == null && (rsuShares == null || stockPrice == null)) {
      throw new IllegalArgumentException(
          "an offer needs rsu_value, or rsu_shares with stock_price");
    }
    if (stockGrowth.value().compareTo(BigDecimal.valueOf(-100)) < 0) {
      throw new IllegalArgumentException("stock_growth must not be below -100%");
    }
  }

  /** The grant value G: {@code rsu_value}, or shares times price rounded half-up to cents. */
  public Money grantValue() {
    return rsuValue != null ? rsuValue : stockPrice.times(rsuShares);
  }

  /** True when the grant was given only as a share count. */
  public boolean grantInSharesOnly() {
    return rsuValue == null;
  }

  /** Sign-on of both years together. */
  public Money signOnTotal() {
    return signOnYear1.plus(signOnYear2);
  }

  /** What leaving the current employer costs: unvested equity plus forfeited bonus (0 if none). */
  public Money walkAwayCost() {
    return orZero(unvestedEquity).plus(orZero(forfeitedBonus));
  }

  public Optional<String> levelOpt() {
    return Optional.ofNullable(level);
  }

  private static Money orZero(Money m) {
    return m == null ? Money.ZERO : m;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.offerId = offerId;
    b.candidate = candidate;
    b.email = email;
    b.company = company;
    b.role = role;
    b.level = level;
    b.location = location;
    b.baseSalary = baseSalary;
    b.signOnYear1 = signOnYear1;
    b.signOnYear2 = signOnYear2;
    b.rsuValue = rsuValue;
    b.rsuShares = rsuShares;
    b.stockPrice = stockPrice;
    b.vesting = vesting;
    b.stockGrowth = stockGrowth;
    b.annualBonusPct = annualBonusPct;
    b.relocation = relocation;
    b.unvestedEquity = unvestedEquity;
    b.forfeitedBonus = forfeitedBonus;
    b.walkAway = walkAway;
    b.targetLevel = targetLevel;
    b.offerDate = offerDate;
    b.startDate = startDate;
    b.decisionDeadline = decisionDeadline;
    b.workMode = workMode;
    b.filingStatus = filingStatus;
    b.state = state;
    b.source = source;
    b.refresherPerYear = refresherPerYear;
    b.signOnTerms = signOnTerms;
    return b;
  }

  /** Mutable builder used by the intake mapper, tests and the proposal of the plan. */
  public static final class Builder {
    private String offerId;
    private String candidate;
    private String email;
    private String company;
    private String role;
    private String level;
    private String location;
    private Money baseSalary;
    private Money signOnYear1;
    private Money signOnYear2;
    private Money rsuValue;
    private BigDecimal rsuShares;
    private Money stockPrice;
    private VestingSchedule vesting;
    private Percent stockGrowth;
    private Percent annualBonusPct;
    private Money relocation;
    private Money unvestedEquity;
    private Money forfeitedBonus;
    private Money walkAway;
    private String targetLevel;
    private LocalDate offerDate;
    private LocalDate startDate;
    private LocalDate decisionDeadline;
    private WorkMode workMode;
    private FilingStatus filingStatus;
    private String state;
    private SourceRef source;
    private Money refresherPerYear;
    private SignOnTerms signOnTerms;

    /** The refresher grant expected at each anniversary (SPEC section 13), or null for none. */
    public Builder refresherPerYear(Money v) {
      refresherPerYear = v;
      return this;
    }

    public Builder signOnTerms(SignOnTerms v) {
      signOnTerms = v;
      return this;
    }

    public Builder offerId(String v) {
      offerId = v;
      return this;
    }

    public Builder candidate(String v) {
      candidate = v;
      return this;
    }

    public Builder email(String v) {
      email = v;
      return this;
    }

    public Builder company(String v) {
      company = v;
      return this;
    }

    public Builder role(String v) {
      role = v;
      return this;
    }

    public Builder level(String v) {
      level = v;
      return this;
    }

    public Builder location(String v) {
      location = v;
      return this;
    }

    public Builder baseSalary(Money v) {
      baseSalary = v;
      return this;
    }

    public Builder signOnYear1(Money v) {
      signOnYear1 = v;
      return this;
    }

    public Builder signOnYear2(Money v) {
      signOnYear2 = v;
      return this;
    }

    public Builder rsuValue(Money v) {
      rsuValue = v;
      return this;
    }

    public Builder rsuShares(BigDecimal v) {
      rsuShares = v;
      return this;
    }

    public Builder stockPrice(Money v) {
      stockPrice = v;
      return this;
    }

    public Builder vesting(VestingSchedule v) {
      vesting = v;
      return this;
    }

    public Builder stockGrowth(Percent v) {
      stockGrowth = v;
      return this;
    }

    public Builder annualBonusPct(Percent v) {
      annualBonusPct = v;
      return this;
    }

    public Builder relocation(Money v) {
      relocation = v;
      return this;
    }

    public Builder unvestedEquity(Money v) {
      unvestedEquity = v;
      return this;
    }

    public Builder forfeitedBonus(Money v) {
      forfeitedBonus = v;
      return this;
    }

    public Builder walkAway(Money v) {
      walkAway = v;
      return this;
    }

    public Builder targetLevel(String v) {
      targetLevel = v;
      return this;
    }

    public Builder offerDate(LocalDate v) {
      offerDate = v;
      return this;
    }

    public Builder startDate(LocalDate v) {
      startDate = v;
      return this;
    }

    public Builder decisionDeadline(LocalDate v) {
      decisionDeadline = v;
      return this;
    }

    public Builder workMode(WorkMode v) {
      workMode = v;
      return this;
    }

    public Builder filingStatus(FilingStatus v) {
      filingStatus = v;
      return this;
    }

    /** Two-letter US state for taxes; null to take it from the location. */
    public Builder state(String v) {
      state = v;
      return this;
    }

    public Builder source(SourceRef v) {
      source = v;
      return this;
    }

    public Offer build() {
      return new Offer(
          offerId,
          candidate,
          email,
          company,
          role,
          level,
          location,
          baseSalary,
          signOnYear1,
          signOnYear2,
          rsuValue,
          rsuShares,
          stockPrice,
          vesting,
          stockGrowth,
          annualBonusPct,
          relocation,
          unvestedEquity,
          forfeitedBonus,
          walkAway,
          targetLevel,
          offerDate,
          startDate,
          decisionDeadline,
          workMode,
          filingStatus,
          state,
          source,
          refresherPerYear,
          signOnTerms);
    }
  }
}
