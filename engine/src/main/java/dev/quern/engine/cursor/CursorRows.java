package dev.quern.engine.cursor;

/**
 * The rows an open cursor walks and where it stands among them. Every call runs inside a table
 * statement of the session (the caller opens and ends it), so rows are read in a transaction.
 */
public interface CursorRows {
  /** @@CURSOR_ROWS: how many rows the cursor has, or -1 where it reads as it goes. */
  long count();

  /** Moves as {@code orientation} (with {@code n} for ABSOLUTE and RELATIVE) says. */
  Fetched fetch(Orientation orientation, long n);

  /** The store locator of the row the cursor is on; null when it is on none. */
  byte[] locator();

  /** The table the rows are of (positioned UPDATE and DELETE); null when they are copies. */
  SingleTableQuery table();
}
