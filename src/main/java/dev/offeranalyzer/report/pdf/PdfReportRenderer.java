package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import dev.offeranalyzer.report.model.NegotiationSoFar;
import dev.offeranalyzer.report.model.ReportModel;
import dev.offeranalyzer.report.model.ReportModel.CheckStatus;
import dev.offeranalyzer.report.model.ReportModel.ChecklistGroup;
import dev.offeranalyzer.report.model.ReportModel.ChecklistItem;
import dev.offeranalyzer.report.model.ReportModel.CompetitorRow;
import dev.offeranalyzer.report.model.ReportModel.EmailDraft;
import dev.offeranalyzer.report.model.ReportModel.Fact;
import dev.offeranalyzer.report.model.ReportModel.FindingItem;
import dev.offeranalyzer.report.model.ReportModel.LeverRow;
import dev.offeranalyzer.report.model.ReportModel.MarketRow;
import dev.offeranalyzer.report.model.ReportModel.NonMoneyItem;
import dev.offeranalyzer.report.model.ReportModel.RoundItem;
import dev.offeranalyzer.report.model.ReportModel.ScenarioRow;
import dev.offeranalyzer.report.model.ReportModel.VestRow;
import dev.offeranalyzer.report.model.ReportModel.YearRow;
import dev.offeranalyzer.rules.Severity;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;

/**
 * Lays a {@link ReportModel} out as a PDF. Create one per run ({@code new PdfReportRenderer()}
 * reads the fonts once) and call {@link #render} for each report, one at a time: calls are
 * serialized, so sharing an instance between threads is safe but not parallel.
 *
 * <p>The output is reproducible: the creation and modification dates are the model's report date
 * (midnight UTC), the document ID and the font subset names derive from the model's content, so the
 * same model gives the same bytes.
 */
public final class PdfReportRenderer {

  static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
  static final Color MUTED = new Color(0x5F, 0x6B, 0x7A);
  static final Color TEXT = new Color(0x22, 0x2B, 0x36);
  static final Color RULE = new Color(0xC9, 0xD2, 0xDC);
  static final Color ZEBRA = new Color(0xF4, 0xF6, 0xF9);
  static final Color HEAD_BG = new Color(0xE6, 0xEC, 0xF2);
  static final Color TILE_BG = new Color(0xF0, 0xF4, 0xF8);
  static final Color RED = new Color(0xC0, 0x39, 0x2B);
  static final Color AMBER = new Color(0xD3, 0x80, 0x1F);
  static final Color BLUE = new Color(0x2E, 0x6D, 0xA4);
  static final Color GREY = new Color(0x7F, 0x8C, 0x8D);
  static final Color GREEN = new Color(0x2E, 0x8B, 0x57);

  private static final float MARGIN_X = 42;
  private static final float MARGIN_TOP = 48;
  private static final float MARGIN_BOTTOM = 50;

  private final ReportFonts fonts;
  private final Map<Path, byte[]> logos = new HashMap<>();

  /** Loads the embedded fonts once. */
  public PdfReportRenderer() {
    this(ReportFonts.load());
  }

  /** Uses fonts already loaded, e.g. shared with another renderer. */
  public PdfReportRenderer(ReportFonts fonts) {
    this.fonts = Objects.requireNonNull(fonts, "fonts");
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
    return render(model, null, out);
  }

  /**
   * As {@link #render(ReportModel, OutputStream)}, with the section "Negotiation so far" when
   * given.
   */
  public synchronized ReportResult render(
      ReportModel model, NegotiationSoFar negotiation, OutputStream out) throws IOException {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(out, "out");
    Run run = new Run(model);
    run.negotiation = negotiation;
    try {
      return run.write(out);
    } catch (DocumentException e) {
      throw new IOException("cannot lay out the report " + model.documentTitle(), e);
    }
  }

