package dev.offeranalyzer.report.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's shared-string table ({@code xl/sharedStrings.xml}) for texts that repeat from row
 * to row: a finding's title and advice, a company, a tier. A text repeated 100,000 times is stored
 * once and each cell holds its number, which keeps the Findings sheet of a large folder a fraction
 * of its size. Bounded: once {@link #LIMIT} different texts are held, new ones are written inline.
 */
final class SharedStrings {

  /** The most different texts held; a summary's repeating texts are a few hundred. */
  static final int LIMIT = 50_000;

  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> strings = new ArrayList<>();
  private long uses;

  /** The number of {@code text} in the table, added if there is room; -1 when the table is full. */
  int indexOf(String text) {
    Integer i = index.get(text);
    if (i == null) {
      if (strings.size() >= LIMIT) {
        return -1;
      }
      i = strings.size();
      index.put(text, i);
      strings.add(text);
    }
    uses++;
    return i;
  }

  /** How many cells use the table's texts. */
  long uses() {
    return uses;
  }

  /** Counts the uses of a chunk of rows kept from an earlier summary. */
  void addUses(long n) {
    uses += n;
  }

  /** Starts counting again, for a new summary that keeps this table (its texts keep numbers). */
  void resetUses() {
    uses = 0;
  }

  /** How many different texts the table holds. */
  int size() {
    return strings.size();
  }

  /** Writes the part {@code xl/sharedStrings.xml}. */
  void write(OutputStream out) throws IOException {
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"")
        .append(" count=\"")
        .append(uses)
        .append("\" uniqueCount=\"")
        .append(strings.size())
        .append("\">");
    for (String s : strings) {
      sb.append("<si>");
      SheetRows.appendT(sb, s);
      sb.append("</si>");
      if (sb.length() > 1 << 16) {
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
      }
    }
    sb.append("</sst>");
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }
}
