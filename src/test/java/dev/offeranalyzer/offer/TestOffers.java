package dev.offeranalyzer.offer;

import java.math.BigDecimal;

/** Test-data builders for offers: a plain Amazon L6 Seattle offer to adjust per test. */
public final class TestOffers {

  private TestOffers() {}

  /**
   * Amazon L6 Seattle, base $200,000, grant $400,000 (amazon vesting), sign-on $60,000 / $40,000,
   * no growth, no bonus.
   */
  public static Offer.Builder anOffer() {
    return Offer.builder()
        .offerId("o-1")
        .candidate("Ada Lovelace")
        .company("Amazon")
        .level("L6")
        .location("Seattle")
        .baseSalary(money("200000"))
        .signOnYear1(money("60000"))
        .signOnYear2(money("40000"))
        .rsuValue(money("400000"));
  }

  /** An offer at a company and location the built-in bands do not know. */
  public static Offer.Builder anUnbandedOffer() {
    return anOffer().company("Initech").level("L5").location("Denver");
  }

  public static Money money(String amount) {
    return Money.of(amount);
  }

  public static Percent pct(String percentNumber) {
    return Percent.of(percentNumber);
  }

  public static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