  /** The state of one rendering: fonts at their sizes, the characters found missing. */
  private final class Run {
    final ReportModel model;
    NegotiationSoFar negotiation;
    final Set<String> missing = new LinkedHashSet<>();
    final Map<Font, Font> fallbackFonts = new IdentityHashMap<>();
    final List<String> warnings = new ArrayList<>();
    final Font body;
    final Font bodyBold;
    final Font small;
    final Font smallBold;
    final Font label;
    final Font heading;
    final Font title;
    final Font subtitle;
    final Font tileValue;
    final Font white;
    final Font footFont;
    float contentWidth;

    Run(ReportModel model) {
      this.model = model;
      BaseFont r = fonts.regular();
      BaseFont b = fonts.bold();
      body = new Font(r, 9, Font.NORMAL, TEXT);
      bodyBold = new Font(b, 9, Font.NORMAL, TEXT);
      small = new Font(r, 8, Font.NORMAL, MUTED);
      smallBold = new Font(b, 8, Font.NORMAL, TEXT);
      label = new Font(b, 8, Font.NORMAL, MUTED);
      heading = new Font(b, 12.5f, Font.NORMAL, NAVY);
      title = new Font(b, 21, Font.NORMAL, NAVY);
      subtitle = new Font(r, 11, Font.NORMAL, MUTED);
      tileValue = new Font(b, 15, Font.NORMAL, NAVY);
      white = new Font(b, 8, Font.NORMAL, Color.WHITE);
      footFont = new Font(r, 7.5f, Font.NORMAL, MUTED);
    }

