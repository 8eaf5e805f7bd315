package dev.offeranalyzer.report.summary;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.util.CellReference;

/**
 * Adds the {@code Report} hyperlinks to the {@code Ranking} sheet of a workbook POI has written.
 *
 * <p>POI keeps every hyperlink of a sheet in memory as an XML object with its own relationship
 * until the workbook is written: about 4 KB a link, 400 MB for 100,000 offers. Here the links are
 * streamed into the finished package instead: a {@code <hyperlinks>} element in the sheet (where
 * the schema wants it, after the auto-filter) and one external relationship per link, a relative
 * file name.
 */
final class RankingLinks {

  static final String SHEET = "xl/worksheets/sheet1.xml";
  static final String RELS = "xl/worksheets/_rels/sheet1.xml.rels";
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String HYPERLINK_TYPE = REL_NS + "/hyperlink";
  private static final byte[] END_OF_DATA = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

  /** Elements that follow {@code <hyperlinks>} in a worksheet, in schema order. */
  private static final List<String> AFTER_HYPERLINKS =
      List.of(
          "<printOptions",
          "<pageMargins",
          "<pageSetup",
          "<headerFooter",
          "<rowBreaks",
          "<colBreaks",
          "<customProperties",
          "<cellWatches",
          "<ignoredErrors",
          "<smartTags",
          "<drawing",
          "<legacyDrawing",
          "<legacyDrawingHF",
          "<picture",
          "<oleObjects",
          "<controls",
          "<webPublishItems",
          "<tableParts",
          "<extLst",
          "</worksheet>");

  /** One link: the 0-based row and column of the cell, and the relative target. */
  record Link(int row, int column, String target) {}

  private RankingLinks() {}

  /**
   * Copies the package {@code workbook} to {@code out}, adding {@code links} to sheet 1. Parts
   * other than that sheet and its relationships are copied as they are, still compressed.
   */
  static void copyWithLinks(Path workbook, OutputStream out, List<Link> links) throws IOException {
    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new BufferedOutputStream(out, 1 << 16));
    zip.setLevel(SummaryWorkbook.ZIP_LEVEL);
    boolean relsSeen = false;
    try (ZipFile in = ZipFile.builder().setPath(workbook).get()) {
      Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry e = entries.nextElement();
        boolean sheet = e.getName().equals(SHEET);
        boolean rels = e.getName().equals(RELS);
        if (links.isEmpty() || (!sheet && !rels)) {
          zip.addRawArchiveEntry(e, in.getRawInputStream(e));
          continue;
        }
        zip.putArchiveEntry(new ZipArchiveEntry(e.getName()));
        BufferedOutputStream part = new BufferedOutputStream(zip, 1 << 16);
        try (InputStream data = in.getInputStream(e)) {
          if (sheet) {
            patchSheet(new BufferedInputStream(data, 1 << 16), part, links);
          } else {
            relsSeen = true;
            String existing = new String(data.readAllBytes(), StandardCharsets.UTF_8);
            int end = existing.lastIndexOf("</Relationships>");
            part.write(existing.substring(0, end).getBytes(StandardCharsets.UTF_8));
            writeRelationships(part, links);
            part.write("</Relationships>".getBytes(StandardCharsets.UTF_8));
          }
        }
        part.flush();
        zip.closeArchiveEntry();
      }
    }
    if (!links.isEmpty() && !relsSeen) {
      zip.putArchiveEntry(new ZipArchiveEntry(RELS));
      BufferedOutputStream part = new BufferedOutputStream(zip, 1 << 16);
      part.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                  + "<Relationships"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
              .getBytes(StandardCharsets.UTF_8));
      writeRelationships(part, links);
      part.write("</Relationships>".getBytes(StandardCharsets.UTF_8));
      part.flush();
      zip.closeArchiveEntry();
    }
    zip.finish();
    zip.flush();
  }

  /**
   * Streams the sheet through, declaring the relationships namespace on its root element and
   * putting the links after the sheet data (and auto-filter), before the page setup.
   */
  private static void patchSheet(InputStream in, OutputStream out, List<Link> links)
      throws IOException {
    // The root start tag, patched to declare the r: prefix.
    StringBuilder head = new StringBuilder();
    int b;
    while ((b = in.read()) != -1) {
      head.append((char) b);
      int root = head.indexOf("<worksheet");
      if (root >= 0 && b == '>' && head.length() > root + 10) {
        break;
      }
    }
    String start = head.toString();
    if (!start.contains("xmlns:r=")) {
      int close = start.endsWith("/>") ? start.length() - 2 : start.length() - 1;
      start = start.substring(0, close) + " xmlns:r=\"" + REL_NS + "\"" + start.substring(close);
    }
    out.write(start.getBytes(StandardCharsets.UTF_8));
    // The rows, unchanged, up to the end of the sheet data; what follows is short (the
    // auto-filter and page setup) and is read whole.
    byte[] buf = new byte[1 << 16];
    int kept = 0;
    String tail = null;
    while (tail == null) {
      int n = in.read(buf, kept, buf.length - kept);
      if (n == -1) {
        throw new IOException("the Ranking sheet has no end of its data");
      }
      int total = kept + n;
      int found = indexOf(buf, total, END_OF_DATA);
      if (found >= 0) {
        int end = found + END_OF_DATA.length;
        out.write(buf, 0, end);
        java.io.ByteArrayOutputStream rest = new java.io.ByteArrayOutputStream();
        rest.write(buf, end, total - end);
        in.transferTo(rest);
        tail = rest.toString(StandardCharsets.UTF_8);
      } else {
        // Keep the last bytes back: the marker may start in this chunk and end in the next.
        int safe = Math.max(0, total - (END_OF_DATA.length - 1));
        out.write(buf, 0, safe);
        System.arraycopy(buf, safe, buf, 0, total - safe);
        kept = total - safe;
      }
    }
    int at = tail.length();
    for (String element : AFTER_HYPERLINKS) {
      int i = tail.indexOf(element);
      if (i >= 0 && i < at) {
        at = i;
      }
    }
    out.write(tail.substring(0, at).getBytes(StandardCharsets.UTF_8));
    Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("<hyperlinks>");
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      w.write("<hyperlink ref=\"");
      w.write(new CellReference(l.row(), l.column()).formatAsString(false));
      w.write("\" r:id=\"rIdReport");
      w.write(Integer.toString(i + 1));
      w.write("\"/>");
    }
    w.write("</hyperlinks>");
    w.write(tail.substring(at));
    w.flush();
  }

  private static int indexOf(byte[] buf, int length, byte[] marker) {
    outer:
    for (int i = 0; i + marker.length <= length; i++) {
      for (int j = 0; j < marker.length; j++) {
        if (buf[i + j] != marker[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static void writeRelationships(OutputStream out, List<Link> links) throws IOException {
    Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
    for (int i = 0; i < links.size(); i++) {
      w.write("<Relationship Id=\"rIdReport");
      w.write(Integer.toString(i + 1));
      w.write("\" Type=\"" + HYPERLINK_TYPE + "\" Target=\"");
      w.write(xml(links.get(i).target()));
      w.write("\" TargetMode=\"External\"/>");
    }
    w.flush();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
