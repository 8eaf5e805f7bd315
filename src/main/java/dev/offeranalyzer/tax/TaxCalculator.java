package dev.offeranalyzer.tax;

import dev.offeranalyzer.engine.Compensation;
import dev.offeranalyzer.engine.YearComp;
import dev.offeranalyzer.offer.FilingStatus;
import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.Offer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Estimates take-home pay and the bill at filing (SPEC section 12) from {@link TaxTables}. Pure,
 * immutable and thread-safe.
 *
 * <p>Each employment year is one calendar year of the tables' tax year, and all of its total is
 * wages. Every line (federal, Social Security, Medicare, state, city, each payroll program, each
 * withholding part) is computed exactly and rounded half-up to cents on its own; take-home and due
 * at filing are differences of rounded lines, so they add up exactly.
 */
public final class TaxCalculator {

  /** The federal jurisdiction's code in the tables. */
  public static final String FEDERAL = "US";

  private final TaxTables tables;

  /**
   * The table facts an estimate quotes, per state and city: the same for every offer there, so
   * built once (there are a few dozen keys at most).
   */
  private final Map<String, TaxEstimate.Basis> bases = new ConcurrentHashMap<>();

  public TaxCalculator(TaxTables tables) {
    this.tables = Objects.requireNonNull(tables, "tables");
  }

  public TaxTables tables() {
    return tables;
  }

  /** The offer's tax state: its own {@code state}, else its location's default; empty if none. */
  public Optional<String> stateFor(Offer offer) {
    return offer.state() != null ? Optional.of(offer.state()) : tables.stateOf(offer.location());
  }

  /**
   * The estimate for an offer, or empty when its state is unknown or not in the tables (the caller
   * says "no tax estimate").
   */
  public Optional<TaxEstimate> estimate(Offer offer, Compensation compensation) {
    Optional<String> state = stateFor(offer).filter(tables::covers);
    if (state.isEmpty()) {
      return Optional.empty();
    }
    String st = state.get();
    // A city's resident tax applies only where the location's city lies in the tax state.
    String city =
        tables
            .cityOf(offer.location())
            .filter(c -> tables.stateOf(offer.location()).map(st::equals).orElse(false))
            .orElse(null);
    FilingStatus s = offer.filingStatus();
    List<TaxYear> years = new ArrayList<>(4);
    // Withholding on base alone depends on the base only, the same every year: computed once.
    Money base = null;
    Money incomeOnBase = null;
    for (YearComp y : compensation.years()) {
      if (base == null || y.base().compareTo(base) != 0) {
        base = y.base();
        incomeOnBase = incomeTax(base, st, city, s);
      }
      Money supplemental = y.signOn().plus(y.rsu()).plus(y.bonus());
      years.add(yearGivenBaseTax(y.year(), y.total(), incomeOnBase, supplemental, st, city, s));
    }
    TaxEstimate.Basis basis = bases.computeIfAbsent(st + "|" + city, k -> basis(st, city));
    return Optional.of(
        new TaxEstimate(st, s, city, String.join("/", tables.taxYears()), years, basis));
  }

  private TaxEstimate.Basis basis(String state, String city) {
    return new TaxEstimate.Basis(
        tables.source(),
        tables.taxYears(),
        tables.programNames(state),
        tables.supplemental(FEDERAL),
        tables.supplemental(state),
        city == null ? List.of() : tables.supplemental(city));
  }

  /** Federal, state and city income tax on {@code wages}. */
  private Money incomeTax(Money wages, String state, String city, FilingStatus s) {
    return federalIncomeTax(wages, s)
        .plus(stateIncomeTax(wages, state, s))
        .plus(city == null ? Money.ZERO : cityIncomeTax(wages, state, city, s));
  }