    ReportResult write(OutputStream out) throws DocumentException, IOException {
      Rectangle size = model.pageSize() == ReportModel.PageSize.A4 ? PageSize.A4 : PageSize.LETTER;
      contentWidth = size.getWidth() - 2 * MARGIN_X;
      Document doc = new Document(size, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      writer.setCloseStream(false);
      writer.setFullCompression();
      byte[] digest = digest(model.toString());
      fonts.seedSubsetNames(digest);
      Footer footer = new Footer();
      writer.setPageEvent(footer);
      // Metadata strings are Unicode text, not drawn with a font: they keep every character.
      doc.addTitle(model.documentTitle());
      doc.addSubject("Job offer analysis and negotiation plan");
      doc.addCreator("Offer Analyzer");
      if (model.branding().coachName() != null) {
        doc.addAuthor(model.branding().coachName());
      }
      doc.open();
      fixMetadata(writer, digest);
      header(doc, writer);
      headline(doc);
      years(doc, writer);
      market(doc, writer);
      findings(doc);
      plan(doc);
      if (negotiation != null) {
        doc.add(
            new NegotiationSection(heading, body, bodyBold, small, RULE, ZEBRA).table(negotiation));
      }
      scenarios(doc);
      vest(doc);
      competitors(doc);
      checklist(doc);
      assumptions(doc);
      emails(doc);
      doc.close();
      return new ReportResult(footer.pages, List.copyOf(missing), warnings);
    }

    private void fixMetadata(PdfWriter writer, byte[] digest) {
      LocalDate date = LocalDate.parse(model.reportDateIso());
      GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
      cal.clear();
      cal.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
      PdfDictionary info = writer.getInfo();
      info.put(PdfName.CREATIONDATE, new PdfDate(cal));
      info.put(PdfName.MODDATE, new PdfDate(cal));
      byte[] id = Arrays.copyOf(digest, 16);
      info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    // ---- text helpers -------------------------------------------------------------------

    private void missing(int cp) {
      missing.add(new String(Character.toChars(cp)) + " (U+" + String.format("%04X", cp) + ")");
    }

    /**
     * The text as a phrase in {@code f}, each character Liberation Sans lacks set in the fallback
     * font at the same size and colour (emboldened when {@code f} is bold), each character neither
     * font has printed as '?' in {@code f} and recorded.
     */
    Phrase p(String s, Font f) {
      if (s == null) {
        return new Phrase("", f);
      }
      int i = 0;
      while (i < s.length()) {
        int cp = s.codePointAt(i);
        if (!fonts.mainHas(cp)) {
          break;
        }
        i += Character.charCount(cp);
      }
      if (i == s.length()) {
        return new Phrase(s, f);
      }
      Phrase phrase = new Phrase();
      phrase.setFont(f);
      StringBuilder run = new StringBuilder(s.substring(0, i));
      boolean inFallback = false;
      while (i < s.length()) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        boolean main = fonts.mainHas(cp);
        boolean fallback = !main && fonts.fallbackHas(cp);
        if (!main && !fallback) {
          missing(cp);
          cp = '?';
          main = true;
        }
        if (fallback != inFallback && run.length() > 0) {
          phrase.add(new Chunk(run.toString(), inFallback ? fallbackFont(f) : f));
          run.setLength(0);
        }
        inFallback = fallback;
        run.appendCodePoint(cp);
      }
      if (run.length() > 0) {
        phrase.add(new Chunk(run.toString(), inFallback ? fallbackFont(f) : f));
      }
      return phrase;
    }

    /** A line break in the body font (Chunk.NEWLINE would pull in a non-embedded Helvetica). */
    Chunk newline() {
      return new Chunk("\n", body);
    }

    /** {@code f} in the fallback font; bold faces get OpenPDF's simulated bold. */
    Font fallbackFont(Font f) {
      return fallbackFonts.computeIfAbsent(
          f,
          k ->
              new Font(
                  fonts.fallback(),
                  k.getSize(),
                  k.getBaseFont() == fonts.bold() ? Font.BOLD : Font.NORMAL,
                  k.getColor()));
    }

    PdfPCell cell(String s, Font f) {
      PdfPCell c = new PdfPCell(p(s, f));
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderColor(RULE);
      c.setBorderWidth(0.4f);
      c.setPaddingTop(3.5f);
      c.setPaddingBottom(4.5f);
      c.setPaddingLeft(4);
      c.setPaddingRight(4);
      c.setVerticalAlignment(Element.ALIGN_MIDDLE);
      return c;
    }

    PdfPCell num(String s, Font f) {
      PdfPCell c = cell(s, f);
      c.setHorizontalAlignment(Element.ALIGN_RIGHT);
      return c;
    }

    PdfPCell colHead(String s, boolean right) {
      PdfPCell c = cell(s, label);
      c.setBackgroundColor(HEAD_BG);
      c.setBorder(Rectangle.NO_BORDER);
      if (right) {
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
      }
      return c;
    }

    PdfPCell headingCell(String text, int colspan) {
      PdfPCell c = new PdfPCell(p(text, heading));
      c.setColspan(colspan);
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderColor(NAVY);
      c.setBorderWidth(1.2f);
      c.setPaddingLeft(0);
      c.setPaddingBottom(5);
      c.setPaddingTop(0);
      return c;
    }

    PdfPCell spacer(int colspan, float height) {
      PdfPCell c = new PdfPCell();
      c.setColspan(colspan);
      c.setBorder(Rectangle.NO_BORDER);
      c.setFixedHeight(height);
      return c;
    }

    PdfPCell wide(Phrase phrase, int colspan) {
      PdfPCell c = new PdfPCell(phrase);
      c.setColspan(colspan);
      c.setBorder(Rectangle.NO_BORDER);
      c.setPaddingLeft(0);
      c.setPaddingTop(3);
      c.setPaddingBottom(5);
      c.setLeading(0, 1.3f);
      return c;
    }

    PdfPCell tag(String text, Color color) {
      PdfPCell c = new PdfPCell(p(text, white));
      c.setBackgroundColor(color);
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderColor(Color.WHITE);
      c.setBorderWidth(2.5f);
      c.setHorizontalAlignment(Element.ALIGN_CENTER);
      c.setVerticalAlignment(Element.ALIGN_MIDDLE);
      c.setPadding(3);
      return c;
    }

    /**
     * A section table: the heading is its first header row (repeated if the table runs over a page,
     * and never left alone at a page's foot), rows never split across pages.
     */
    PdfPTable section(String headingText, float[] widths, boolean keepTogether) {
      PdfPTable t = new PdfPTable(widths);
      t.setWidthPercentage(100);
      t.setSpacingBefore(16);
      t.setSplitRows(false);
      t.setKeepTogether(keepTogether);
      t.addCell(headingCell(headingText, widths.length));
      t.addCell(spacer(widths.length, 5));
      t.setHeaderRows(2);
      return t;
    }

    /** One header row of column titles: the first left-aligned, the others right-aligned. */
    void columnHeads(PdfPTable t, String... heads) {
      for (int i = 0; i < heads.length; i++) {
        t.addCell(colHead(heads[i], i > 0));
      }
    }

    void zebra(PdfPCell[] cells, int row) {
      if (row % 2 == 1) {
        for (PdfPCell c : cells) {
          c.setBackgroundColor(ZEBRA);
        }
      }
    }

    void addRow(PdfPTable t, int row, PdfPCell... cells) {
      zebra(cells, row);
      for (PdfPCell c : cells) {
        t.addCell(c);
      }
    }

    // ---- sections -------------------------------------------------------------------------

    void header(Document doc, PdfWriter writer) throws DocumentException {
      PdfPTable top = new PdfPTable(new float[] {3, 2});
      top.setWidthPercentage(100);
      PdfPCell brand = new PdfPCell();
      brand.setBorder(Rectangle.NO_BORDER);
      brand.setPadding(0);
      Image logo = logo();
      if (logo != null) {
        logo.scaleToFit(140, 40);
        brand.addElement(logo);
      }
      Paragraph who = new Paragraph(p(model.branding().preparedBy(), bodyBold));
      if (model.branding().contact() != null) {
        who.add(newline());
        who.add(p(model.branding().contact(), small));
      }
      brand.addElement(who);
      top.addCell(brand);
      PdfPCell right = new PdfPCell();
      right.setBorder(Rectangle.NO_BORDER);
      right.setPadding(0);
      Paragraph r = new Paragraph(p("Offer report", bodyBold));
      r.add(newline());
      r.add(p("Report date " + model.reportDate(), small));
      r.setAlignment(Element.ALIGN_RIGHT);
      right.addElement(r);
      top.addCell(right);
      doc.add(top);

      Paragraph name = new Paragraph(p(model.header().title(), title));
      name.setSpacingBefore(14);
      name.setLeading(24);
      doc.add(name);
      Paragraph sub = new Paragraph(p(model.header().subtitle(), subtitle));
      sub.setSpacingAfter(8);
      doc.add(sub);

      PdfPTable facts = new PdfPTable(new float[] {1.6f, 1.9f, 1.6f, 1.9f});
      facts.setWidthPercentage(100);
      facts.getDefaultCell().setBorder(Rectangle.NO_BORDER);
      List<Fact> list = model.header().facts();
      for (int i = 0; i < list.size(); i++) {
        Fact f = list.get(i);
        PdfPCell l = cell(f.label(), label);
        PdfPCell v = cell(f.value(), body);
        l.setBorder(Rectangle.NO_BORDER);
        v.setBorder(Rectangle.NO_BORDER);
        l.setPaddingTop(2);
        v.setPaddingTop(2);
        l.setPaddingBottom(2);
        v.setPaddingBottom(2);
        l.setPaddingLeft(0);
        facts.addCell(l);
        facts.addCell(v);
      }
      facts.completeRow();
      doc.add(facts);
    }

    Image logo() {
      Path path = model.branding().logo();
      if (path == null) {
        return null;
      }
      try {
        byte[] bytes = logos.get(path);
        if (bytes == null) {
          bytes = Files.readAllBytes(path);
          logos.put(path, bytes);
        }
        return Image.getInstance(bytes);
      } catch (IOException | RuntimeException e) {
        warnings.add("logo " + path + " could not be used (" + e.getMessage() + "); left out");
        return null;
      }
    }

    void headline(Document doc) throws DocumentException {
      var h = model.headline();
      PdfPTable t = new PdfPTable(4);
      t.setWidthPercentage(100);
      t.setSpacingBefore(12);
      t.addCell(tile("4-year total", h.fourYearTotal(), null, NAVY));
      t.addCell(tile("4-year average", h.fourYearAverage(), h.hourlyRate(), NAVY));
      t.addCell(tile("Market position", h.marketPosition(), null, NAVY));
      t.addCell(
          tile(
              "Red flags",
              String.valueOf(h.redFlagCount()),
              h.redFlags(),
              h.redFlagCount() > 0 ? RED : GREEN));
      PdfPCell verdict = new PdfPCell(p(h.verdict(), bodyBold));
      verdict.setColspan(4);
      verdict.setBorder(Rectangle.NO_BORDER);
      verdict.setBackgroundColor(TILE_BG);
      verdict.setPadding(7);
      verdict.setPaddingLeft(10);
      t.addCell(verdict);
      doc.add(t);
    }

    PdfPCell tile(String name, String value, String note, Color color) {
      PdfPCell c = new PdfPCell();
      c.setBorder(Rectangle.BOTTOM);
      c.setBorderColor(Color.WHITE);
      c.setBorderWidth(2);
      c.setBackgroundColor(TILE_BG);
      c.setPadding(8);
      c.setPaddingLeft(10);
      Paragraph pn = new Paragraph(p(name, label));
      c.addElement(pn);
      Font vf =
          new Font(tileValue.getBaseFont(), value.length() > 16 ? 11.5f : 15, Font.NORMAL, color);
      Paragraph pv = new Paragraph(p(value, vf));
      pv.setLeading(18);
      c.addElement(pv);
      if (note != null) {
        c.addElement(new Paragraph(p(note, small)));
      }
      return c;
    }

    void years(Document doc, PdfWriter writer) throws DocumentException {
      float[] w = {1.0f, 1.3f, 1.2f, 1.3f, 1.2f, 1.4f, 1.9f};
      PdfPTable t = section("The four years", w, true);
      PdfPCell chart =
          new PdfPCell(
              Charts.yearBars(
                  writer.getDirectContent(), fonts, contentWidth, model.years().rows()));
      chart.setColspan(w.length);
      chart.setBorder(Rectangle.NO_BORDER);
      chart.setPaddingBottom(8);
      t.addCell(chart);
      columnHeads(t, "", "Base", "Sign-on", "RSU", "Cash bonus", "Total", "Change");
      int row = 0;
      for (YearRow y : model.years().rows()) {
        addRow(t, row++, yearCells(y, body));
      }
      PdfPCell[] total = yearCells(model.years().fourYears(), bodyBold);
      for (PdfPCell c : total) {
        c.setBorder(Rectangle.TOP);
        c.setBorderColor(NAVY);
        c.setBorderWidth(0.8f);
        t.addCell(c);
      }
      t.addCell(wide(p(model.years().note(), small), w.length));
      doc.add(t);
    }

    PdfPCell[] yearCells(YearRow y, Font f) {
      return new PdfPCell[] {
        cell(y.label(), f.getBaseFont() == fonts.bold() ? f : bodyBold),
        num(y.base(), f),
        num(y.signOn(), f),
        num(y.rsu(), f),
        num(y.bonus(), f),
        num(y.total(), bodyBold),
        num(y.change(), f)
      };
    }

    void market(Document doc, PdfWriter writer) throws DocumentException {
      var m = model.market();
      float[] w = {2.0f, 1.1f, 1.1f, 1.1f, 1.1f, 1.1f, 1.6f};
      PdfPTable t = section("Market comparison", w, true);
      t.addCell(wide(p(m.message(), m.available() ? small : bodyBold), w.length));
      if (m.available()) {
        PdfPCell chart =
            new PdfPCell(
                Charts.rangeBars(writer.getDirectContent(), fonts, contentWidth, m.rows()));
        chart.setColspan(w.length);
        chart.setBorder(Rectangle.NO_BORDER);
        chart.setPaddingBottom(6);
        t.addCell(chart);
        columnHeads(t, "Component", "Low", "50th", "75th", "High", "Offer", "Position");
        int row = 0;
        for (MarketRow r : m.rows()) {
          addRow(
              t,
              row++,
              cell(r.label(), bodyBold),
              num(r.low(), body),
              num(r.p50(), body),
              num(r.p75(), body),
              num(r.high(), body),
              num(r.offered(), bodyBold),
              num(r.position(), body));
        }
      }
      doc.add(t);
    }

    void findings(Document doc) throws DocumentException {
      float[] w = {1.1f, 6};
      PdfPTable t = section("Findings", w, false);
      if (model.findings().isEmpty()) {
        t.addCell(wide(p("Nothing to flag in this offer.", body), 2));
      }
      for (FindingItem f : model.findings()) {
        t.addCell(tag(f.severityLabel().toUpperCase(java.util.Locale.ROOT), color(f.severity())));
        Paragraph para = new Paragraph();
        para.add(p(f.title(), bodyBold));
        if (!f.figures().isEmpty()) {
          para.add(newline());
          para.add(p(f.figures(), body));
        }
        if (!f.advice().isEmpty()) {
          para.add(newline());
          para.add(p("What to do: ", smallBold));
          para.add(p(f.advice(), body));
        }
        PdfPCell c = new PdfPCell(para);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.4f);
        c.setPaddingLeft(8);
        c.setPaddingTop(3);
        c.setPaddingBottom(7);
        c.setLeading(0, 1.3f);
        t.addCell(c);
      }
      doc.add(t);
    }

