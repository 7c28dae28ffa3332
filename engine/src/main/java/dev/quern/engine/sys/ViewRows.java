package dev.quern.engine.sys;

import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of another system view, read by column name. The compatibility views (sys.sysobjects,
 * sys.syscolumns …) are computed from the modern views' rows, so both show the same ids, names
 * and dates for the same object, and a JOIN between an old and a new view matches.
 */
final class ViewRows {
  /** One row of {@code view}, its values found by column name. */
  record Row(Map<String, Integer> index, Object[] values) {
    Object get(String column) {
      Integer i = index.get(column);
      if (i == null) {
        throw new IllegalArgumentException("no column " + column);
      }
      return values[i];
    }

    int integer(String column) {
      return ((Number) get(column)).intValue();
    }

    boolean bit(String column) {
      return Boolean.TRUE.equals(get(column));
    }
  }

  private ViewRows() {}

  /** The rows of the sys view named {@code name} as {@code session} sees them now. */
  static List<Row> of(String name, SessionState session) {
    SystemView view = SystemViews.lookup(List.of("sys", name)).orElseThrow();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < view.columns().size(); i++) {
      index.put(view.columns().get(i).name().toLowerCase(Locale.ROOT), i);
    }
    List<Row> out = new ArrayList<>();
    for (Object[] values : view.rows(session)) {
      out.add(new Row(index, values));
    }
    return out;
  }
}
