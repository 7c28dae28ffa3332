package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.cursor.ApiCursor;
import dev.quern.engine.cursor.Fetched;
import dev.quern.engine.cursor.TableStatement;
import dev.quern.engine.error.CursorErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * sp_cursorfetch (ProcID 7), sp_cursoroption (8) and sp_cursorclose (9) on API server cursors.
 * A fetch answers with one result set: the block of rows asked for, each ending with its ROWSTAT
 * (1 fetched, 2 a keyset row deleted since, its values NULL); drivers send it with fNoMetaData, so
 * the columns are not described again.
 */
final class CursorFetchProcedures {
  private CursorFetchProcedures() {}

  /** sp_cursoroption's code that names the cursor for WHERE CURRENT OF. */
  private static final int CURSOR_NAME = 2;

  static List<SystemProcedure> all() {
    return List.of(new Fetch(), new Option(), new Close());
  }

  /** sp_cursorfetch @cursor [, @fetchtype [, @rownum [OUTPUT] [, @nrows [OUTPUT]]]]. */
  private static final class Fetch implements SystemProcedure {
    @Override
    public String name() {
      return "sp_cursorfetch";
    }

    @Override
    public int execute(List<ProcArg> args, ProcedureHost host) {
      Arguments a = Arguments.split(args, List.of("@cursor", "@fetchtype", "@rownum", "@nrows"));
      ApiCursor cursor = host.state().cursors().api(ParameterizedStatement.handleOf(a.fixed(0)), name());
      int type = ApiCursorOpening.intOf(a.fixed(1), ApiCursor.NEXT);
      long rownum = ApiCursorOpening.intOf(a.fixed(2), 0);
      int nrows = ApiCursorOpening.intOf(a.fixed(3), 20);
      if ((type & ApiCursor.INFO) != 0) {
        // INFO: where the buffer stands and how many rows the cursor has, in the OUTPUT values.
        long count = TableStatement.run(host.state().store(), cursor::count);
        if (a.fixed(2) != null && a.fixed(2).output()) {
          a.fixed(2).setOutput((int) cursor.first(), SqlTypes.INT);
        }
        if (a.fixed(3) != null && a.fixed(3).output()) {
          a.fixed(3).setOutput((int) Math.min(Integer.MAX_VALUE, count), SqlTypes.INT);
        }
        return 0;
      }
      if (nrows < 1) {
        throw CursorErrors.PARAMETER_INVALID.raise(name(), "nrows");
      }
      List<Fetched> rows = TableStatement.run(host.state().store(), () -> cursor.fetch(type, rownum, nrows));
      send(cursor, rows, host.sink());
      return 0;
    }

    private static void send(ApiCursor cursor, List<Fetched> rows, ResultSink sink) {
      List<ResultColumn> columns = new ArrayList<>(cursor.cursor().columns());
      columns.add(ApiCursorOpening.ROWSTAT);
      sink.columns(columns);
      int width = columns.size() - 1;
      for (Fetched f : rows) {
        Object[] out = new Object[width + 1];
        if (f.values() != null) {
          System.arraycopy(f.values(), 0, out, 0, width);
        }
        out[width] = f.status() == 0 ? 1 : 2;
        sink.row(out);
      }
      sink.done(rows.size(), true);
    }
  }

  /** sp_cursoroption @cursor, @code, @value: CURSOR_NAME names it; the other codes change nothing here. */
  private static final class Option implements SystemProcedure {
    @Override
    public String name() {
      return "sp_cursoroption";
    }

    @Override
    public int execute(List<ProcArg> args, ProcedureHost host) {
      Arguments a = Arguments.split(args, List.of("@cursor", "@code", "@value"));
      ApiCursor cursor = host.state().cursors().api(ParameterizedStatement.handleOf(a.fixed(0)), name());
      if (ApiCursorOpening.intOf(a.fixed(1), 0) == CURSOR_NAME && a.fixed(2) != null && a.fixed(2).value() != null) {
        host.state().cursors().nameApi(cursor, a.fixed(2).value().toString());
      }
      return 0;
    }
  }

  /** sp_cursorclose @cursor. */
  private static final class Close implements SystemProcedure {
    @Override
    public String name() {
      return "sp_cursorclose";
    }

    @Override
    public int execute(List<ProcArg> args, ProcedureHost host) {
      host.state().cursors().closeApi(ParameterizedStatement.handleOf(args.isEmpty() ? null : args.getFirst()), name());
      return 0;
    }
  }
}
