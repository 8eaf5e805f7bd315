package dev.offeranalyzer.delivery;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/** Strict checks for the addresses that go into headers; nothing here touches the network. */
final class Addresses {

  private Addresses() {}

  /**
   * Parses exactly one bare address ({@code jane@example.com}): no display name, no list, no group,
   * no control characters.
   *
   * @throws AddressException saying what is wrong; the caller adds the offer id or config key
   */
  static InternetAddress bare(String text) throws AddressException {
    InternetAddress a = single(text);
    if (a.getPersonal() != null) {
      throw new AddressException("expected a bare address without a display name", text);
    }
    return a;
  }

  /**
   * Parses exactly one address, which may carry a display name ({@code Coach <c@example.com>}), as
   * config values may.
   */
  static InternetAddress single(String text) throws AddressException {
    if (text == null || text.isBlank()) {
      throw new AddressException("the address is empty");
    }
    String t = text.trim();
    for (int i = 0; i < t.length(); i++) {
      if (Character.isISOControl(t.charAt(i))) {
        throw new AddressException("the address contains a control character", t);
      }
    }
    InternetAddress[] parsed = InternetAddress.parse(t, true);
    if (parsed.length != 1) {
      throw new AddressException("expected exactly one address, found " + parsed.length, t);
    }
    InternetAddress a = parsed[0];
    if (a.isGroup()) {
      throw new AddressException("expected an address, not a group", t);
    }
    a.validate();
    if (a.getAddress().indexOf('@') < 1) {
      throw new AddressException("expected an address like name@example.com", t);
    }
    return a;
  }

  /** {@code address} with {@code personal} as display name (RFC 2047 encoded when not ASCII). */
  static InternetAddress withName(InternetAddress address, String personal) {
    String name = Texts.oneLine(personal);
    if (name.isEmpty()) {
      return address;
    }
    try {
      return new InternetAddress(address.getAddress(), name, StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is part of every JDK", e);
    }
  }
}
