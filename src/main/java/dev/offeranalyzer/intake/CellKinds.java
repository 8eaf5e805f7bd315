package dev.offeranalyzer.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;

/** How a workbook number is shown, from its number format: as a date, a percent, or a number. */
enum CellKinds {
  NUMBER,
  DATE,
  PERCENT;

  static CellKinds of(int formatIndex, String formatString) {
    if (formatString == null) {
      return NUMBER;
    }
    if (DateUtil.isADateFormat(formatIndex, formatString)) {
      return DATE;
    }
    return withoutQuotedText(formatString).contains("%") ? PERCENT : NUMBER;
  }

  /** The raw value for a number shown this way, as {@link RowMapper} takes it. */
  Object value(double number, boolean date1904) {
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      return CellError.excel("#NUM!");
    }
    return switch (this) {
      case DATE ->
          DateUtil.isValidExcelDate(number)
              ? (Object) localDate(number, date1904)
              : BigDecimal.valueOf(number);
      case PERCENT -> new PercentCell(BigDecimal.valueOf(number));
      case NUMBER -> BigDecimal.valueOf(number);
    };
  }

  private static LocalDate localDate(double number, boolean date1904) {
    return DateUtil.getLocalDateTime(number, date1904).toLocalDate();
  }

  private static String withoutQuotedText(String format) {
    return format.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "");
  }
}
