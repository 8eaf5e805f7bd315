package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The renderer's drawing helpers as a section layout class sees them (a bridge until the sections
 * move onto one shared toolkit): fonts, cells and the section table.
 */
interface SectionKit {
  Font body();

  Font bodyBold();

  Font small();

  Phrase p(String s, Font f);

  PdfPCell cell(String s, Font f);

  PdfPCell num(String s, Font f);

  /** A column title; right-aligned when {@code right}. */
  PdfPCell colHead(String s, boolean right);

  /** A cell spanning {@code colspan} columns, no border. */
  PdfPCell wide(Phrase phrase, int colspan);

  /** A section table whose first header row is its heading. */
  PdfPTable section(String heading, float[] widths, boolean keepTogether);

  /** Adds a zebra-striped row. */
  void addRow(PdfPTable t, int row, PdfPCell... cells);
}
