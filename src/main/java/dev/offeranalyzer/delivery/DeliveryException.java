package dev.offeranalyzer.delivery;

/**
 * Delivery cannot go on at all: the outbox or its ledger cannot be read or written, or another run
 * is delivering from the same output folder. The message names the path. Problems with single
 * messages are never thrown; they are counted in the {@link DeliveryReport}.
 */
public final class DeliveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DeliveryException(String message) {
    super(message);
  }

  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
