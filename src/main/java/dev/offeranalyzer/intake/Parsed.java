package dev.offeranalyzer.intake;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of parsing one value: either a value or an error message phrased to follow the raw
 * value (e.g. {@code is not an amount}). Parsers return this instead of throwing for bad input.
 *
 * @param value the parsed value; null exactly when {@code error} is set
 * @param error why the input was rejected; null on success
 */
public record Parsed<T>(T value, String error) {

  public Parsed {
    if ((value == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of value and error must be set");
    }
  }

  public static <T> Parsed<T> ok(T value) {
    return new Parsed<>(Objects.requireNonNull(value, "value"), null);
  }

  public static <T> Parsed<T> error(String message) {
    return new Parsed<>(null, Objects.requireNonNull(message, "message"));
  }

  public boolean isOk() {
    return error == null;
  }

  /** Applies {@code f} to a value; an error stays the same error. */
  public <R> Parsed<R> map(Function<? super T, ? extends R> f) {
    return isOk() ? ok(f.apply(value)) : error(error);
  }
}
