package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.ast.BulkInsertOptions;
import dev.quern.engine.ast.BulkInsertStatement;
import dev.quern.engine.error.BulkLoadErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.plan.ValuesNode;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One run of BULK INSERT's load loop ({@link BulkInsertExecutor} sets it up): reads the records,
 * converts them, reports and sets aside the rows that fail, writes the others in groups, and ends
 * each BATCHSIZE batch (its rows written, its count reported, its transaction committed when the
 * load runs in autocommit).
 */
final class BulkLoad {
  /** Rows handed to the INSERT at a time when no trigger needs to see a whole batch at once. */
  private static final int ROWS_PER_WRITE = 1000;

  /** Table column {@code position} (from 0) takes field {@code field} (from 0; -1: no field). */
  record Slot(int position, int field) {}

  private final SessionState state;
  private final DmlExecutor dml;
  private final BulkInsertStatement statement;
  private final BulkInsertOptions o;
  private final ResolvedTable table;
  private final DmlPlan.Insert plan;
  private final List<Slot> slots;
  private final List<SqlType> types = new ArrayList<>();
  private final Frame frame;
  private final ResultSink sink;
  private final ResultSink counted;
  private final List<Object[]> rows = new ArrayList<>();
  private long inserted;
  private long insertedInBatch;
  private long rowErrors;
  private BulkErrorFile errorFile;

  BulkLoad(SessionState state, DmlExecutor dml, BulkInsertStatement statement, ResolvedTable table,
      DmlPlan.Insert plan, List<Slot> slots, Frame frame, ResultSink sink) {
    this.state = state;
    this.dml = dml;
    this.statement = statement;
    this.o = statement.options();
    this.table = table;
    this.plan = plan;
    this.slots = slots;
    this.frame = frame;
    this.sink = sink;
    this.counted = new DoneDropping(sink);
    for (Slot slot : slots) {
      types.add(BulkFieldConverter.typeOf(table.table().columns().get(slot.position())));
    }
  }

  /** Loads the file whose records have {@code layout}; returns the number of rows inserted. */
  long run(List<BulkDataFile.Field> layout, boolean wide) {
    errorFile = o.errorFile() == null ? null : BulkErrorFile.open(o.errorFile(), wide);
    try (InputStream in = BulkFiles.open(statement.file());
        BulkDataFile file = new BulkDataFile(in, o, layout, wide, errorFile != null, statement.file())) {
      for (BulkDataFile.Record r; (r = file.next()) != null; ) {
        state.checkCancelled();
        if (o.lastRow() > 0 && r.row() > o.lastRow()) {
          break;
        }
        if (r.row() >= o.firstRow()) {
          take(r);
        }
        if (o.batchSize() > 0 && r.row() % o.batchSize() == 0) {
          endBatch();
        }
      }
    } catch (IOException e) {
      throw BulkLoadErrors.FILE_NOT_OPENED.raise(statement.file(), e.getMessage());
    } catch (java.io.UncheckedIOException e) { // a read that failed part way (BulkDataFile)
      throw BulkLoadErrors.FILE_NOT_OPENED.raise(statement.file(), e.getCause().getMessage());
    } finally {
      if (errorFile != null) {
        errorFile.close();
      }
    }
    write();
    return inserted;
  }

  /** Converts a record and queues its row, or reports it and sets it aside. */
  private void take(BulkDataFile.Record r) {
    Object[] row;
    try {
      row = values(r);
    } catch (SqlException e) {
      if (errorFile != null) {
        errorFile.reject(r, e);
      }
      // Reported as it happens, as SQL Server does; those before the one too many went already.
      if (++rowErrors > o.maxErrors()) {
        throw tooManyErrors(e, o.maxErrors());
      }
      sink.message(e.at(statement.line(), frame.procName).toMessage());
      state.setStatementError(e.number());
      return;
    }
    rows.add(row);
    if (rows.size() >= ROWS_PER_WRITE && !o.fireTriggers()) {
      write();
    }
  }

  /** Ends a batch: its rows written and counted, its transaction committed if it is its own. */
  private void endBatch() {
    write();
    sink.done(state.sessionOptions().has(SessionOptions.NOCOUNT) ? -1 : insertedInBatch, frame.inProc);
    insertedInBatch = 0;
    if (state.store().commitStatementSoFar() && o.tabLock()) {
      state.store().lockTableExclusively(table.catalog(), table.table());
    }
  }

  private void write() {
    if (rows.isEmpty()) {
      return;
    }
    dml.withTriggers(o.fireTriggers(), () -> dml.insertRows(plan, rows, Collections.nCopies(rows.size(), types), frame, counted));
    long n = state.rowCount(); // what the write's DONE counted
    inserted += n;
    insertedInBatch += n;
    rows.clear();
  }

  /** The values of a record's loaded fields, or the row error that leaves the record out. */
  private Object[] values(BulkDataFile.Record r) {
    List<Column> columns = table.table().columns();
    Object[] row = new Object[slots.size()];
    for (int i = 0; i < slots.size(); i++) {
      int pos = slots.get(i).position();
      Column c = columns.get(pos);
      String field = slots.get(i).field() < 0 ? null : r.fields()[slots.get(i).field()];
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

  /** Passes everything on but the DONE of each write: the load reports its own counts. */
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
