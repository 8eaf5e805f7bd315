package dev.offeranalyzer.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.Socket;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * An SMTP transport that waits longer for the answer to the end of the message data than for any
 * other reply (RFC 5321 section 4.5.3.2.6 recommends 10 minutes), and remembers whether the data
 * had gone out when a send failed.
 *
 * <p>Angus Mail has one read timeout ({@code mail.smtp.timeout}) for every reply. Its {@code
 * finishData()} hook is protected for subclasses, but the socket is private: the socket is reached
 * once through reflection (Angus Mail 2.0.x keeps it in {@code serverSocket}; {@code
 * DataWaitTransportTest} fails if that changes). Without the socket the ordinary timeout applies,
 * which is the behaviour before this class.
 */
final class DataWaitTransport extends SMTPTransport {

  private static final Field SOCKET = socketField();

  private final int dataWaitMillis;
  private boolean dataSent;

  /**
   * @param dataWaitMillis how long to wait for the answer to the end of the data; the connect and
   *     command timeouts come from the session's {@code mail.smtp.*timeout} properties
   */
  DataWaitTransport(Session session, int dataWaitMillis) {
    super(session, new URLName("smtp", null, -1, null, null, null));
    this.dataWaitMillis = dataWaitMillis;
  }

  /** True when the last {@code sendMessage} had written the whole message before it failed. */
  synchronized boolean dataSent() {
    return dataSent;
  }

  /** Clears {@link #dataSent()} before a message is sent. */
  synchronized void startMessage() {
    dataSent = false;
  }

  @Override
  protected synchronized void finishData() throws IOException, MessagingException {
    Socket socket = socket();
    int before = socket == null ? 0 : socket.getSoTimeout();
    if (socket != null) {
      socket.setSoTimeout(dataWaitMillis);
    }
    dataSent = true;
    try {
      super.finishData();
    } finally {
      if (socket != null && !socket.isClosed()) {
        socket.setSoTimeout(before);
      }
    }
  }

  /** The connection's socket, or null when it cannot be reached. */
  Socket socket() {
    if (SOCKET == null) {
      return null;
    }
    try {
      return (Socket) SOCKET.get(this);
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  static boolean socketReachable() {
    return SOCKET != null;
  }

  private static Field socketField() {
    try {
      Field f = SMTPTransport.class.getDeclaredField("serverSocket");
      f.setAccessible(true);
      return Socket.class.isAssignableFrom(f.getType()) ? f : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
