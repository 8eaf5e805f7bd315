package dev.offeranalyzer.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SMTP server for tests that refuses one recipient with {@code 550} and accepts
 * everything else, so a message-level failure (as opposed to a connection failure) can be exercised
 * against the real Jakarta Mail transport. GreenMail accepts every recipient.
 */
final class RejectingSmtpServer implements AutoCloseable {

  private final ServerSocket socket;
  private final String refused;
  private final List<String> rcptCommands = new CopyOnWriteArrayList<>();
  private final List<String> acceptedRecipients = new CopyOnWriteArrayList<>();
  private final Thread thread;

  RejectingSmtpServer(String refusedAddress) throws IOException {
    this.refused = refusedAddress.toLowerCase(Locale.ROOT);
    this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    this.thread = new Thread(this::serve, "rejecting-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Every RCPT TO line received, refused or not. */
  List<String> rcptCommands() {
    return rcptCommands;
  }

  /** Recipients of messages that completed DATA. */
  List<String> acceptedRecipients() {
    return acceptedRecipients;
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        converse(s);
      } catch (IOException e) {
        // Closed by the test, or the client hung up: wait for the next connection.
      }
    }
  }

  private void converse(Socket s) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
    OutputStream out = s.getOutputStream();
    reply(out, "220 rejecting.test ESMTP");
    List<String> rcpts = new CopyOnWriteArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String cmd = line.toUpperCase(Locale.ROOT);
      if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) {
        reply(out, "250 rejecting.test");
      } else if (cmd.startsWith("MAIL FROM")) {
        rcpts.clear();
        reply(out, "250 2.1.0 OK");
      } else if (cmd.startsWith("RCPT TO")) {
        rcptCommands.add(line);
        if (line.toLowerCase(Locale.ROOT).contains("<" + refused + ">")) {
          reply(out, "550 5.1.1 <" + refused + ">: mailbox unavailable");
        } else {
          rcpts.add(line.substring(line.indexOf('<') + 1, line.indexOf('>')));
          reply(out, "250 2.1.5 OK");
        }
      } else if (cmd.equals("DATA")) {
        reply(out, "354 end with .");
        while ((line = in.readLine()) != null && !line.equals(".")) {
          // The message body is not needed.
        }
        acceptedRecipients.addAll(rcpts);
        reply(out, "250 2.0.0 queued");
      } else if (cmd.equals("QUIT")) {
        reply(out, "221 bye");
        return;
      } else {
        reply(out, "250 OK");
      }
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
