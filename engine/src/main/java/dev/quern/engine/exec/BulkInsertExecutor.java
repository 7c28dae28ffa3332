package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.ast.BulkInsertOptions;
import dev.quern.engine.ast.BulkInsertStatement;
import dev.quern.engine.ast.InsertStatement;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.error.BulkLoadErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.plan.ValuesNode;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.StoreSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs BULK INSERT: reads the data file on the server ({@link BulkDataFile}), converts each field
 * to its column ({@link BulkFieldConverter}) and inserts the rows through the statement's INSERT,
 * so keys, indexes, identity and durability are the INSERT's.
 *
 * <p>As in SQL Server: fields map to the table's columns in order, a computed or rowversion column
 * taking a field that is skipped, and so does the identity column unless KEEPIDENTITY (whose
 * values are then kept, as under IDENTITY_INSERT); an empty field takes the column's default
 * unless KEEPNULLS; a row whose field does not convert, or that would put NULL in a NOT NULL
 * column, is reported (4863, 4864, 4867, 4869) and left out, and the load goes on until more than
 * MAXERRORS rows failed (then 4865, and nothing of the load stays); triggers fire only with
 * FIRE_TRIGGERS. A key or constraint violation ends the load with nothing of it left. The caller
 * needs ADMINISTER BULK OPERATIONS ({@link BulkFiles}) besides INSERT on the table.
 *
 * <p>TABLOCK locks the table exclusively until the transaction ends (SQL Server's bulk-update lock
 * also lets other TABLOCK loads in; here they wait): its rows then need no row locks, which makes a
 * large load about twice as cheap (a million rows with a key and an index: 6.5 against 14.5 µs of
 * server CPU per row).
 *
 * <p>Unlike SQL Server's default, CHECK and FOREIGN KEY constraints are always checked (as if
 * CHECK_CONSTRAINTS were given), so a load never leaves them untrusted, as Quern's INSERT BULK
 * does; and the whole file is one transaction (BATCHSIZE does not commit part of it).
 */
final class BulkInsertExecutor {
  /** Rows handed to the INSERT at a time when no trigger needs to see the whole load at once. */
  private static final int ROWS_PER_WRITE = 1000;

  private final SessionState state;
  private final DmlExecutor dml;
  private final DmlBinder binder;

  BulkInsertExecutor(SessionState state, DmlExecutor dml, DmlBinder binder) {
    this.state = state;
    this.dml = dml;
    this.binder = binder;
  }

  void run(BulkInsertStatement s, Frame frame, ResultSink sink) {
    BulkFiles.requirePermission(state);
    BulkInsertOptions o = s.options();
    ResolvedTable t = ObjectNames.table(state.store(), state.databaseName(), s.table())
        .orElseThrow(() -> SqlErrors.INVALID_OBJECT.raise(String.join(".", s.table())));
    Table table = t.table();
    if (o.tabLock()) {
      state.store().lockTableExclusively(t.catalog(), table);
    }
    List<Integer> loaded = new ArrayList<>(); // the table positions that take their field
    List<String> names = new ArrayList<>();
    for (int pos = 0; pos < table.columns().size(); pos++) {
      Column c = table.columns().get(pos);
      if (c.computed() == null && !c.rowversion() && (c.identity() == null || o.keepIdentity())) {
        loaded.add(pos);
        names.add(c.name());
      }
    }
    StoreSession store = state.store();
    int identityInsert = store.identityInsertTable();
    boolean keepsIdentity = o.keepIdentity() && table.identityColumn().isPresent();
    if (keepsIdentity) {
      store.setIdentityInsertTable(table.id());
    }
    try {
      List<List<dev.quern.engine.ast.Expr>> oneRowOfDefaults = List.of(Collections.nCopies(names.size(), null));
      DmlPlan.Insert plan = binder.insert(new InsertStatement(s.line(), s.table(), names, oneRowOfDefaults, null, null));
      long inserted = load(s, t, plan, loaded, frame, sink);
      dml.done(inserted, frame, sink);
    } catch (RuntimeException e) {
      state.takeStatementError(); // the failure is the statement's error, not a row's
      throw e;
    } finally {
      if (keepsIdentity) {
        store.setIdentityInsertTable(identityInsert);
      }
    }
  }

