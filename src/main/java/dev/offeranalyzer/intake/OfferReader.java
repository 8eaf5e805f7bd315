package dev.offeranalyzer.intake;

import dev.offeranalyzer.config.Settings;
import dev.offeranalyzer.offer.Offer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.internal.InvalidZipException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.XLSBUnsupportedException;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way into intake: reads a CSV, .xlsx or .xls file and hands each valid offer to a sink as
 * soon as its row is read, so a large file never sits in memory as offers (SPEC sections 2 and 11).
 * Files are opened read-only and never modified.
 *
 * <p>Bad input never throws: every failure, of a value, a row or the whole file, comes back as a
 * {@link Problem} naming the file (details go to the debug log). Only an exception thrown by the
 * caller's own consumer passes through unchanged.
 */
public final class OfferReader {

  private static final Logger LOG = LoggerFactory.getLogger(OfferReader.class);
  private static final String DAMAGED =
      "the workbook is damaged or not a complete workbook; open it in Excel and save it again";
  private static final String ENCRYPTED =
      "the file is encrypted (password-protected); remove the password and save again";

  /**
   * The most one part of a workbook may unpack to. POI's zip-bomb check catches parts that compress
   * too well; this bounds a part that compresses only moderately (a 50 MB file could otherwise
   * unpack to gigabytes). 100,000 offer rows take well under this.
   */
  static final long MAX_PART_BYTES = 512L * 1024 * 1024;

  static {
    if (ZipSecureFile.getMaxEntrySize() > MAX_PART_BYTES) {
      ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }
  }

  private final Settings settings;

