package dev.quern.engine.exec;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.RowBatch;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.api.EnvChange;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.ReturnValue;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.ValueErrors;
import dev.quern.engine.plan.ResultSetsSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Enforces an EXECUTE's WITH RESULT SETS clause ("EXECUTE (Transact-SQL)") on what the procedure
 * sends: result sets beyond the declared count raise 11535, too few 11536 (see {@link #finish}),
 * a column count mismatch 11537, a type with no conversion 11538. Matching result sets go out
 * with the declared names, types and nullability, every value converted to the declared type.
 */
final class ResultSetsSink implements ResultSink {
  private final ResultSink out;
  private final ResultSetsSpec spec;
  private int sent;
  /** Per column the type to convert from, or null where it is the declared type already. */
  private SqlType[] from;
  private SqlType[] to;
  private boolean unchanged;

  ResultSetsSink(ResultSink out, ResultSetsSpec spec) {
    this.out = out;
    this.spec = spec;
  }

  @Override
  public void columns(List<ResultColumn> columns) {
    int declared = spec.sets().size();
    if (sent >= declared) {
      throw SqlErrors.RESULT_SETS_TOO_MANY.raise(declared);
    }
    sent++;
    List<ResultSetsSpec.Column> want = spec.sets().get(sent - 1);
    if (want.size() != columns.size()) {
      throw SqlErrors.RESULT_SETS_COLUMN_COUNT.raise(want.size(), sent, columns.size());
    }
    from = new SqlType[want.size()];
    to = new SqlType[want.size()];
    unchanged = true;
    List<ResultColumn> renamed = new ArrayList<>(want.size());
    for (int i = 0; i < want.size(); i++) {
      SqlType actual = columns.get(i).type();
      SqlType declaredType = want.get(i).type();
      if (!actual.equals(declaredType) && !Conversions.explicitlyConvertible(actual, declaredType)) {
        throw SqlErrors.RESULT_SETS_NO_CONVERSION.raise(
            SqlTypes.sqlName(declaredType), i + 1, sent, SqlTypes.sqlName(actual));
      }
      from[i] = actual.equals(declaredType) ? null : actual; // null: passes unconverted
      to[i] = declaredType;
      unchanged &= from[i] == null;
      renamed.add(new ResultColumn(want.get(i).name(), declaredType, want.get(i).nullable()));
    }
    out.columns(renamed);
  }

  /**
   * Passes a batch on as it is when converting it would change nothing: every column needing a
   * conversion is text going into nvarchar, and each of its values fits (a script's nvarchar(max)
   * output declared nvarchar(n)). Otherwise row by row through {@link #row}.
   */
  @Override
  public void rows(RowBatch batch) {
    if (unchanged || convertsAsIs(batch)) {
      out.rows(batch);
    } else {
      ResultSink.super.rows(batch);
    }
  }

  private boolean convertsAsIs(RowBatch batch) {
    byte[] scratch = new byte[0];
    for (int c = 0; c < from.length; c++) {
      if (from[c] == null) {
        continue;
      }
      if (to[c].id() != TypeId.NVARCHAR || !SqlTypes.isCharacter(from[c].id())
          || batch.layout(c) != RowBatch.Layout.UTF8) {
        return false;
      }
      if (to[c].isMax()) {
        continue;
      }
      int max = to[c].length();
      for (int r = 0, n = batch.rowCount(); r < n; r++) {
        int bytes = batch.isNull(r, c) ? 0 : batch.utf8Length(r, c);
        // UTF-16 never has more units than UTF-8 has bytes: count only when the bytes exceed.
        if (bytes > max) {
          scratch = bytes > scratch.length ? new byte[bytes] : scratch;
          batch.utf8(r, c, scratch, 0);
          if (RowBatch.utf16Length(scratch, 0, bytes) > max) {
            return false;
          }
        }
      }
    }
    return true;
  }

  @Override
  public void row(Object[] values) {
    if (unchanged) {
      out.row(values); // the usual case: the declared types are the script's own
      return;
    }
    Object[] converted = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      converted[i] = convert(values[i], from[i], to[i]);
    }
    out.row(converted);
  }

  private static Object convert(Object v, SqlType from, SqlType to) {
    if (v == null || from == null) {
      return v;
    }
    try {
      return Conversions.convert(v, from, to);
    } catch (SqlValueException e) {
      throw ValueErrors.toSql(e);
    }
  }

  /** After the procedure returned: fewer result sets than declared is error 11536. */
  void finish() {
    int declared = spec.sets().size();
    if (sent < declared) {
      throw SqlErrors.RESULT_SETS_TOO_FEW.raise(declared, sent);
    }
  }

  @Override
  public void done(long rowCount, boolean inProc) {
    out.done(rowCount, inProc);
  }

  @Override
  public void message(SqlMessage message) {
    out.message(message);
  }

  @Override
  public void envChange(EnvChange change) {
    out.envChange(change);
  }

  @Override
  public void returnStatus(int status) {
    out.returnStatus(status);
  }

  @Override
  public void returnValue(ReturnValue value) {
    out.returnValue(value);
  }
}
