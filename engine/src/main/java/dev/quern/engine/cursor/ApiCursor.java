package dev.quern.engine.cursor;

import dev.quern.engine.error.CursorErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * An API server cursor (sp_cursoropen and kin): a {@link ServerCursor} reached by handle, fetched a
 * block of rows at a time (sp_cursorfetch's fetch buffer). {@code first} is the ordinal of the
 * buffer's first row (0: no buffer yet), {@code size} how many rows it holds; positioned changes
 * (sp_cursor) name a row of the buffer.
 */
public final class ApiCursor {
  /** sp_cursorfetch's fetchtype bits (SQL Server's API cursor documentation). */
  public static final int FIRST = 0x1, NEXT = 0x2, PREV = 0x4, LAST = 0x8, ABSOLUTE = 0x10, RELATIVE = 0x20,
      REFRESH = 0x80, INFO = 0x100, PREV_NOADJUST = 0x200;

  private final int handle;
  private final ServerCursor cursor;
  private long first;
  private int size;

  ApiCursor(int handle, ServerCursor cursor) {
    this.handle = handle;
    this.cursor = cursor;
  }

  public int handle() {
    return handle;
  }

  public ServerCursor cursor() {
    return cursor;
  }

  /** How many rows the fetch buffer holds. */
  public int size() {
    return size;
  }

  /** The ordinal of the fetch buffer's first row (0 before any fetch). */
  public long first() {
    return first;
  }

  /**
   * The block {@code fetchType} asks for ({@code rownum} for ABSOLUTE and RELATIVE, {@code nrows}
   * rows at most), as rows of the cursor (a deleted keyset row has null values and status -2).
   */
  public List<Fetched> fetch(int fetchType, long rownum, int nrows) {
    CursorRows rows = cursor.rows(2);
    int type = fetchType == PREV_NOADJUST ? PREV : fetchType & ~PREV_NOADJUST;
    if (rows.count() < 0) {
      return dynamic(rows, type, rownum, nrows);
    }
    long count = rows.count();
    long current = first > count ? count + 1 : first; // after the end, the buffer is past the last row
    long start =
        switch (type) {
          case FIRST -> 1;
          case NEXT -> first == 0 ? 1 : current + size;
          case PREV -> current - nrows;
          case LAST -> count - nrows + 1;
          case ABSOLUTE -> rownum >= 0 ? rownum : count + 1 + rownum;
          case RELATIVE -> (first == 0 ? 1 : current) + rownum;
          case REFRESH -> first;
          default -> throw CursorErrors.PARAMETER_INVALID.raise("sp_cursorfetch", "fetchtype");
        };
    long end = start + nrows - 1;
    if (type == PREV && current <= 1) {
      end = 0; // before the start already, or the buffer began at the first row: nothing is before it
    } else if ((type == PREV || type == LAST) && start < 1) {
      // A block that would begin before the first row begins at it (ODBC's SQL_FETCH_PRIOR):
      // PREV_NOADJUST stops where the buffer began, plain PREV returns a whole block.
      end = type == PREV && (fetchType & PREV_NOADJUST) != 0 ? current - 1 : nrows;
      start = 1;
    }
    List<Fetched> out = new ArrayList<>();
    for (long i = Math.max(start, 1); i <= end && i <= count; i++) {
      out.add(rows.fetch(Orientation.ABSOLUTE, i));
    }
    first = out.isEmpty() ? (start > count ? count + 1 : 0) : start;
    size = out.size();
    return out;
  }

  /** A dynamic cursor's block: read on from where it stands (NEXT, FIRST, REFRESH of one row). */
  private List<Fetched> dynamic(CursorRows rows, int type, long rownum, int nrows) {
    Orientation o =
        switch (type) {
          case FIRST -> Orientation.FIRST;
          case NEXT -> Orientation.NEXT;
          case LAST -> Orientation.LAST;
          case PREV -> Orientation.PRIOR;
          default -> throw CursorErrors.DYNAMIC_FETCH.raise(type == ABSOLUTE ? "Absolute" : "Relative");
        };
    List<Fetched> out = new ArrayList<>();
    Fetched f = rows.fetch(o, 0);
    Orientation then = o == Orientation.LAST || o == Orientation.PRIOR ? Orientation.PRIOR : Orientation.NEXT;
    while (f.status() != -1) {
      out.add(f);
      if (out.size() >= nrows) {
        break;
      }
      f = rows.fetch(then, 0);
    }
    if (then == Orientation.PRIOR) {
      java.util.Collections.reverse(out);
    }
    first = out.isEmpty() ? 0 : 1;
    size = out.size();
    return out;
  }

  /**
   * Puts the cursor on row {@code n} (1-based) of the fetch buffer for a positioned change; 16930
   * when the buffer has no such row.
   */
  public void position(int n) {
    CursorRows rows = cursor.rows(1);
    if (n < 1 || n > size) {
      throw CursorErrors.ROW_NOT_IN_BUFFER.raise();
    }
    if (rows.count() >= 0) {
      rows.fetch(Orientation.ABSOLUTE, first + n - 1);
    } else if (n != size) {
      // A dynamic cursor stands on the last row it read; only that one can be changed.
      throw CursorErrors.ROW_NOT_IN_BUFFER.raise();
    }
  }

  /** @@CURSOR_ROWS-like count for sp_cursorfetch INFO and sp_cursoropen's @rowcount (-1 dynamic). */
  public long count() {
    return cursor.rows(2).count();
  }
}
