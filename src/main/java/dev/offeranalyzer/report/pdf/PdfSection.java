package dev.offeranalyzer.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import dev.offeranalyzer.report.model.ReportModel;

/**
 * One section of the PDF report. A section reads its own part of the {@link ReportModel} (a record
 * built in {@code report.model}, where every text is worded and every figure rounded) and lays it
 * out through the shared {@link PdfToolkit}; it words nothing and computes nothing itself.
 *
 * <p>To add a section: add its record to the model (and its builder in {@code report.model}), write
 * one class implementing this interface, and add one line to the list in {@code
 * PdfReportRenderer}'s constructor.
 */
@FunctionalInterface
public interface PdfSection {

  /**
   * Adds the section to {@code doc}.
   *
   * @param model the report being written; not null
   * @param kit fonts, colours and cell builders of this rendering; not null
   * @param doc the open document; not null
   */
  void write(ReportModel model, PdfToolkit kit, Document doc) throws DocumentException;
}
