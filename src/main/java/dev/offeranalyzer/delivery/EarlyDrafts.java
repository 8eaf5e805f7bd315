package dev.offeranalyzer.delivery;

/**
 * A batch's messages written while its reports are still being made ({@link MailDelivery#stage}):
 * the same messages, ledger and report as {@link MailDelivery#deliver} over the same mails once
 * {@link #finish}ed; closed without, none is left.
 */
public interface EarlyDrafts extends AutoCloseable {

  /** The message of a report just written, in the reports' order. */
  void offer(ReportMail mail);

  /**
   * The messages put in place and recorded, after the batch.
   *
   * @throws DeliveryException as {@link MailDelivery#deliver}
   */
  DeliveryReport finish();

  /** Removes the messages not put in place by {@link #finish}. */
  @Override
  void close();
}