    Color color(Severity s) {
      return switch (s) {
        case RED_FLAG -> RED;
        case WARNING -> AMBER;
        case OPPORTUNITY -> BLUE;
        case INFO -> GREY;
      };
    }

    void plan(Document doc) throws DocumentException {
      var plan = model.plan();
      float[] w = {1.3f, 1.05f, 1.05f, 1.0f, 1.15f, 3.4f};
      PdfPTable t = section("Counter-offer plan", w, true);
      t.addCell(wide(p(plan.basis(), small), w.length));
      String[] heads = {"Lever", "Offered", "Target", "Ask", "4-year value", "Why"};
      for (int i = 0; i < heads.length; i++) {
        t.addCell(colHead(heads[i], i > 0 && i < 5));
      }
      int row = 0;
      for (LeverRow l : plan.levers()) {
        addRow(
            t,
            row++,
            cell(l.lever(), bodyBold),
            num(l.offered(), body),
            num(l.target(), bodyBold),
            num(l.ask(), body),
            num(l.fourYearValue(), body),
            cell(l.why(), small));
      }
      PdfPTable sum = new PdfPTable(4);
      sum.setWidthPercentage(100);
      sum.addCell(tile("Offered 4-year total", plan.offeredTotal(), null, NAVY));
      sum.addCell(tile("Proposed 4-year total", plan.proposedTotal(), null, NAVY));
      sum.addCell(tile("Increase", plan.increase(), plan.askPercent(), GREEN));
      sum.addCell(tile("Approval needed", plan.approval(), "for the whole ask", NAVY));
      PdfPCell sumCell = new PdfPCell(sum);
      sumCell.setColspan(w.length);
      sumCell.setBorder(Rectangle.NO_BORDER);
      sumCell.setPaddingTop(8);
      sumCell.setPaddingLeft(0);
      sumCell.setPaddingRight(0);
      t.addCell(sumCell);
      doc.add(t);

      float[] rw = {1.25f, 6};
      PdfPTable rounds = section("Negotiation rounds", rw, true);
      for (RoundItem r : plan.rounds()) {
        Paragraph para = new Paragraph();
        para.add(p(r.asks(), bodyBold));
        para.add(newline());
        para.add(p(r.approach(), body));
        PdfPCell c = new PdfPCell(para);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.4f);
        c.setPaddingLeft(8);
        c.setPaddingTop(3);
        c.setPaddingBottom(7);
        c.setLeading(0, 1.3f);
        rounds.addCell(tag(r.title(), NAVY));
        rounds.addCell(c);
      }
      if (plan.rounds().isEmpty()) {
        rounds.addCell(wide(p("No money ask: the offer meets every target.", body), 2));
      }
      if (!plan.nonMoney().isEmpty()) {
        PdfPCell sub = wide(p("Beyond money", bodyBold), 2);
        sub.setPaddingTop(8);
        rounds.addCell(sub);
        for (NonMoneyItem n : plan.nonMoney()) {
          rounds.addCell(cell(n.lever(), bodyBold));
          rounds.addCell(cell(n.advice(), body));
        }
      }
      doc.add(rounds);
    }

