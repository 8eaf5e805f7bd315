package dev.offeranalyzer.delivery;

/** Where one message stands in the delivery ledger. */
public enum DeliveryState {
  /** In the outbox, not sent yet; a failed attempt leaves it here for the next run. */
  PENDING,
  /** Accepted by the SMTP server; never sent again for the same PDF content and recipient. */
  SENT,
  /** Refused for good (5xx), or refused for now past {@code mail.retry-for}; see --retry-failed. */
  FAILED,
  /** On the wire: a ledger that still says so after the run was killed mid-send. */
  SENDING,
  /**
   * The server may have it (no answer after the message data, or the run was killed while sending):
   * never sent again automatically, only with {@code --retry-uncertain}.
   */
  UNCERTAIN
}
