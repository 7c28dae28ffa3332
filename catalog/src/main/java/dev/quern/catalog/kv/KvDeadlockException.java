package dev.quern.catalog.kv;

/** This transaction was chosen as the victim of a lock wait cycle; the engine raises error 1205. */
public class KvDeadlockException extends KvException {
  public KvDeadlockException(String message) {
    super(message);
  }
}
