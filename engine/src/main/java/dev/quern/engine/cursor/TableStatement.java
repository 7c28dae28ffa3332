package dev.quern.engine.cursor;

import dev.quern.engine.store.StoreSession;
import java.util.function.Supplier;

/**
 * Runs a cursor's reads as a table statement of the session (autocommit, or a statement of the
 * user's transaction), as the API cursor procedures need for each fetch.
 */
public final class TableStatement {
  private TableStatement() {}

  public static <T> T run(StoreSession store, Supplier<T> body) {
    store.beginStatement();
    T result;
    try {
      result = body.get();
    } catch (RuntimeException e) {
      store.endStatement(false);
      throw e;
    }
    store.endStatement(true);
    return result;
  }
}
