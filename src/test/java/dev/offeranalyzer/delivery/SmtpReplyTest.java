package dev.offeranalyzer.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.offeranalyzer.delivery.SmtpReply.Kind;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmtpReplyTest {

  /** What Angus Mail throws when the only recipient is refused at RCPT TO. */
  private static SendFailedException refusedRecipient(int code, String words) throws Exception {
    InternetAddress to = new InternetAddress("bo@example.com");
    SMTPAddressFailedException rcpt =
        new SMTPAddressFailedException(to, "RCPT TO:<bo@example.com>", code, words);
    return new SendFailedException(
        "Invalid Addresses", rcpt, new Address[0], new Address[0], new Address[] {to});
  }

  @ParameterizedTest
  @CsvSource({
    "451, '451 4.2.2 mailbox full', TEMPORARY",
    "421, '421 4.3.2 shutting down', TEMPORARY",
    "550, '550 5.1.1 mailbox unknown', PERMANENT",
    "552, '552 5.3.4 message too big', PERMANENT"
  })
  void recipientRefusal_isClassifiedByItsReplyCode(int code, String words, Kind kind)
      throws Exception {
    SmtpReply reply = SmtpReply.of(refusedRecipient(code, words + "\n"), false);

    assertThat(reply).isEqualTo(new SmtpReply(kind, code, words));
    assertThat(reply.retried()).isEqualTo(kind == Kind.TEMPORARY);
  }

  @Test
  void refusalOfTheEndOfData_isClassifiedByItsCodeEvenAfterTheDataWentOut() {
    SMTPSendFailedException e =
        new SMTPSendFailedException(".", 451, "451 4.3.0 try later", null, null, null, null);

    assertThat(SmtpReply.of(e, true).kind()).isEqualTo(Kind.TEMPORARY);
  }

  @Test
  void noAnswerAfterTheData_isUncertain() {
    MessagingException e =
        new MessagingException(
            "Exception reading response", new SocketTimeoutException("Read timed out"));

    SmtpReply reply = SmtpReply.of(e, true);

    assertThat(reply.kind()).isEqualTo(Kind.NO_ANSWER_AFTER_DATA);
    assertThat(reply.serverWords()).contains("Read timed out");
  }

  @Test
  void sameFailureBeforeTheData_isUnreachable() {
    MessagingException e =
        new MessagingException(
            "Exception reading response", new SocketTimeoutException("Read timed out"));

    assertThat(SmtpReply.of(e, false).kind()).isEqualTo(Kind.UNREACHABLE);
  }

  @Test
  void connectionRefused_isUnreachable() {
    MailConnectException e =
        new MailConnectException(
            new SocketConnectException(
                "refused", new ConnectException("Connection refused"), "h", 25, 5000));

    assertThat(SmtpReply.of(e, false).kind()).isEqualTo(Kind.UNREACHABLE);
  }

  @Test
  void refusedLogin_isLoginRefused() {
    SmtpReply reply = SmtpReply.of(new AuthenticationFailedException("535 5.7.8 bad"), false);

    assertThat(reply.kind()).isEqualTo(Kind.LOGIN_REFUSED);
    assertThat(reply.serverWords()).contains("refused the login").contains("535");
  }
}