    void scenarios(Document doc) throws DocumentException {
      var s = model.scenarios();
      float[] w = {2.6f, 1.5f, 1.5f, 1.6f};
      PdfPTable t = section("Stock scenarios", w, true);
      t.addCell(wide(p(s.note(), small), w.length));
      columnHeads(t, "Share price change", "4-year total", "4-year average", "vs assumption");
      int row = 0;
      for (ScenarioRow r : s.rows()) {
        addRow(
            t,
            row++,
            cell(r.growth(), body),
            num(r.fourYearTotal(), bodyBold),
            num(r.fourYearAverage(), body),
            num(r.vsOffer(), body));
      }
      doc.add(t);
    }

    void vest(Document doc) throws DocumentException {
      var v = model.vest();
      float[] w =
          v.withShares()
              ? new float[] {1.6f, 1, 1.2f, 1.3f, 1.5f}
              : new float[] {1.6f, 1, 1.2f, 1.5f};
      PdfPTable t = section("Vest calendar", w, true);
      t.addCell(wide(p(v.note(), small), w.length));
      List<String> heads = new ArrayList<>(List.of("Vests on", "Year", "% of grant"));
      if (v.withShares()) {
        heads.add("Shares");
      }
      heads.add("Value");
      for (int i = 0; i < heads.size(); i++) {
        t.addCell(colHead(heads.get(i), i > 1));
      }
      int row = 0;
      for (VestRow r : v.rows()) {
        List<PdfPCell> cells = new ArrayList<>();
        cells.add(cell(r.when(), body));
        cells.add(cell(r.year(), body));
        cells.add(num(r.percentOfGrant(), body));
        if (v.withShares()) {
          cells.add(num(r.shares(), body));
        }
        cells.add(num(r.value(), body));
        addRow(t, row++, cells.toArray(PdfPCell[]::new));
      }
      List<PdfPCell> total = new ArrayList<>();
      total.add(cell("Whole grant", bodyBold));
      total.add(cell("", body));
      total.add(num(v.totalPercent(), bodyBold));
      if (v.withShares()) {
        total.add(num(v.totalShares(), bodyBold));
      }
      total.add(num(v.totalValue(), bodyBold));
      for (PdfPCell c : total) {
        c.setBorder(Rectangle.TOP);
        c.setBorderColor(NAVY);
        c.setBorderWidth(0.8f);
        t.addCell(c);
      }
      doc.add(t);
    }

