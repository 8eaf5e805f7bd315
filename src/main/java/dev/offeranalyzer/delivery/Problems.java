package dev.offeranalyzer.delivery;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.angus.mail.util.MailConnectException;

/** Turns the failures of a send into one readable line, for the log and the ledger. */
final class Problems {

  static final int MAX_LENGTH = 300;

  private Problems() {}

  static String describe(Exception e) {
    String prefix = "";
    if (e instanceof AuthenticationFailedException) {
      prefix = "the server refused the login (check smtp.user and the password): ";
    } else if (e instanceof MailConnectException) {
      prefix = "cannot connect: ";
    } else if (e instanceof SendFailedException sfe
        && sfe.getInvalidAddresses() != null
        && sfe.getInvalidAddresses().length > 0) {
      prefix =
          "the server refused the recipient "
              + Arrays.stream(sfe.getInvalidAddresses())
                  .map(Address::toString)
                  .collect(Collectors.joining(", "))
              + ": ";
    }
    List<String> parts = new ArrayList<>();
    Throwable t = e;
    for (int depth = 0; t != null && depth < 5; depth++, t = t.getCause()) {
      String m = Texts.oneLine(t.getMessage());
      String part = m.isEmpty() ? t.getClass().getSimpleName() : m;
      // Jakarta Mail often repeats the cause's text in the wrapper's message.
      if (parts.stream().noneMatch(p -> p.contains(part))) {
        parts.add(part);
      }
    }
    String line = prefix + String.join(": ", parts);
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 3) + "...";
  }
}
