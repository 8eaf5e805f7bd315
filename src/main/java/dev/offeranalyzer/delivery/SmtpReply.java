package dev.offeranalyzer.delivery;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * What a failed try to send one message means, read from the exception Angus Mail threw (SPEC
 * section 9). Pure: it looks at the exception only, never at the ledger or the clock.
 *
 * @param kind what the failure calls for
 * @param code the SMTP reply code the server gave (such as 451 or 550), or 0 when it gave none
 * @param serverWords the server's reply in one line (such as {@code 550 5.1.1 mailbox unknown}), or
 *     a description of the failure when the server said nothing; never null
 */
public record SmtpReply(Kind kind, int code, String serverWords) {

  /** The classes of failure that the retry decision tells apart. */
  public enum Kind {
    /** A 4xx reply: the server refuses for now; tried again later. */
    TEMPORARY,
    /** A 5xx reply: refused for good; failed at once. */
    PERMANENT,
    /** No server, a dropped connection or a command that timed out; tried again later. */
    UNREACHABLE,
    /** The server refused the login: no message can go until the settings are fixed. */
    LOGIN_REFUSED,
    /**
     * The message data went out but the answer to its end never came: the server may have it, so it
     * is held as uncertain and not sent again automatically.
     */
    NO_ANSWER_AFTER_DATA
  }

  public SmtpReply {
    Objects.requireNonNull(kind, "kind");
    serverWords = Texts.oneLine(serverWords).strip();
  }

  /**
   * Classifies a failure.
   *
   * @param e what sending or connecting threw
   * @param dataSent true when the whole message data had gone out (the end-of-data dot was written)
   *     before the failure
   */
  public static SmtpReply of(Exception e, boolean dataSent) {
    Objects.requireNonNull(e, "e");
    if (find(e, AuthenticationFailedException.class) != null) {
      return new SmtpReply(Kind.LOGIN_REFUSED, 0, Problems.describe(e));
    }
    int code = 0;
    String words = null;
    for (Throwable t : chain(e)) {
      int c = codeOf(t);
      // Of several refusals (candidate and coach), the most final one decides.
      if (c > code) {
        code = c;
        words = t.getMessage();
      }
    }
    if (code >= 400 && code < 500) {
      return new SmtpReply(Kind.TEMPORARY, code, words);
    }
    if (code >= 500 && code < 600) {
      return new SmtpReply(Kind.PERMANENT, code, words);
    }
    if (dataSent) {
      return new SmtpReply(Kind.NO_ANSWER_AFTER_DATA, 0, Problems.describe(e));
    }
    return new SmtpReply(Kind.UNREACHABLE, 0, Problems.describe(e));
  }

  /** True for the failures that are tried again on later runs. */
  public boolean retried() {
    return kind == Kind.TEMPORARY || kind == Kind.UNREACHABLE || kind == Kind.LOGIN_REFUSED;
  }

  private static int codeOf(Throwable t) {
    if (t instanceof SMTPAddressFailedException a) {
      return a.getReturnCode();
    }
    if (t instanceof SMTPSenderFailedException s) {
      return s.getReturnCode();
    }
    if (t instanceof SMTPSendFailedException s) {
      return s.getReturnCode();
    }
    return 0;
  }

  private static <T> T find(Throwable e, Class<T> type) {
    for (Throwable t : chain(e)) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** The exception, its causes and Jakarta Mail's chained "next" exceptions, each once. */
  private static Set<Throwable> chain(Throwable e) {
    Set<Throwable> seen = new java.util.LinkedHashSet<>();
    Deque<Throwable> todo = new ArrayDeque<>();
    todo.add(e);
    Set<Throwable> guard = new HashSet<>();
    while (!todo.isEmpty() && seen.size() < 20) {
      Throwable t = todo.poll();
      if (t == null || !guard.add(t)) {
        continue;
      }
      seen.add(t);
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      if (t instanceof MessagingException m && m.getNextException() != null) {
        todo.add(m.getNextException());
      }
    }
    return seen;
  }
}
