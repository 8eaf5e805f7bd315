package dev.offeranalyzer.market;

import java.math.BigDecimal;

/**
 * The position of a value in a band (SPEC section 5).
 *
 * @param percent the position clamped to 0..100, rounded half-up to 2 decimals
 * @param placement below, in, or above the band
 */
public record Position(BigDecimal percent, Placement placement) {}
