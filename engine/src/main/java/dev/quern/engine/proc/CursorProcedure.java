package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.Names;
import dev.quern.engine.cursor.ApiCursor;
import dev.quern.engine.cursor.SingleTableQuery;
import dev.quern.engine.error.CursorErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * sp_cursor @cursor, @optype, @rownum, @table [, values…] (ProcID 1): changes rows of an API
 * cursor's fetch buffer. UPDATE (1) and DELETE (2) run {@code UPDATE|DELETE … WHERE CURRENT OF}
 * on row {@code rownum} of the buffer (0: each of its rows), with the values given by column
 * name ({@code @name = value}); INSERT (4) inserts a row of the named values; REFRESH (8), LOCK
 * (0x10), SETPOSITION (0x20) and ABSOLUTE (0x40) only position.
 */
final class CursorProcedure implements SystemProcedure {
  private static final int UPDATE = 0x1, DELETE = 0x2, INSERT = 0x4;

  @Override
  public String name() {
    return "sp_cursor";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    Arguments a = Arguments.split(args, List.of("@cursor", "@optype", "@rownum", "@table"));
    ApiCursor cursor = host.state().cursors().api(ParameterizedStatement.handleOf(a.fixed(0)), name());
    int op = ApiCursorOpening.intOf(a.fixed(1), 0);
    int rownum = ApiCursorOpening.intOf(a.fixed(2), 0);
    String table = a.fixed(3) == null || a.fixed(3).value() == null ? "" : a.fixed(3).value().toString().strip();
    if ((op & (UPDATE | DELETE | INSERT)) == 0) {
      if (rownum > 0) {
        position(cursor, rownum, host);
      }
      return 0;
    }
    String target = table.isEmpty() ? tableOf(cursor) : table;
    List<ProcArg> values = a.values();
    if ((op & INSERT) != 0) {
      insert(target, values, host);
      return 0;
    }
    List<Integer> rows = new ArrayList<>();
    if (rownum == 0) {
      for (int i = 1; i <= cursor.size(); i++) {
        rows.add(i);
      }
    } else {
      rows.add(rownum);
    }
    for (int row : rows) {
      position(cursor, row, host);
      String where = " WHERE CURRENT OF [" + cursor.cursor().name() + "]";
      if ((op & DELETE) != 0) {
        ParameterizedStatement.compile("DELETE FROM " + target + where, null, host).run(name(), List.of(), host);
      } else {
        update(target, where, values, host);
      }
    }
    return 0;
  }

  /** Puts the cursor on row {@code n} of its buffer (a keyset cursor reads the row to get there). */
  private static void position(ApiCursor cursor, int n, ProcedureHost host) {
    dev.quern.engine.cursor.TableStatement.run(host.state().store(), () -> {
      cursor.position(n);
      return null;
    });
  }

  private void update(String target, String where, List<ProcArg> values, ProcedureHost host) {
    if (values.isEmpty()) {
      throw CursorErrors.NO_VALUES.raise("update");
    }
    StringBuilder sets = new StringBuilder();
    StringBuilder defs = new StringBuilder();
    List<ProcArg> bound = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      ProcArg v = values.get(i);
      if (v.name() == null) {
        throw CursorErrors.VALUES_INVALID.raise();
      }
      sets.append(i == 0 ? "" : ", ").append(Names.quote(v.name().substring(1))).append(" = @P").append(i);
      defs.append(i == 0 ? "" : ", ").append("@P").append(i).append(' ').append(typeOf(v));
      bound.add(new ProcArg(null, v.type(), v.value(), false, false));
    }
    ParameterizedStatement.compile("UPDATE " + target + " SET " + sets + where, defs.toString(), host)
        .run(name(), bound, host);
  }

  private void insert(String target, List<ProcArg> values, ProcedureHost host) {
    if (values.isEmpty()) {
      throw CursorErrors.NO_VALUES.raise("insert");
    }
    StringBuilder columns = new StringBuilder();
    StringBuilder params = new StringBuilder();
    StringBuilder defs = new StringBuilder();
    List<ProcArg> bound = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      ProcArg v = values.get(i);
      if (v.name() == null) {
        throw CursorErrors.VALUES_INVALID.raise();
      }
      String sep = i == 0 ? "" : ", ";
      columns.append(sep).append(Names.quote(v.name().substring(1)));
      params.append(sep).append("@P").append(i);
      defs.append(sep).append("@P").append(i).append(' ').append(typeOf(v));
      bound.add(new ProcArg(null, v.type(), v.value(), false, false));
    }
    ParameterizedStatement.compile(
            "INSERT INTO " + target + " (" + columns + ") VALUES (" + params + ")", defs.toString(), host)
        .run(name(), bound, host);
  }

  private static String typeOf(ProcArg v) {
    return v.type() == null ? "sql_variant" : SqlTypes.sqlName(v.type());
  }

  /** The table the cursor reads (16933 when it is not one table the cursor can change). */
  private static String tableOf(ApiCursor cursor) {
    var rows = cursor.cursor().rows(1);
    SingleTableQuery q = rows.table();
    if (q == null || !cursor.cursor().updatable()) {
      throw CursorErrors.READ_ONLY.raise();
    }
    return String.join(".", q.nameParts().stream().map(Names::quote).toList());
  }
}
