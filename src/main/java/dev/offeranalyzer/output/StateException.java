package dev.offeranalyzer.output;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The state database could not be read or written (disk full, file damaged, removed while in use).
 * The message names the database file; the transaction in progress was rolled back.
 */
public final class StateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path db;

  public StateException(Path db, SQLException cause) {
    super(db + ": the state database failed (" + cause.getMessage() + ")", cause);
    this.db = db;
  }

  /** The database file. */
  public Path file() {
    return db;
  }
}
