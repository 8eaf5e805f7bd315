package dev.offeranalyzer.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test fixtures for issue #6: workbooks that attack the reader, built on the fly so nothing large
 * or dangerous is checked in. Every builder writes one file and returns its path.
 */
public final class HostileFiles {

  /** The sheet XML part of a one-sheet workbook saved by POI. */
  public static final String SHEET = "xl/worksheets/sheet1.xml";

  private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private HostileFiles() {}

  /** A one-sheet .xlsx with a header row and data rows; numbers become number cells. */
  public static Path workbook(Path file, Object[] header, Object[]... rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Offers");
      fill(s, header, rows);
      return save(wb, file);
    }
  }

  /** The same as an .xls (BIFF8) workbook. */
  public static Path xls(Path file, Object[] header, Object[]... rows) throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      fill(wb.createSheet("Offers"), header, rows);
      return save(wb, file);
    }
  }

  /**
   * A zip bomb: a valid workbook whose sheet XML is {@code megabytes} MB of spaces inside {@code
   * <sheetData>}, which deflate squeezes about a thousand to one. Written while streaming, so the
   * test never holds the expanded data.
   */
  public static Path zipBomb(Path file, int megabytes) throws IOException {
    Map<String, byte[]> parts = parts(valid());
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        if (p.getKey().equals(SHEET)) {
          zip.write(
              ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\">")
                  .getBytes(StandardCharsets.UTF_8));
          zip.write("<sheetData>".getBytes(StandardCharsets.UTF_8));
          byte[] spaces = new byte[1024 * 1024];
          Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < megabytes; i++) {
            zip.write(spaces);
          }
          zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        } else {
          zip.write(p.getValue());
        }
        zip.closeEntry();
      }
    }
    return file;
  }

  /**
   * "Billion laughs": the sheet declares ten nested entities, each ten of the one before, and uses
   * the last in a cell; expanded it would be a billion "lol"s.
   */
  public static Path billionLaughs(Path file) throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10));
      dtd.append("\">");
    }
    dtd.append("]>");
    return withDoctype(file, dtd.toString(), "&lol9;");
  }

  /**
   * An external entity: the sheet's candidate cell would hold {@code /etc/passwd} if the reader
   * resolved it.
   */
  public static Path externalEntity(Path file) throws IOException {
    return withDoctype(
        file, "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;");
  }

  /** An external entity in {@code [Content_Types].xml}, the first part any reader parses. */
  public static Path externalEntityInContentTypes(Path file) throws IOException {
    return rewrite(
        valid(),
        file,
        (name, data) ->
            name.equals("[Content_Types].xml")
                ? insertDoctype(
                        text(data),
                        "<!DOCTYPE Types [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                    .replace("<Types ", "<Types a=\"&xxe;\" ")
                    .getBytes(StandardCharsets.UTF_8)
                : data);
  }

  /**
   * Two zip entries with the same name: the sheet once as written and once with other offers, so a
   * reader that took either silently would report different offers than Excel shows.
   */
  public static Path duplicateEntries(Path file) throws IOException {
    Map<String, byte[]> parts = parts(valid());
    // Java's zip writer refuses duplicate names; write a same-length twin and rename its bytes.
    String twin = SHEET.replace("sheet1", "sheetX");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(buf)) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue());
        zip.closeEntry();
        if (p.getKey().equals(SHEET)) {
          zip.putNextEntry(new ZipEntry(twin));
          zip.write(text(p.getValue()).replace("Dup Person", "Evil Twin").getBytes(UTF8));
          zip.closeEntry();
        }
      }
    }
    byte[] bytes = buf.toByteArray();
    replaceAll(bytes, twin.getBytes(UTF8), SHEET.getBytes(UTF8));
    Files.write(file, bytes);
    return file;
  }

  /** A password-protected (agile-encrypted) .xlsx: an OLE2 file holding the encrypted package. */
  public static Path encryptedXlsx(Path file) throws IOException {
    Path plain = Files.createTempFile(file.getParent(), "plain", ".xlsx");
    try {
      Files.write(plain, valid());
      try (POIFSFileSystem fs = new POIFSFileSystem()) {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("secret");
        try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
            OutputStream os = enc.getDataStream(fs)) {
          opc.save(os);
        } catch (java.security.GeneralSecurityException
            | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
          throw new IOException(e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
          fs.writeFilesystem(out);
        }
      }
      return file;
    } finally {
      Files.deleteIfExists(plain);
    }
  }

  /** A password-protected .xls (BIFF8 RC4 encryption). */
  public static Path encryptedXls(Path file) throws IOException {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      fill(wb.createSheet("Offers"), header(), new Object[] {"Enc Person", 200000, 400000});
      Biff8EncryptionKey.setCurrentUserPassword("secret");
      try {
        return save(wb, file);
      } finally {
        Biff8EncryptionKey.setCurrentUserPassword(null);
      }
    }
  }

  /** The header every fixture workbook uses. */
  public static Object[] header() {
    return new Object[] {"candidate", "base_salary", "rsu_value"};
  }

  /** A small valid workbook: one offer of "Dup Person". */
  public static byte[] valid() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      fill(wb.createSheet("Offers"), header(), new Object[] {"Dup Person", 200000, 400000});
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** The entries of a zip, in order. */
  public static Map<String, byte[]> parts(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  /** A rewriting of one zip part. */
  @FunctionalInterface
  public interface PartEdit {
    byte[] edit(String name, byte[] data);
  }

  /** Writes {@code zip} to {@code file} with each part passed through {@code edit}. */
  public static Path rewrite(byte[] zip, Path file, PartEdit edit) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> p : parts(zip).entrySet()) {
        out.putNextEntry(new ZipEntry(p.getKey()));
        out.write(edit.edit(p.getKey(), p.getValue()));
        out.closeEntry();
      }
    }
    return file;
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private static Path withDoctype(Path file, String doctype, String candidate) throws IOException {
    UnaryOperator<String> sheet =
        xml ->
            insertDoctype(xml, doctype)
                .replaceFirst(
                    "<c r=\"A2\"[^>]*>.*?</c>",
                    "<c r=\"A2\" t=\"inlineStr\"><is><t>" + candidate + "</t></is></c>");
    return rewrite(
        valid(),
        file,
        (name, data) -> name.equals(SHEET) ? sheet.apply(text(data)).getBytes(UTF8) : data);
  }

  private static String insertDoctype(String xml, String doctype) {
    int afterDecl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
    return xml.substring(0, afterDecl) + doctype + xml.substring(afterDecl);
  }

  private static String text(byte[] data) {
    return new String(data, UTF8);
  }

  private static void replaceAll(byte[] haystack, byte[] from, byte[] to) {
    outer:
    for (int i = 0; i + from.length <= haystack.length; i++) {
      for (int j = 0; j < from.length; j++) {
        if (haystack[i + j] != from[j]) {
          continue outer;
        }
      }
      System.arraycopy(to, 0, haystack, i, to.length);
    }
  }

  private static void fill(Sheet s, Object[] header, Object[]... rows) {
    row(s, 0, header);
    for (int i = 0; i < rows.length; i++) {
      row(s, i + 1, rows[i]);
    }
  }

  private static void row(Sheet s, int index, Object[] values) {
    Row r = s.createRow(index);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        continue;
      }
      Cell c = r.createCell(i);
      if (v instanceof Number n) {
        c.setCellValue(n.doubleValue());
      } else {
        c.setCellValue(v.toString());
      }
    }
  }

  private static Path save(Workbook wb, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    return file;
  }
}
