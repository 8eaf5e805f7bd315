package dev.offeranalyzer.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server for tests that fails on purpose, one plain {@link ServerSocket} and a thread
 * per connection: it can drop every connection, refuse the login, answer RCPT TO for chosen
 * recipients with a reply such as {@code 451} or {@code 550}, and wait before answering the end of
 * the data for chosen recipients. It counts, per recipient, the messages whose data arrived in full
 * (what a real server would have taken, whether or not the client heard the answer).
 */
final class FaultySmtpServer implements AutoCloseable {

  private final ServerSocket socket;
  private final Map<String, String> rcptReplies = new ConcurrentHashMap<>();
  private final Map<String, Long> dataDelays = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
  private final List<Socket> open = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile boolean dropConnections;
  private volatile boolean refuseLogin;
  private volatile boolean authAdvertised;

  FaultySmtpServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::serve, "faulty-smtp");
    t.setDaemon(true);
    t.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Answers RCPT TO for {@code address} with {@code reply} (e.g. "451 4.2.2 mailbox full"). */
  FaultySmtpServer refuse(String address, String reply) {
    rcptReplies.put(address.toLowerCase(Locale.ROOT), reply);
    return this;
  }

  /** Accepts {@code address} again. */
  FaultySmtpServer accept(String address) {
    rcptReplies.remove(address.toLowerCase(Locale.ROOT));
    return this;
  }

  /** Waits {@code millis} before answering the end of data of a message to {@code address}. */
  FaultySmtpServer delayAfterData(String address, long millis) {
    dataDelays.put(address.toLowerCase(Locale.ROOT), millis);
    return this;
  }

  /** Closes every connection at once, before the greeting. */
  FaultySmtpServer dropConnections(boolean drop) {
    dropConnections = drop;
    return this;
  }

  /** Offers AUTH and refuses every login with 535. */
  FaultySmtpServer refuseLogin(boolean refuse) {
    authAdvertised = authAdvertised || refuse;
    refuseLogin = refuse;
    return this;
  }

  /** Messages whose data reached the server in full, for {@code address}. */
  int deliveredTo(String address) {
    AtomicInteger n = delivered.get(address.toLowerCase(Locale.ROOT));
    return n == null ? 0 : n.get();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        if (dropConnections) {
          s.close();
          continue;
        }
        open.add(s);
        Thread t =
            new Thread(
                () -> {
                  try (s) {
                    converse(s);
                  } catch (IOException | InterruptedException e) {
                    // The client hung up or timed out: that is what these tests provoke.
                  } finally {
                    open.remove(s);
                  }
                },
                "faulty-smtp-conversation");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        // Closed by the test.
      }
    }
  }

  private void converse(Socket s) throws IOException, InterruptedException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
    OutputStream out = s.getOutputStream();
    say(out, "220 faulty.test ESMTP");
    List<String> recipients = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String upper = line.toUpperCase(Locale.ROOT);
      if (upper.startsWith("EHLO")) {
        say(out, authAdvertised ? "250-faulty.test\r\n250 AUTH PLAIN" : "250 faulty.test");
      } else if (upper.startsWith("HELO")) {
        say(out, "250 faulty.test");
      } else if (upper.startsWith("AUTH")) {
        if (upper.trim().equals("AUTH PLAIN")) {
          say(out, "334 ");
          in.readLine();
        }
        say(out, refuseLogin ? "535 5.7.8 Authentication credentials invalid" : "235 2.7.0 OK");
      } else if (upper.startsWith("MAIL FROM")) {
        recipients.clear();
        say(out, "250 2.1.0 OK");
      } else if (upper.startsWith("RCPT TO")) {
        String address = between(line, '<', '>').toLowerCase(Locale.ROOT);
        String reply = rcptReplies.get(address);
        if (reply == null) {
          recipients.add(address);
          say(out, "250 2.1.5 OK");
        } else {
          say(out, reply);
        }
      } else if (upper.startsWith("DATA")) {
        say(out, "354 go ahead");
        String d;
        while ((d = in.readLine()) != null && !d.equals(".")) {
          // The message itself is not kept; only its arrival counts.
        }
        if (d == null) {
          return;
        }
        long delay = 0;
        for (String r : recipients) {
          delivered.computeIfAbsent(r, k -> new AtomicInteger()).incrementAndGet();
          delay = Math.max(delay, dataDelays.getOrDefault(r, 0L));
        }
        Thread.sleep(delay);
        say(out, "250 2.0.0 queued");
      } else if (upper.startsWith("RSET") || upper.startsWith("NOOP")) {
        say(out, "250 OK");
      } else if (upper.startsWith("QUIT")) {
        say(out, "221 bye");
        return;
      } else {
        say(out, "502 5.5.2 not implemented");
      }
    }
  }

  private static String between(String s, char open, char close) {
    int a = s.indexOf(open);
    int b = s.indexOf(close, a + 1);
    return a < 0 || b < 0 ? s : s.substring(a + 1, b);
  }

  private static void say(OutputStream out, String reply) throws IOException {
    out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket s : open) {
      s.close();
    }
  }
}
