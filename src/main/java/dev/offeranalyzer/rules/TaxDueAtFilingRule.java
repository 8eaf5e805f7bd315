package dev.offeranalyzer.rules;

import static dev.offeranalyzer.offer.Formats.money;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.tax.TaxEstimate;
import dev.offeranalyzer.tax.TaxYear;
import java.util.ArrayList;
import java.util.List;

/**
 * TAX_DUE_AT_FILING: in some year, payroll withholding falls more than the threshold (5,000) short
 * of the income tax owed (SPEC section 12). Silent without a tax estimate.
 */
public final class TaxDueAtFilingRule implements Rule {

  public static final String ID = "TAX_DUE_AT_FILING";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(RuleContext ctx) {
    TaxEstimate tax = ctx.tax();
    if (tax == null) {
      return List.of();
    }
    Money limit = ctx.thresholds().taxDueAtFilingLimit();
    List<String> years = new ArrayList<>();
    for (TaxYear y : tax.years()) {
      if (y.dueAtFiling().isGreaterThan(limit)) {
        years.add("year " + y.year() + " " + money(y.dueAtFiling()));
      }
    }
    if (years.isEmpty()) {
      return List.of();
    }
    return List.of(
        new Finding(
            ID,
            Severity.WARNING,
            "Tax due at filing",
            "Estimated due at filing: "
                + String.join("; ", years)
                + " (above "
                + money(limit)
                + ")",
            "Payroll withholds sign-on, bonus and vesting stock at a flat supplemental rate, below"
                + " the marginal rate on this pay. Put part of each vest and sign-on aside, or hand"
                + " in a new W-4 asking for extra withholding."));
  }
}
