package dev.offeranalyzer.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the visible sheets of an .xlsx package row by row with SAX, so that a workbook of 100,000
 * offers does not become 100,000 row objects in memory. Only the shared strings (one string per
 * distinct text) and the styles are held. XML parsers come from POI's {@link XMLHelper}, which
 * refuses DOCTYPEs and external entities.
 *
 * <p>A formula cell gives its stored result. A formula without one cannot be calculated while
 * streaming; {@link #needsEvaluation} finds such cells first so the caller can use the full
 * workbook model instead.
 */
final class XlsxStreamReader {

  private XlsxStreamReader() {}

  /** A sheet as listed in workbook.xml. */
  record SheetInfo(String name, String relationId, boolean visible) {}

  /** What workbook.xml says about the sheets and the date system. */
  record WorkbookInfo(List<SheetInfo> sheets, boolean date1904) {}

  static WorkbookInfo workbookInfo(XSSFReader reader) throws IOException, SAXException {
    List<SheetInfo> sheets = new ArrayList<>();
    boolean[] date1904 = {false};
    DefaultHandler h =
        new DefaultHandler() {
          @Override
          public void startElement(String uri, String local, String qName, Attributes a) {
            String name = local(local, qName);
            if (name.equals("sheet")) {
              String state = a.getValue("state");
              String rid = null;
              for (int i = 0; i < a.getLength(); i++) {
                if (local(a.getLocalName(i), a.getQName(i)).equals("id")
                    && a.getURI(i).contains("relationships")) {
                  rid = a.getValue(i);
                }
              }
              sheets.add(
                  new SheetInfo(a.getValue("name"), rid, state == null || state.equals("visible")));
            } else if (name.equals("workbookPr")) {
              String d = a.getValue("date1904");
              date1904[0] = "1".equals(d) || "true".equalsIgnoreCase(d);
            }
          }
        };
    try (InputStream in = reader.getWorkbookData()) {
      parse(in, h);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
    return new WorkbookInfo(sheets, date1904[0]);
  }

  /** True when a visible sheet holds a formula without a stored result. */
  static boolean needsEvaluation(XSSFReader reader, WorkbookInfo info) throws Exception {
    for (SheetInfo s : info.sheets()) {
      if (!s.visible() || s.relationId() == null) {
        continue;
      }
      FormulaScan scan = new FormulaScan();
      try (InputStream in = reader.getSheet(s.relationId())) {
        parse(in, scan);
      } catch (StopParsing found) {
        return true;
      }
    }
    return false;
  }

  /** Reads every visible sheet into {@code out}, one {@link SheetIntake} per sheet. */
  static void read(OPCPackage pkg, XSSFReader reader, WorkbookInfo info, FileCollector out)
      throws Exception {
    SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
    StylesTable styles = reader.getStylesTable();
    for (SheetInfo s : info.sheets()) {
      if (!s.visible() || s.relationId() == null) {
        continue;
      }
      SheetIntake table = new SheetIntake(out, s.name());
      SheetHandler handler = new SheetHandler(table, strings, styles, info.date1904());
      try (InputStream in = reader.getSheet(s.relationId())) {
        parse(in, handler);
      } catch (StopParsing enough) {
        // the table needs no more rows
      }
      table.end();
    }
  }

  private static void parse(InputStream in, DefaultHandler handler)
      throws IOException, SAXException {
    XMLReader xml;
    try {
      xml = XMLHelper.newXMLReader();
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser", e);
    }
    xml.setContentHandler(handler);
    xml.parse(new InputSource(in));
  }

  private static final Pattern AGGREGATE =
      Pattern.compile(
          "(?i)^\\s*=?\\s*(_xlfn\\.)?(SUM|AVERAGE|AVERAGEA|SUBTOTAL|AGGREGATE)\\s*\\(.*");

  /** True for a SUM, AVERAGE or SUBTOTAL formula: the cell of a totals row. */
  static boolean isAggregate(String formula) {
    return formula != null && AGGREGATE.matcher(formula).matches();
  }

  private static String local(String localName, String qName) {
    if (localName != null && !localName.isEmpty()) {
      return localName;
    }
    int colon = qName.indexOf(':');
    return colon < 0 ? qName : qName.substring(colon + 1);
  }

  /** Ends a parse early without an error. */
  private static final class StopParsing extends SAXException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Stops at the first formula cell without a value: no {@code <v>} element, or an empty one (as
   * openpyxl and other scripts write them).
   */
  private static final class FormulaScan extends DefaultHandler {
    private boolean formula;
    private boolean value;
    private boolean inValue;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
      switch (local(localName, qName)) {
        case "c" -> {
          formula = false;
          value = false;
        }
        case "f" -> formula = true;
        case "v" -> inValue = true;
        default -> {
          // other elements do not matter here
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue && !new String(ch, start, length).isBlank()) {
        value = true;
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      String name = local(localName, qName);
      if (name.equals("v")) {
        inValue = false;
      } else if (name.equals("c") && formula && !value) {
        throw new StopParsing();
      }
    }
  }

  /** Turns sheet XML into rows of raw values. */
  private static final class SheetHandler extends DefaultHandler {
    private static final int MAX_COLUMNS = 16_384;

    private final SheetIntake table;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, CellKinds> kindByStyle = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private List<Object> cells = new ArrayList<>();
    private int rowNumber;
    private int column;
    private String type;
    private int style;
    private boolean hasValue;
    private boolean hasFormula;
    private boolean collecting;
    private boolean inInline;
    private boolean inPhonetic;
    private String value;
    private String formula;
    private boolean hidden;
    private BitSet aggregates;

    SheetHandler(SheetIntake table, SharedStrings strings, StylesTable styles, boolean date1904) {
      this.table = table;
      this.strings = strings;
      this.styles = styles;
      this.date1904 = date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
      switch (local(localName, qName)) {
        case "row" -> {
          String r = a.getValue("r");
          rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
          cells = new ArrayList<>();
          column = -1;
          String h = a.getValue("hidden");
          hidden = "1".equals(h) || "true".equalsIgnoreCase(h);
          aggregates = null;
        }
        case "c" -> {
          String ref = a.getValue("r");
          column = ref != null ? columnIndex(ref) : column + 1;
          type = a.getValue("t");
          String s = a.getValue("s");
          style = s != null ? Integer.parseInt(s) : 0;
          hasValue = false;
          hasFormula = false;
          value = null;
          formula = "";
          text.setLength(0);
        }
        case "v" -> {
          hasValue = true;
          collecting = true;
          text.setLength(0);
        }
        case "f" -> {
          hasFormula = true;
          collecting = true;
          text.setLength(0);
        }
        case "is" -> {
          inInline = true;
          hasValue = true;
          text.setLength(0);
        }
        case "rPh" -> inPhonetic = true;
        case "t" -> collecting = inInline && !inPhonetic;
        default -> {
          // other elements carry nothing we read
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (collecting) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      switch (local(localName, qName)) {
        case "v" -> {
          value = text.toString();
          collecting = false;
        }
        case "f" -> {
          formula = text.toString();
          collecting = false;
        }
        case "t" -> collecting = false;
        case "rPh" -> inPhonetic = false;
        case "is" -> {
          value = text.toString();
          inInline = false;
        }
        case "c" -> {
          if (hasFormula && column >= 0 && column < MAX_COLUMNS && isAggregate(formula)) {
            if (aggregates == null) {
              aggregates = new BitSet();
            }
            aggregates.set(column);
          }
          put(cellValue());
        }
        case "row" -> {
          table.row(rowNumber, cells, hidden, aggregates);
          if (!table.wantsMore()) {
            throw new StopParsing();
          }
        }
        default -> {
          // nothing to finish
        }
      }
    }

    private void put(Object v) {
      if (v == null || column < 0 || column >= MAX_COLUMNS) {
        return;
      }
      while (cells.size() <= column) {
        cells.add(null);
      }
      cells.set(column, v);
    }

    private Object cellValue() {
      if (!hasValue || (value != null && value.isEmpty() && !"inlineStr".equals(type))) {
        return hasFormula ? CellError.notCalculated(formula) : null;
      }
      String t = type == null ? "n" : type;
      return switch (t) {
        case "s" -> strings.getItemAt(Integer.parseInt(value.trim())).getString();
        case "inlineStr", "str" -> value;
        case "b" -> "1".equals(value.trim()) || "true".equalsIgnoreCase(value.trim());
        case "e" -> CellError.excel(value);
        case "d" -> LocalDate.parse(value.trim().substring(0, Math.min(10, value.trim().length())));
        default -> number(value);
      };
    }

    private Object number(String v) {
      double d;
      try {
        d = Double.parseDouble(v.trim());
      } catch (NumberFormatException e) {
        return v;
      }
      return kindByStyle.computeIfAbsent(style, this::kindOf).value(d, date1904);
    }

    private CellKinds kindOf(int styleIndex) {
      if (styles == null || styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
        return CellKinds.NUMBER;
      }
      XSSFCellStyle cs = styles.getStyleAt(styleIndex);
      int idx = cs.getDataFormat();
      String fmt = cs.getDataFormatString();
      return CellKinds.of(idx, fmt != null ? fmt : BuiltinFormats.getBuiltinFormat(idx));
    }

    /** "AB12" gives 27; letters only, the row part is ignored. */
    static int columnIndex(String ref) {
      int n = 0;
      for (int i = 0; i < ref.length(); i++) {
        char c = Character.toUpperCase(ref.charAt(i));
        if (c < 'A' || c > 'Z') {
          break;
        }
        n = n * 26 + (c - 'A' + 1);
        if (n > MAX_COLUMNS) {
          return MAX_COLUMNS;
        }
      }
      return n - 1;
    }
  }
}