  public OfferReader(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Reads one file; problems are collected in the result.
   *
   * @param file a .csv, .xlsx or .xls file; its type is told by its content
   * @param offers receives each valid offer, in file order
   * @return counts, every problem, and warnings; never null
   */
  public FileResult read(Path file, Consumer<Offer> offers) {
    List<Problem> collected = new ArrayList<>();
    return read(file, offers, collected::add, collected);
  }

  /**
   * Reads one file and streams problems too, for callers that must not hold them all.
   *
   * @param problems receives each problem as it is found; the result's problem list stays empty
   */
  public FileResult read(Path file, Consumer<Offer> offers, Consumer<Problem> problems) {
    return read(file, offers, problems, List.of());
  }

  private FileResult read(
      Path file, Consumer<Offer> offers, Consumer<Problem> problems, List<Problem> collected) {
    Path name = file.getFileName();
    FileCollector out =
        new FileCollector(name == null ? file.toString() : name.toString(), offers, problems);
    try {
      readInto(file, out);
    } catch (FileCollector.SinkException e) {
      throw (RuntimeException) e.getCause();
    } catch (NoSuchFileException e) {
      out.fileProblem(null, "the file does not exist (any more)");
    } catch (AccessDeniedException e) {
      out.fileProblem(null, "the file cannot be read (permission denied)");
    } catch (IOException e) {
      LOG.debug("{}: cannot be read", file, e);
      out.fileProblem(null, "the file cannot be read (" + e.getMessage() + ")");
    } catch (RuntimeException | StackOverflowError e) {
      LOG.debug("{}: unexpected content", file, e);
      out.fileProblem(
          null,
          "the file cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
    return out.result(collected);
  }

  private void readInto(Path file, FileCollector out) throws IOException {
    if (Files.isDirectory(file)) {
      out.fileProblem(null, "is a folder, not a file");
      return;
    }
    String ext = extension(out.file());
    switch (ext) {
      case "xlsb" -> {
        out.fileProblem(null, "Excel binary workbooks (.xlsb) are not supported; save as .xlsx");
        return;
      }
      case "ods" -> {
        out.fileProblem(null, "OpenDocument spreadsheets (.ods) are not supported; save as .xlsx");
        return;
      }
      case "numbers" -> {
        out.fileProblem(null, "Apple Numbers files (.numbers) are not supported; export as .xlsx");
        return;
      }
      default -> {
        // the content decides below
      }
    }
    ContentKind kind = ContentKind.of(file);
    boolean namedWorkbook = ext.equals("xlsx") || ext.equals("xls") || ext.equals("xlsm");
    switch (kind) {
      case EMPTY -> out.fileProblem(null, "the file is empty");
      case HTML ->
          out.fileProblem(
              null, "is an HTML page saved with an Excel name; open it in Excel and save as .xlsx");
      case XML ->
          out.fileProblem(
              null,
              "is an XML file (perhaps an Excel 2003 XML spreadsheet), which is not supported;"
                  + " open it in Excel and save as .xlsx");
      case BINARY ->
          out.fileProblem(null, "is not a spreadsheet (neither an Excel workbook nor CSV text)");
      case TEXT -> {
        if (namedWorkbook) {
          out.warn(null, "the file is named ." + ext + " but holds text; it was read as CSV");
        }
        CsvReader.read(file, out);
      }
      case ZIP -> {
        if (tooLarge(file, out)) {
          return;
        }
        if (ext.equals("csv")) {
          out.warn(null, "the file is named .csv but is an Excel workbook; it was read as one");
        }
        readXlsx(file, out);
      }
      case OLE2 -> {
        if (tooLarge(file, out)) {
          return;
        }
        readOle2(file, out);
      }
    }
  }

  private boolean tooLarge(Path file, FileCollector out) throws IOException {
    long size = Files.size(file);
    if (size > settings.maxWorkbookBytes()) {
      out.fileProblem(
          null,
          "the workbook is "
              + megabytes(size)
              + " MB, larger than the limit of "
              + megabytes(settings.maxWorkbookBytes())
              + " MB (intake.max-workbook-mb in the config); split it or save it as CSV");
      return true;
    }
    return false;
  }

  private static void readXlsx(Path file, FileCollector out) {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      XlsxStreamReader.WorkbookInfo info = XlsxStreamReader.workbookInfo(reader);
      if (XlsxStreamReader.needsEvaluation(reader, info)) {
        LOG.debug("{}: formulas without stored results; reading the full workbook", file);
        try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
          UserModelReader.read(wb, out);
        }
      } else {
        XlsxStreamReader.read(pkg, reader, info, out);
      }
      noTable(out, info.sheets().stream().anyMatch(XlsxStreamReader.SheetInfo::visible));
    } catch (FileCollector.SinkException e) {
      throw e;
    } catch (XLSBUnsupportedException e) {
      out.fileProblem(null, "Excel binary workbooks (.xlsb) are not supported; save as .xlsx");
    } catch (ODFNotOfficeXmlFileException e) {
      out.fileProblem(null, "OpenDocument spreadsheets (.ods) are not supported; save as .xlsx");
    } catch (Exception e) {
      workbookFailed(file, out, e);
    }
  }

  private static void readOle2(Path file, FileCollector out) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") || root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
        out.fileProblem(null, ENCRYPTED);
        return;
      }
      if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
        out.fileProblem(
            null, "is an Office file but not an Excel workbook (a Word or other document?)");
        return;
      }
      try (HSSFWorkbook wb = new HSSFWorkbook(root, true)) {
        UserModelReader.read(wb, out);
        boolean anyVisible = false;
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
          anyVisible |= !wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i);
        }
        noTable(out, anyVisible);
      }
    } catch (FileCollector.SinkException e) {
      throw e;
    } catch (OldExcelFormatException e) {
      out.fileProblem(
          null, "is an old Excel 5.0/95 workbook, which is not supported; save as .xlsx");
    } catch (Exception e) {
      workbookFailed(file, out, e);
    }
  }

  /** A workbook from which no sheet was read gets one clear problem. */
  private static void noTable(FileCollector out, boolean anyVisible) {
    if (out.headerSheets() > 0 || out.problemCount() > 0) {
      return;
    }
    out.fileProblem(
        null,
        anyVisible
            ? "no visible sheet starts with a header row naming candidate and base_salary"
            : "the workbook has no visible sheet");
  }

  private static void workbookFailed(Path file, FileCollector out, Exception e) {
    LOG.debug("{}: workbook cannot be read", file, e);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException) {
        out.fileProblem(null, ENCRYPTED);
        return;
      }
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (t instanceof InvalidZipException && m.contains("more than 1 entry")) {
        // Which of two same-named parts a reader takes differs between programs; take neither.
        out.fileProblem(
            null,
            "the workbook holds two parts of the same name (damaged or tampered with); open it in"
                + " Excel and save it again");
        return;
      }
      if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("ziplimits")) {
        out.fileProblem(
            null,
            "the workbook expands to far more data than its size suggests (a zip bomb?); refused");
        return;
      }
      if (m.contains("doctype") || m.contains("entity")) {
        out.fileProblem(null, "the workbook holds XML entities or a DOCTYPE, which are refused");
        return;
      }
    }
    out.fileProblem(null, DAMAGED);
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String megabytes(long bytes) {
    return BigDecimal.valueOf(bytes)
        .divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