  /**
   * One year's lines.
   *
   * @param wages W, all of the year's pay
   * @param regular B, the base salary (regular wages)
   * @param supplemental S, sign-on, vesting RSUs and bonus (W = B + S)
   * @param city the city code whose resident tax applies, or null
   */
  public TaxYear year(
      int year,
      Money wages,
      Money regular,
      Money supplemental,
      String state,
      String city,
      FilingStatus s) {
    return yearGivenBaseTax(
        year, wages, incomeTax(regular, state, city, s), supplemental, state, city, s);
  }

  /** One year's lines, given the income tax on base alone ({@code incomeOnRegular}). */
  private TaxYear yearGivenBaseTax(
      int year,
      Money wages,
      Money incomeOnRegular,
      Money supplemental,
      String state,
      String city,
      FilingStatus s) {
    Money federal = federalIncomeTax(wages, s);
    Money socialSecurity = socialSecurity(wages, s);
    Money medicare = medicare(wages, s);
    Money stateTax = stateIncomeTax(wages, state, s);
    Money cityTax = city == null ? Money.ZERO : cityIncomeTax(wages, state, city, s);
    Money programs = payrollPrograms(wages, state);
    Money takeHome =
        wages
            .minus(federal)
            .minus(socialSecurity)
            .minus(medicare)
            .minus(stateTax)
            .minus(cityTax)
            .minus(programs);
    Money supplementalWithheld =
        new Money(steps(tables.supplemental(FEDERAL), supplemental.amount()))
            .plus(new Money(steps(tables.supplemental(state), supplemental.amount())))
            .plus(
                city == null
                    ? Money.ZERO
                    : new Money(steps(tables.supplemental(city), supplemental.amount())));
    Money withheld =
        incomeOnRegular
            .plus(supplementalWithheld)
            .plus(socialSecurity)
            .plus(medicare)
            .plus(programs);
    Money owed =
        federal.plus(stateTax).plus(cityTax).plus(socialSecurity).plus(medicare).plus(programs);
    return new TaxYear(
        year,
        wages,
        federal,
        socialSecurity,
        medicare,
        stateTax,
        cityTax,
        programs,
        takeHome,
        withheld,
        owed.minus(withheld));
  }

  /** The federal brackets of {@code s} on wages less the standard deduction. */
  Money federalIncomeTax(Money wages, FilingStatus s) {
    return new Money(steps(tables.brackets(FEDERAL, s), taxable(wages, FEDERAL, s)));
  }

  Money socialSecurity(Money wages, FilingStatus s) {
    BigDecimal sum = BigDecimal.ZERO;
    for (TaxTables.Step cap : tables.socialSecurity(s)) {
      sum = sum.add(wages.min(cap.from()).amount().multiply(cap.rate()));
    }
    return new Money(sum);
  }

  /** Every medicare rate on the wages above its threshold (0 for the base rate). */
  Money medicare(Money wages, FilingStatus s) {
    BigDecimal sum = BigDecimal.ZERO;
    for (TaxTables.Step step : tables.medicare(s)) {
      sum = sum.add(above(wages.amount(), step.from().amount()).multiply(step.rate()));
    }
    return new Money(sum);
  }

  /** The state's brackets, surtaxes and (New York) tax-benefit recapture; 0 without brackets. */
  Money stateIncomeTax(Money wages, String state, FilingStatus s) {
    List<TaxTables.Step> brackets = tables.brackets(state, s);
    if (brackets.isEmpty()) {
      return Money.ZERO;
    }
    BigDecimal taxable = taxable(wages, state, s);
    BigDecimal tax = steps(brackets, taxable);
    tax = tax.add(recapture(state, s, wages.amount(), taxable, tax));
    for (TaxTables.Step surtax : tables.surtaxes(state, s)) {
      tax = tax.add(above(taxable, surtax.from().amount()).multiply(surtax.rate()));
    }
    return new Money(tax);
  }

  /** The city's resident brackets on the state's taxable income. */
  Money cityIncomeTax(Money wages, String state, String city, FilingStatus s) {
    return new Money(steps(tables.brackets(city, s), taxable(wages, state, s)));
  }

