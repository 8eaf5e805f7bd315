package dev.offeranalyzer.rules;

/** A money lever of the counter-offer plan. Its name as the client reads it is in report.model. */
public enum Lever {
  /** The yearly base salary. */
  BASE,
  /** The whole RSU grant, in dollars at grant. */
  GRANT,
  /** The sign-on bonus, both years together. */
  SIGN_ON
}
