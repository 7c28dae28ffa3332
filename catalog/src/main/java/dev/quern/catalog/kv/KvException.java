package dev.quern.catalog.kv;

/** A storage failure: I/O, corruption, misuse. The subclasses are the ones a user can cause. */
public class KvException extends RuntimeException {
  public KvException(String message) {
    super(message);
  }

  public KvException(String message, Throwable cause) {
    super(message, cause);
  }
}