    void competitors(Document doc) throws DocumentException {
      var c = model.competitors();
      float[] w = {3.0f, 1.0f, 1.15f, 1.25f, 1.3f, 1.15f};
      PdfPTable t = section("Competing offers", w, true);
      t.addCell(wide(p(c.message(), c.rows().isEmpty() ? body : small), w.length));
      if (!c.rows().isEmpty()) {
        String[] heads = {
          "Offer", "Location", "Year 1", "4-year total", "4-year average", "vs this"
        };
        for (int i = 0; i < heads.length; i++) {
          t.addCell(colHead(heads[i], i > 1));
        }
        int row = 0;
        for (CompetitorRow r : c.rows()) {
          Font f = r.thisOffer() ? bodyBold : body;
          addRow(
              t,
              row++,
              cell(r.offer(), f),
              cell(r.location(), f),
              num(r.year1(), f),
              num(r.fourYearTotal(), f),
              num(r.fourYearAverage(), bodyBold),
              num(r.vsThis(), f));
        }
      }
      doc.add(t);
    }

    void checklist(Document doc) throws DocumentException {
      float[] w = {0.75f, 3.3f, 3.0f};
      // The section may run over a page, but each group (its title and items) stays together:
      // a group is one unsplittable row holding its own table.
      PdfPTable t = section("Negotiation checklist", w, false);
      for (ChecklistGroup g : model.checklist()) {
        PdfPTable group = new PdfPTable(w);
        group.setWidthPercentage(100);
        PdfPCell gh = wide(p(g.title(), bodyBold), 3);
        gh.setPaddingTop(6);
        group.addCell(gh);
        for (ChecklistItem i : g.items()) {
          group.addCell(tag(i.status().label(), statusColor(i.status())));
          group.addCell(cell(i.text(), body));
          group.addCell(cell(i.because(), small));
        }
        PdfPCell holder = new PdfPCell(group);
        holder.setColspan(3);
        holder.setBorder(Rectangle.NO_BORDER);
        holder.setPadding(0);
        t.addCell(holder);
      }
      doc.add(t);
    }

