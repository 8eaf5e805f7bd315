package dev.offeranalyzer.report.summary;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.util.CellReference;

/**
 * Finishes the workbook POI has written (every sheet with its header row, widths, filter and page
 * setup): splices each table sheet's data rows ({@link SheetRows}) into its part, adds the {@code
 * Report} hyperlinks of the Ranking, and replaces the empty shared-string table with the summary's.
 * The changed parts are compressed on every core, each into a file of its own, then copied into the
 * package in POI's order; the other parts are copied as they are, still compressed.
 *
 * <p>POI would keep every hyperlink as an XML object with its own relationship until the workbook
 * is written, about 4 KB a link; here they are streamed: a {@code <hyperlinks>} element in the
 * sheet (where the schema wants it, after the auto-filter) and one external relationship per link.
 */
final class WorkbookAssembly {

  static final String SHARED_STRINGS = "xl/sharedStrings.xml";
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String HYPERLINK_TYPE = REL_NS + "/hyperlink";

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

  /**
   * The rows of one sheet part.
   *
   * @param part the part name in the package, e.g. {@code xl/worksheets/sheet1.xml}
   * @param rows the {@code <row>} elements to put after the header row, finished
   * @param lastRow the sheet's last row (1-based), for its dimension
   * @param columns how many columns the sheet has
   * @param links the sheet's hyperlinks; may be empty
   */
  record Splice(String part, Rows rows, int lastRow, int columns, List<Link> links) {}

  /** A sheet's {@code <row>} elements, written out when the sheet is assembled. */
  interface Rows {
    void copyTo(PartOutput out) throws IOException;
  }

  /**
   * Where a part is written: its text, compressed as it comes, or pieces compressed already ({@link
   * Deflated}), copied as they are.
   */
  abstract static class PartOutput extends OutputStream {
    /** Appends a piece compressed already. */
    abstract void deflated(Deflated piece) throws IOException;
  }

  private WorkbookAssembly() {}

  /** A part compressed: its raw deflate bytes, CRC and sizes for the package's directory. */
  private record Compressed(SpillBuffer data, long crc, long size, long compressedSize) {}

  /** Writes a part's bytes; the part is compressed by {@link #compress}. */
  private interface PartWriter {
    void write(PartOutput out) throws IOException;
  }

