package dev.quern.catalog.kv;

/** A lock wait ended because the transaction's owner cancelled its request (ATTENTION). */
public class KvCancelledException extends KvException {
  public KvCancelledException() {
    super("The lock wait was cancelled");
  }
}
