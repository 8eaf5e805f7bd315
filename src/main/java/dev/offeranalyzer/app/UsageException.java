package dev.offeranalyzer.app;

/** A usage or configuration problem: the command does nothing and exits 2. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
