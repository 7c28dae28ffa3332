package dev.quern.engine.cursor;

import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.store.StoreSession;

/**
 * A DYNAMIC or FAST_FORWARD cursor's rows: read as it goes. It keeps only the locator of the row
 * it is on; each fetch reads the table from there in the fetch's own statement, so it sees every
 * change committed meanwhile and holds neither rows nor an open iterator between fetches (a loop
 * over a large table uses constant memory).
 */
final class DynamicRows implements CursorRows {
  private enum Where { BEFORE, ON, AFTER }

  private final SingleTableQuery query;
  private final StoreSession store;
  private final EvalContext ctx;
  /** The rows the query reads (null: none can match, e.g. a seek on NULL). */
  private final KeyRange range;
  private Where where = Where.BEFORE;
  private byte[] locator;
  /** The clustered key of the row the cursor is on (null for a heap). */
  private Object[] key;

  DynamicRows(SingleTableQuery query, StoreSession store, EvalContext ctx) {
    this.query = query;
    this.store = store;
    this.ctx = ctx;
    this.range = query.range(ctx);
  }

  @Override
  public long count() {
    return -1;
  }

  @Override
  public Fetched fetch(Orientation orientation, long n) {
    return switch (orientation) {
      case NEXT -> step(false);
      case PRIOR -> step(true);
      case FIRST -> {
        where = Where.BEFORE;
        yield step(false);
      }
      case LAST -> {
        where = Where.AFTER;
        yield step(true);
      }
      case RELATIVE -> relative(n);
      case ABSOLUTE -> throw new IllegalStateException("ABSOLUTE is refused before it reaches a dynamic cursor");
    };
  }

  private Fetched relative(long n) {
    if (n == 0) {
      if (where != Where.ON) {
        return Fetched.END;
      }
      Object[] row = query.open(store).get(locator);
      return row == null ? Fetched.MISSING : Fetched.row(projected(row));
    }
    Fetched f = Fetched.END;
    for (long i = 0; i < Math.abs(n); i++) {
      f = step(n < 0);
      if (f.status() != 0) {
        break;
      }
    }
    return f;
  }

  /** The next matching row after (or, {@code back}, before) where the cursor stands. */
  private Fetched step(boolean back) {
    if (where == (back ? Where.BEFORE : Where.AFTER) || range == null) {
      where = back ? Where.BEFORE : Where.AFTER;
      return Fetched.END;
    }
    TableStore rows = query.open(store);
    boolean indexBackwards = back != query.reverse(); // a reverse cursor's NEXT reads the index backwards
    try (RowCursor c = where == Where.ON ? query.from(rows, range, locator, key, indexBackwards) : rows.scan(range, indexBackwards)) {
      while (c.next()) {
        Object[] row = c.row();
        if (query.matches(row, ctx)) {
          where = Where.ON;
          locator = c.locator();
          key = query.key(row);
          return Fetched.row(query.project(row, ctx));
        }
      }
    }
    where = back ? Where.BEFORE : Where.AFTER;
    locator = null;
    return Fetched.END;
  }

  private Object[] projected(Object[] row) {
    query.matches(row, ctx);
    return query.project(row, ctx);
  }

  @Override
  public byte[] locator() {
    return where == Where.ON ? locator : null;
  }

  @Override
  public SingleTableQuery table() {
    return query;
  }
}
