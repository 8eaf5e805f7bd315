package dev.offeranalyzer.intake;

import java.io.IOException;

/** A CSV record that breaks a size limit; reading stops there. */
final class CsvLimitException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long record;

  CsvLimitException(long record, String message) {
    super(message);
    this.record = record;
  }

  /** The 1-based record (row) number where the limit was hit. */
  long record() {
    return record;
  }
}