    Color statusColor(CheckStatus s) {
      return switch (s) {
        case DONE -> GREEN;
        case OPEN -> AMBER;
        case NOT_APPLICABLE -> GREY;
      };
    }

    void emails(Document doc) throws DocumentException {
      for (EmailDraft e : model.emails()) {
        PdfPTable t = section(e.title(), new float[] {1}, true);
        t.addCell(wide(p(e.instruction(), small), 1));
        Paragraph para = new Paragraph();
        para.add(p("Subject: ", bodyBold));
        para.add(p(e.subject(), body));
        para.add(newline());
        para.add(newline());
        for (String line : e.body()) {
          para.add(p(line, body));
          para.add(newline());
        }
        PdfPCell c = new PdfPCell(para);
        c.setBorder(Rectangle.LEFT);
        c.setBorderColor(NAVY);
        c.setBorderWidth(2);
        c.setBackgroundColor(ZEBRA);
        c.setPadding(10);
        c.setLeading(0, 1.35f);
        t.addCell(c);
        doc.add(t);
      }
    }

    void assumptions(Document doc) throws DocumentException {
      PdfPTable t = section("Assumptions", new float[] {1}, true);
      for (String a : model.assumptions()) {
        PdfPCell c = wide(p("• " + a, body), 1);
        c.setPaddingTop(1);
        c.setPaddingBottom(2);
        t.addCell(c);
      }
      PdfPCell d = new PdfPCell(p(model.disclaimer(), smallBold));
      d.setBorder(Rectangle.TOP);
      d.setBorderColor(RULE);
      d.setPaddingTop(8);
      d.setPaddingLeft(0);
      d.setLeading(0, 1.3f);
      t.addCell(d);
      doc.add(t);
    }

