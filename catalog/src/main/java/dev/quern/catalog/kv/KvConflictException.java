package dev.quern.catalog.kv;

/**
 * A SNAPSHOT transaction tried to change data another transaction changed and committed after the
 * snapshot was taken; the engine raises error 3960.
 */
public class KvConflictException extends KvException {
  public KvConflictException(String message) {
    super(message);
  }
}