  Money payrollPrograms(Money wages, String state) {
    Money sum = Money.ZERO;
    for (TaxTables.Program p : tables.programs(state)) {
      Money base = p.wageCap() == null ? wages : wages.min(p.wageCap());
      Money contribution = base.times(p.rate());
      sum = sum.plus(p.maximum() == null ? contribution : contribution.min(p.maximum()));
    }
    return sum;
  }

  /**
   * New York's tax-benefit recapture, as its tax computation worksheets do it: within the tier of
   * the taxable income, the tax moves from the schedule's amount (plus the benefit recaptured by
   * the tiers below) toward the flat rate of the taxable income's bracket on all of it, by the
   * share of the phase-in width that adjusted gross income has passed the tier's start (rounded to
   * four places, at most 1). Returns what is added to the schedule's tax (0 below the first tier).
   */
  private BigDecimal recapture(
      String state, FilingStatus s, BigDecimal agi, BigDecimal taxable, BigDecimal scheduleTax) {
    List<TaxTables.RecaptureTier> tiers = tables.recapture(state, s);
    Money width = tables.recapturePhase(state);
    if (tiers.isEmpty() || width == null) {
      return BigDecimal.ZERO;
    }
    TaxTables.RecaptureTier tier = null;
    int index = -1;
    for (int i = 0; i < tiers.size(); i++) {
      if (i == 0 || taxable.compareTo(tiers.get(i).from().amount()) > 0) {
        tier = tiers.get(i);
        index = i;
      }
    }
    if (agi.compareTo(tier.agiStart().amount()) <= 0) {
      return BigDecimal.ZERO;
    }
    List<TaxTables.Step> brackets = tables.brackets(state, s);
    BigDecimal flat = taxable.multiply(rateAt(brackets, taxable));
    // The benefit already taken back by the tiers below: at this tier's start the tax is the flat
    // rate of the bracket just below it on all income. Kept exact (the worksheets print it in whole
    // dollars, e.g. 568) so that more income never gives less tax at a tier's edge.
    BigDecimal base = BigDecimal.ZERO;
    if (index > 0) {
      BigDecimal start = tier.from().amount();
      base = start.multiply(rateAt(brackets, start)).subtract(steps(brackets, start));
    }
    BigDecimal share =
        agi.subtract(tier.agiStart().amount())
            .divide(width.amount(), 4, RoundingMode.HALF_UP)
            .min(BigDecimal.ONE);
    BigDecimal increment = flat.subtract(scheduleTax).subtract(base).max(BigDecimal.ZERO);
    return base.add(increment.multiply(share));
  }

  private BigDecimal taxable(Money wages, String jurisdiction, FilingStatus s) {
    return above(wages.amount(), tables.deduction(jurisdiction, s).amount());
  }

  /** Applies rates that each hold from their threshold up to the next one. */
  static BigDecimal steps(List<TaxTables.Step> steps, BigDecimal amount) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < steps.size(); i++) {
      BigDecimal from = steps.get(i).from().amount();
      if (amount.compareTo(from) <= 0) {
        break;
      }
      BigDecimal to = i + 1 < steps.size() ? amount.min(steps.get(i + 1).from().amount()) : amount;
      sum = sum.add(to.subtract(from).multiply(steps.get(i).rate()));
    }
    return sum;
  }

  /** The rate of the bracket that holds {@code amount} (a bracket's top belongs to it). */
  private static BigDecimal rateAt(List<TaxTables.Step> steps, BigDecimal amount) {
    BigDecimal rate = BigDecimal.ZERO;
    for (TaxTables.Step step : steps) {
      if (amount.compareTo(step.from().amount()) > 0) {
        rate = step.rate();
      }
    }
    return rate;
  }

  private static BigDecimal above(BigDecimal amount, BigDecimal threshold) {
    return amount.subtract(threshold).max(BigDecimal.ZERO);
  }
}