    /** Running title on later pages; footer with coach, report date and "Page X of Y". */
    private final class Footer extends PdfPageEventHelper {
      PdfTemplate total;
      int pages;

      @Override
      public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, 12);
      }

      @Override
      public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        BaseFont r = fonts.regular();
        cb.saveState();
        cb.setColorStroke(RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, 36);
        cb.lineTo(right, 36);
        cb.stroke();
        String foot = model.branding().preparedBy() + " · Report date " + model.reportDate();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, p(foot, footFont), left, 24, 0);
        if (writer.getPageNumber() > 1) {
          ColumnText.showTextAligned(
              cb,
              Element.ALIGN_LEFT,
              p(model.documentTitle(), footFont),
              left,
              page.getHeight() - 30,
              0);
        }
        String pageText = "Page " + writer.getPageNumber() + " of ";
        float pw = r.getWidthPoint(pageText, 7.5f);
        float reserve = r.getWidthPoint("00", 7.5f);
        cb.beginText();
        cb.setFontAndSize(r, 7.5f);
        cb.setColorFill(MUTED);
        cb.showTextAligned(Element.ALIGN_LEFT, pageText, right - reserve - pw, 24, 0);
        cb.endText();
        cb.addTemplate(total, right - reserve, 24);
        cb.restoreState();
      }

      @Override
      public void onCloseDocument(PdfWriter writer, Document document) {
        // Called once the last page is closed, when the writer already counts the next one.
        pages = writer.getPageNumber() - 1;
        total.beginText();
        total.setFontAndSize(fonts.regular(), 7.5f);
        total.setColorFill(MUTED);
        total.showTextAligned(Element.ALIGN_LEFT, String.valueOf(pages), 0, 0, 0);
        total.endText();
      }
    }
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
