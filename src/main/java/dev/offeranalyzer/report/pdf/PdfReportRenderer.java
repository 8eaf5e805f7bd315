package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import dev.offeranalyzer.report.model.ReportModel;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Lays a {@link ReportModel} out as a PDF: document setup, the ordered list of {@link PdfSection}s,
 * and the footer. Create one per rendering thread ({@code new PdfReportRenderer()} parses its own
 * fonts) and call {@link #render} for each report: calls on one instance are serialized, so sharing
 * an instance between threads is safe but not parallel; renderers on several threads run in
 * parallel and give the same bytes as one.
 *
 * <p>The output is reproducible: the creation and modification dates are the model's report date
 * (midnight UTC), the document ID and the font subset names derive from the model's content, so the
 * same model gives the same bytes.
 */
public final class PdfReportRenderer {

  /**
   * Deflate level of every stream in a report (pages, embedded font subsets): the fastest. At the
   * default level, compressing took about a third of a report's CPU time; the file is a few percent
   * larger (docs/performance.md).
   */
  static final int COMPRESSION = java.util.zip.Deflater.BEST_SPEED;

  private static final float MARGIN_X = 42;
  private static final float MARGIN_TOP = 48;
  private static final float MARGIN_BOTTOM = 50;

  private final ReportFonts fonts;

  private final List<PdfSection> sections;

  /** The sections in print order. Adding a section is one line here. */
  static List<PdfSection> sections() {
    return List.of(
        new HeaderPdf(),
        new HeadlinePdf(),
        new YearsPdf(),
        new RefreshersPdf(),
        new MarketPdf(),
        new FindingsPdf(),
        new PlanPdf(),
        new RoundsPdf(),
        new NegotiationPdf(),
        new TiersPdf(),
        new ScenariosPdf(),
        new VestPdf(),
        new LeavingEarlyPdf(),
        new CompetitorsPdf(),
        new TakeHomePdf(),
        new ChecklistPdf(),
        new AssumptionsPdf(),
        new EmailsPdf());
  }

  /** Parses fonts of its own (the font files are read once per process). */
  public PdfReportRenderer() {
    this(ReportFonts.load());
  }

  /** Uses fonts already loaded, e.g. shared with another renderer. */
  public PdfReportRenderer(ReportFonts fonts) {
    this(fonts, sections());
  }

  /** Renders only {@code sections}, in this order (tests render one section at a time). */
  PdfReportRenderer(ReportFonts fonts, List<PdfSection> sections) {
    this.fonts = Objects.requireNonNull(fonts, "fonts");
    this.sections = List.copyOf(sections);
  }

  /**
   * Writes the report of {@code model} to {@code out} as a complete PDF. Does not close {@code
   * out}.
   *
   * @return the page count and what the coach should be told: characters neither font can draw
   *     (printed as {@code ?}), an unreadable logo
   * @throws IOException when writing to {@code out} fails
   */
  public synchronized ReportResult render(ReportModel model, OutputStream out) throws IOException {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(out, "out");
    try {
      return write(model, out);
    } catch (DocumentException e) {
      throw new IOException("cannot lay out the report " + model.documentTitle(), e);
    }
  }

  private ReportResult write(ReportModel model, OutputStream out) throws DocumentException {
    Rectangle size = model.pageSize() == ReportModel.PageSize.A4 ? PageSize.A4 : PageSize.LETTER;
    Document doc = new Document(size, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
    MessageDigest sha = sha256();
    DigestOutputStream written = new DigestOutputStream(out, sha);
    PdfWriter writer = PdfWriter.getInstance(doc, written);
    writer.setCloseStream(false);
    writer.setFullCompression();
    writer.setCompressionLevel(COMPRESSION);
    PdfToolkit kit = new PdfToolkit(fonts, writer, size.getWidth() - 2 * MARGIN_X);
    PdfFooter footer = new PdfFooter(model, fonts);
    footer.use(kit);
    writer.setPageEvent(footer);
    // Metadata strings are Unicode text, not drawn with a font: they keep every character.
    doc.addTitle(model.documentTitle());
    doc.addSubject("Job offer analysis and negotiation plan");
    doc.addCreator("Offer Analyzer");
    if (model.branding().coachName() != null) {
      doc.addAuthor(model.branding().coachName());
    }
    doc.open();
    fixDates(writer, model);
    for (PdfSection section : sections) {
      section.write(model, kit, doc);
    }
    // The file's ID and its fonts' subset names (drawn when the document closes) come from the
    // bytes written so far, every page but the last: the same report gives the same file, and a
    // change in its pages changes them. (Hashing the model's text instead made a cold run generate
    // about 160 method-handle classes for the records' toString, docs/performance.md.)
    written.on(false);
    byte[] digest = sha.digest();
    fonts.seedSubsetNames(digest);
    byte[] id = Arrays.copyOf(digest, 16);
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    doc.close();
    return new ReportResult(footer.pages(), kit.missingGlyphs(), kit.warnings());
  }

  private static void fixDates(PdfWriter writer, ReportModel model) {
    LocalDate date = LocalDate.parse(model.reportDateIso());
    GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    cal.clear();
    cal.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
    PdfDictionary info = writer.getInfo();
    info.put(PdfName.CREATIONDATE, new PdfDate(cal));
    info.put(PdfName.MODDATE, new PdfDate(cal));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