  /** Copies the package {@code skeleton} to {@code out} with the splices and shared strings. */
  static void assemble(Path skeleton, OutputStream out, List<Splice> splices, SharedStrings shared)
      throws IOException {
    Map<String, PartWriter> changed = new LinkedHashMap<>();
    List<SpillBuffer> buffers = new ArrayList<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(splices.size() + 2, Runtime.getRuntime().availableProcessors())),
            r -> {
              Thread t = new Thread(r, "summary-compress");
              t.setDaemon(true);
              return t;
            });
    try (ZipFile in = ZipFile.builder().setPath(skeleton).get()) {
      for (Splice s : splices) {
        ZipArchiveEntry e = in.getEntry(s.part());
        if (e == null) {
          throw new IOException("the workbook has no part " + s.part());
        }
        String sheet = read(in, e);
        changed.put(s.part(), o -> writeSheet(sheet, s, o));
        if (!s.links().isEmpty()) {
          String rels = relsOf(s.part());
          ZipArchiveEntry r = in.getEntry(rels);
          String existing = r == null ? null : read(in, r);
          changed.put(rels, o -> writeRelationships(existing, s.links(), o));
        }
      }
      if (shared.size() > 0) {
        if (in.getEntry(SHARED_STRINGS) == null) {
          throw new IOException("the workbook has no part " + SHARED_STRINGS);
        }
        changed.put(SHARED_STRINGS, shared::write);
      }
      Map<String, Future<Compressed>> done = new HashMap<>();
      for (Map.Entry<String, PartWriter> c : changed.entrySet()) {
        SpillBuffer buffer = new SpillBuffer();
        buffers.add(buffer);
        done.put(c.getKey(), pool.submit(() -> compress(c.getValue(), buffer)));
      }
      ZipArchiveOutputStream zip =
          new ZipArchiveOutputStream(new BufferedOutputStream(out, 1 << 16));
      Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry e = entries.nextElement();
        Future<Compressed> part = done.remove(e.getName());
        if (part == null) {
          zip.addRawArchiveEntry(e, in.getRawInputStream(e));
        } else {
          addCompressed(zip, e.getName(), e.getTime(), result(part));
        }
      }
      for (Map.Entry<String, Future<Compressed>> added : done.entrySet()) {
        addCompressed(zip, added.getKey(), -1, result(added.getValue()));
      }
      zip.finish();
      zip.flush();
    } finally {
      pool.shutdownNow();
      for (SpillBuffer b : buffers) {
        b.close();
      }
    }
  }

  private static String read(ZipFile in, ZipArchiveEntry e) throws IOException {
    try (InputStream data = in.getInputStream(e)) {
      return new String(data.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** {@code xl/worksheets/sheet1.xml} has its relationships in {@code _rels/sheet1.xml.rels}. */
  static String relsOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  private static Compressed result(Future<Compressed> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the summary", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("cannot write the summary: " + e.getCause(), e.getCause());
    }
  }

  private static void addCompressed(
      ZipArchiveOutputStream zip, String name, long time, Compressed c) throws IOException {
    ZipArchiveEntry e = new ZipArchiveEntry(name);
    e.setMethod(ZipEntry.DEFLATED);
    e.setCrc(c.crc());
    e.setSize(c.size());
    e.setCompressedSize(c.compressedSize());
    if (time != -1) {
      e.setTime(time);
    }
    try (InputStream data = c.data().input()) {
      zip.addRawArchiveEntry(e, data);
    }
  }

  /** Deflates what {@code part} writes into {@code data}, counting and checksumming it. */
  private static Compressed compress(PartWriter part, SpillBuffer data) throws IOException {
    try (PartDeflater out = new PartDeflater(data)) {
      part.write(out);
      out.finish();
      return new Compressed(data, out.crc(), out.length(), data.size());
    }
  }

  /**
   * One part's deflate stream: text is compressed as it comes; a piece compressed already ends the
   * text's blocks with a sync flush, is copied, and the text after it starts a fresh dictionary.
   * The CRC-32 of the whole is combined from the CRCs of its runs.
   */
  static final class PartDeflater extends PartOutput {
    private final OutputStream data;
    private final Deflater deflater = new Deflater(SummaryWorkbook.ZIP_LEVEL, true);
    private final DeflaterOutputStream deflating;
    private final CRC32 run = new CRC32();
    private long runLength;
    private long crc;
    private long length;

    PartDeflater(OutputStream data) {
      this.data = data;
      this.deflating = new DeflaterOutputStream(data, deflater, 1 << 16, true);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      run.update(b, off, len);
      runLength += len;
      deflating.write(b, off, len);
    }

    @Override
    void deflated(Deflated piece) throws IOException {
      if (runLength > 0) {
        deflating.flush(); // a sync flush: the blocks so far end on a byte boundary
        endRun();
        deflater.reset();
      }
      data.write(piece.bytes());
      crc = Deflated.combine(crc, piece.crc(), piece.length());
      length += piece.length();
    }

    /** Ends the stream with its final block. */
    void finish() throws IOException {
      deflating.finish();
      endRun();
    }

    long crc() {
      return crc;
    }

    long length() {
      return length;
    }

    private void endRun() {
      crc = Deflated.combine(crc, run.getValue(), runLength);
      length += runLength;
      run.reset();
      runLength = 0;
    }

    @Override
    public void close() {
      deflater.end();
    }
  }

  /**
   * The sheet with its rows after the header row, its dimension covering them, and its links after
   * the sheet data (and auto-filter), before the page setup.
   */
  private static void writeSheet(String sheet, Splice s, PartOutput out) throws IOException {
    String xml = sheet.replace("<sheetData/>", "<sheetData></sheetData>");
    String last = CellReference.convertNumToColString(s.columns() - 1) + s.lastRow();
    xml = xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:" + last + "\"/>");
    if (!s.links().isEmpty() && !xml.contains("xmlns:r=")) {
      xml = xml.replaceFirst("<worksheet", "<worksheet xmlns:r=\"" + REL_NS + "\"");
    }
    int end = xml.indexOf("</sheetData>");
    if (end < 0) {
      throw new IOException("the sheet " + s.part() + " has no end of its data");
    }
    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
    s.rows().copyTo(out);
    String tail = xml.substring(end);
    if (s.links().isEmpty()) {
      out.write(tail.getBytes(StandardCharsets.UTF_8));
      return;
    }
    int at = tail.length();
    for (String element : AFTER_HYPERLINKS) {
      int i = tail.indexOf(element);
      if (i >= 0 && i < at) {
        at = i;
      }
    }
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append(tail, 0, at).append("<hyperlinks>");
    List<Link> links = s.links();
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      sb.append("<hyperlink ref=\"")
          .append(CellReference.convertNumToColString(l.column()))
          .append(l.row() + 1)
          .append("\" r:id=\"rIdReport")
          .append(i + 1)
          .append("\"/>");
      if (sb.length() > 1 << 16) {
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
      }
    }
    sb.append("</hyperlinks>").append(tail, at, tail.length());
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The sheet's relationships ({@code existing}, or none) with one per link. */
  private static void writeRelationships(String existing, List<Link> links, OutputStream out)
      throws IOException {
    String head =
        existing != null
            ? existing.substring(0, existing.lastIndexOf("</Relationships>"))
            : "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    StringBuilder sb = new StringBuilder(1 << 16).append(head);
    for (int i = 0; i < links.size(); i++) {
      sb.append("<Relationship Id=\"rIdReport")
          .append(i + 1)
          .append("\" Type=\"")
          .append(HYPERLINK_TYPE)
          .append("\" Target=\"")
          .append(attribute(links.get(i).target()))
          .append("\" TargetMode=\"External\"/>");
      if (sb.length() > 1 << 16) {
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        sb.setLength(0);
      }
    }
    sb.append("</Relationships>");
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String attribute(String s) {
    return s.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
