package dev.offeranalyzer.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

/** Tells a failed SMTP transaction whose outcome is known from one whose outcome is not. */
final class ServerAnswer {

  private ServerAnswer() {}

  /**
   * True when the server answered with a refusal (a reply code, carried by a {@link
   * SendFailedException}): the message was not taken. False when the transaction broke off without
   * an answer (a timeout or a dropped connection, possibly after the message data went out): the
   * message may have been delivered.
   */
  static boolean isKnown(MessagingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SendFailedException) {
        return true;
      }
      if (t instanceof MessagingException m
          && m.getNextException() != null
          && m.getNextException() != t.getCause()) {
        if (m.getNextException() instanceof SendFailedException) {
          return true;
        }
      }
    }
    return false;
  }
}
