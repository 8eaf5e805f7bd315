package dev.offeranalyzer.delivery;

/** Where one message stands in the delivery ledger. */
public enum DeliveryState {
  /** In the outbox, not sent yet; a failed attempt that may be retried leaves it here. */
  PENDING,
  /**
   * Recorded before the SMTP transaction starts and replaced by the server's answer after it; a run
   * killed in between leaves it, and the next run turns it into {@link #UNCERTAIN}.
   */
  SENDING,
  /** Accepted by the SMTP server; never sent again for the same report and recipient. */
  SENT,
  /** Refused for good, or out of attempts; tried again only with {@code --retry-failed}. */
  FAILED,
  /**
   * The message data may have reached the server but no answer was recorded (the run was killed or
   * the server went silent after the data): it may have been delivered, so it is sent again only
   * with {@code --retry-uncertain}.
   */
  UNCERTAIN
}
