package dev.quern.catalog.kv;

/** A lock wait exceeded the transaction's lock timeout; the engine raises error 1222. */
public class KvLockTimeoutException extends KvException {
  public KvLockTimeoutException(String message) {
    super(message);
  }
}
