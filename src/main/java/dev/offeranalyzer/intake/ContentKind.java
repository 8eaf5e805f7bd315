package dev.offeranalyzer.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What a file holds, told from its first bytes rather than its name (SPEC section 2). */
enum ContentKind {
  EMPTY,
  /** A zip archive: an .xlsx (or another Office Open XML or OpenDocument file). */
  ZIP,
  /** An OLE2 compound file: an .xls, or an encrypted .xlsx. */
  OLE2,
  HTML,
  XML,
  TEXT,
  BINARY;

  static final int HEAD_BYTES = 8192;

  static ContentKind of(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    return of(head);
  }

  /** Pure, for tests: the kind of a file that starts with {@code head}. */
  static ContentKind of(byte[] head) {
    if (head.length == 0) {
      return EMPTY;
    }
    if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0x50, 0x4B, 0x05, 0x06)) {
      return ZIP;
    }
    if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return OLE2;
    }
    if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
      return TEXT;
    }
    int controls = 0;
    for (byte b : head) {
      int c = b & 0xFF;
      if (c == 0) {
        return BINARY;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    if (controls * 100 > head.length) {
      return BINARY;
    }
    String start =
        new String(head, StandardCharsets.ISO_8859_1)
            .replace("\u00EF\u00BB\u00BF", "")
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    // Only text that starts with a tag: a CSV may well mention "<html" inside a value.
    if (start.startsWith("<")
        && !start.startsWith("<?xml")
        && (start.contains("<html") || start.contains("<table"))) {
      return HTML;
    }
    if (start.startsWith("<?xml")) {
      return start.contains("<html") ? HTML : XML;
    }
    return TEXT;
  }

  private static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