  private long load(
      BulkInsertStatement s, ResolvedTable t, DmlPlan.Insert plan, List<Integer> loaded, Frame frame, ResultSink sink) {
    BulkInsertOptions o = s.options();
    Table table = t.table();
    List<Column> columns = table.columns();
    List<SqlType> types = new ArrayList<>();
    for (int pos : loaded) {
      types.add(BulkFieldConverter.typeOf(columns.get(pos)));
    }
    ResultSink counted = new DoneDropping(sink);
    List<Object[]> rows = new ArrayList<>();
    long inserted = 0;
    long rowErrors = 0;
    try (InputStream in = BulkFiles.open(s.file());
        BulkDataFile file = new BulkDataFile(in, o, columns.size(), s.file())) {
      for (BulkDataFile.Record r; (r = file.next()) != null; ) {
        state.checkCancelled();
        if (r.row() < o.firstRow()) {
          continue;
        }
        if (o.lastRow() > 0 && r.row() > o.lastRow()) {
          break;
        }
        Object[] row;
        try {
          row = values(r, loaded, columns, o);
        } catch (SqlException e) {
          // Reported as it happens, as SQL Server does; those before the one too many went already.
          if (++rowErrors > o.maxErrors()) {
            throw tooManyErrors(e, o.maxErrors());
          }
          sink.message(e.at(s.line(), frame.procName).toMessage());
          state.setStatementError(e.number());
          continue;
        }
        rows.add(row);
        if (rows.size() >= ROWS_PER_WRITE && !o.fireTriggers()) {
          inserted += write(plan, rows, types, frame, counted, o);
          rows.clear();
        }
      }
    } catch (IOException e) {
      throw BulkLoadErrors.FILE_NOT_OPENED.raise(s.file(), e.getMessage());
    } catch (java.io.UncheckedIOException e) { // a read that failed part way (BulkDataFile)
      throw BulkLoadErrors.FILE_NOT_OPENED.raise(s.file(), e.getCause().getMessage());
    }
    if (!rows.isEmpty()) {
      inserted += write(plan, rows, types, frame, counted, o);
    }
    return inserted;
  }

  private long write(
      DmlPlan.Insert plan, List<Object[]> rows, List<SqlType> types, Frame frame, ResultSink counted,
      BulkInsertOptions o) {
    dml.withTriggers(o.fireTriggers(), () -> dml.insertRows(plan, rows, Collections.nCopies(rows.size(), types), frame, counted));
    return state.rowCount(); // what the write's DONE counted
  }

  /** The values of a record's loaded fields, or the row error that leaves the record out. */
  private static Object[] values(BulkDataFile.Record r, List<Integer> loaded, List<Column> columns, BulkInsertOptions o) {
    Object[] row = new Object[loaded.size()];
    for (int i = 0; i < loaded.size(); i++) {
      int pos = loaded.get(i);
      Column c = columns.get(pos);
      String field = r.fields()[pos];
      if (field == null) {
        boolean takesDefault = !o.keepNulls() && c.identity() == null;
        if (!takesDefault && !c.nullable()) {
          throw BulkLoadErrors.UNEXPECTED_NULL.raise(r.row(), pos + 1, c.name());
        }
        row[i] = takesDefault ? ValuesNode.DEFAULT : null;
      } else {
        row[i] = BulkFieldConverter.convert(field, c, r.row(), pos + 1);
      }
    }
    return row;
  }

  /** 4865 after the row errors that made it: the load fails with the provider errors after them. */
  private static SqlException tooManyErrors(SqlException last, long maxErrors) {
    return BulkLoadErrors.providerFailure(BulkLoadErrors.MAX_ERRORS.raise(maxErrors).precededBy(last));
  }

  /** Passes everything on but the DONE of each write: the statement reports one count at its end. */
  private static final class DoneDropping implements ResultSink {
    private final ResultSink target;

    DoneDropping(ResultSink target) {
      this.target = target;
    }

    @Override
    public void columns(List<ResultColumn> columns) {
      target.columns(columns);
    }

    @Override
    public void row(Object[] values) {
      target.row(values);
    }

    @Override
    public void done(long rowCount, boolean inProc) {}

    @Override
    public void message(SqlMessage message) {
      target.message(message);
    }

    @Override
    public void envChange(dev.quern.engine.api.EnvChange change) {
      target.envChange(change);
    }

    @Override
    public void returnStatus(int status) {
      target.returnStatus(status);
    }

    @Override
    public void returnValue(dev.quern.engine.api.ReturnValue value) {
      target.returnValue(value);
    }
  }
}
