package dev.offeranalyzer.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Builds file names from text that came from an input: only ASCII letters, digits, {@code -},
 * {@code _} and {@code .}; never a path, never a Windows device name, bounded in length. Two
 * different texts that would clean up to the same name are told apart by a short hash of the
 * original text.
 */
public final class SafeNames {

  public static final int MAX_STEM = 80;
  private static final Set<String> WINDOWS_DEVICES =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
          "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private SafeNames() {}

  /**
   * A safe file-name stem for {@code text}. Accents are dropped ("José" gives "Jose"); other
   * characters become {@code _}. When anything was changed or cut, a hash of the original text is
   * appended, so two different texts never give the same stem.
   */
  public static String stem(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_') {
        sb.append(c);
      } else if (c == '.' && sb.length() > 0 && sb.charAt(sb.length() - 1) != '.') {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
        sb.append('_');
      }
    }
    String cleaned = sb.toString().replaceAll("^[._-]+|[._-]+$", "");
    boolean changed = !cleaned.equals(text);
    if (cleaned.length() > MAX_STEM) {
      cleaned = cleaned.substring(0, MAX_STEM).replaceAll("[._-]+$", "");
      changed = true;
    }
    String firstPart = cleaned.contains(".") ? cleaned.substring(0, cleaned.indexOf('.')) : cleaned;
    if (cleaned.isEmpty() || WINDOWS_DEVICES.contains(firstPart.toUpperCase(Locale.ROOT))) {
      cleaned = "offer" + (cleaned.isEmpty() ? "" : "_" + cleaned);
      changed = true;
    }
    return changed ? cleaned + "_" + shortHash(text) : cleaned;
  }

  /** The first 8 hex digits of the SHA-256 of {@code text}. */
  public static String shortHash(String text) {
    return HexFormat.of().formatHex(digest(text), 0, 4);
  }

  /** The SHA-256 of {@code text} (UTF-8) in hex. */
  public static String sha256(String text) {
    return HexFormat.of().formatHex(digest(text));
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
