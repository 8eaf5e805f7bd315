package dev.offeranalyzer.rules;

import dev.offeranalyzer.offer.Money;
import dev.offeranalyzer.offer.WorkMode;
import java.util.Objects;

/** A lever that is not a dollar amount, as data; report.model words the advice. */
public sealed interface NonMoneyLever {

  /**
   * The start date and the leverage its distance from the offer date gives.
   *
   * @param days from the offer date to the start date
   */
  record StartDate(long days, StartDateLeverageRule.Tier tier) implements NonMoneyLever {
    public StartDate {
      Objects.requireNonNull(tier, "tier");
    }
  }

  /** The candidate targets a higher level than offered (canonical level names). */
  record Level(String offered, String target) implements NonMoneyLever {
    public Level {
      Objects.requireNonNull(offered, "offered");
      Objects.requireNonNull(target, "target");
    }
  }

  /** The offer's work mode. */
  record WorkArrangement(WorkMode mode) implements NonMoneyLever {
    public WorkArrangement {
      Objects.requireNonNull(mode, "mode");
    }
  }

  /**
   * The relocation the offer gives.
   *
   * @param offered zero when the offer gives none
   */
  record Relocation(Money offered) implements NonMoneyLever {
    public Relocation {
      Objects.requireNonNull(offered, "offered");
    }
  }

  /**
   * No cash bonus: ask for refreshers instead.
   *
   * @param companyPaysNoBonus true when the company never pays one (Amazon)
   */
  record Refreshers(boolean companyPaysNoBonus) implements NonMoneyLever {}
}
