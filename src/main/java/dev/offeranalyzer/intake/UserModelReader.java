package dev.offeranalyzer.intake;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the visible sheets of a workbook held in memory: every .xls (BIFF8, at most 65,536 rows a
 * sheet) and those .xlsx files that hold formulas without a stored result, which only the full
 * model can calculate. The memory this takes grows with the workbook, which the size limit of the
 * settings bounds.
 */
final class UserModelReader {

  private static final Logger LOG = LoggerFactory.getLogger(UserModelReader.class);

  private UserModelReader() {}

  static void read(Workbook wb, FileCollector out) {
    FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
    boolean date1904 = date1904(wb);
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
        continue;
      }
      Sheet sheet = wb.getSheetAt(i);
      SheetIntake table = new SheetIntake(out, sheet.getSheetName());
      for (Row row : sheet) {
        if (!table.wantsMore()) {
          break;
        }
        List<Object> cells = new ArrayList<>();
        BitSet aggregates = null;
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? null : value(cell, evaluator, date1904));
          if (cell != null
              && cell.getCellType() == CellType.FORMULA
              && XlsxStreamReader.isAggregate(formula(cell))) {
            if (aggregates == null) {
              aggregates = new BitSet();
            }
            aggregates.set(c);
          }
        }
        table.row(row.getRowNum() + 1, cells, row.getZeroHeight(), aggregates);
      }
      table.end();
    }
  }

  private static String formula(Cell cell) {
    try {
      return cell.getCellFormula();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean date1904(Workbook wb) {
    if (wb instanceof XSSFWorkbook x) {
      return x.isDate1904();
    }
    if (wb instanceof HSSFWorkbook h) {
      return h.getInternalWorkbook().isUsing1904DateWindowing();
    }
    return false;
  }

  static Object value(Cell cell, FormulaEvaluator evaluator, boolean date1904) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      if (cell instanceof XSSFCell x
          && (!x.getCTCell().isSetV() || x.getCTCell().getV().isBlank())) {
        return evaluated(cell, evaluator, date1904);
      }
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case NUMERIC -> kind(cell.getCellStyle()).value(cell.getNumericCellValue(), date1904);
      case STRING -> cell.getRichStringCellValue().getString();
      case BOOLEAN -> cell.getBooleanCellValue();
      case ERROR -> CellError.excel(errorText(cell.getErrorCellValue()));
      default -> null;
    };
  }

  private static Object evaluated(Cell cell, FormulaEvaluator evaluator, boolean date1904) {
    CellValue v;
    try {
      v = evaluator.evaluate(cell);
    } catch (RuntimeException e) {
      LOG.debug(
          "formula {} in {} cannot be evaluated", cell.getCellFormula(), cell.getAddress(), e);
      return CellError.notCalculated(cell.getCellFormula());
    }
    if (v == null) {
      return null;
    }
    return switch (v.getCellType()) {
      case NUMERIC -> kind(cell.getCellStyle()).value(v.getNumberValue(), date1904);
      case STRING -> v.getStringValue();
      case BOOLEAN -> v.getBooleanValue();
      case ERROR -> CellError.excel(errorText(v.getErrorValue()));
      default -> null;
    };
  }

  private static CellKinds kind(CellStyle style) {
    return style == null
        ? CellKinds.NUMBER
        : CellKinds.of(style.getDataFormat(), style.getDataFormatString());
  }

  private static String errorText(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#ERROR!";
    }
  }
}
