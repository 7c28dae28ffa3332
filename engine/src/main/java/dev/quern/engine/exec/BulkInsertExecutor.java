package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.BulkInsertOptions;
import dev.quern.engine.ast.BulkInsertStatement;
import dev.quern.engine.ast.InsertStatement;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.bulk.BulkFormat;
import dev.quern.engine.error.BulkLoadErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.StoreSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs BULK INSERT: reads the data file on the server ({@link BulkDataFile}), converts each field
 * to its column ({@link BulkFieldConverter}) and inserts the rows through the statement's INSERT,
 * so keys, indexes, identity and durability are the INSERT's; {@link BulkLoad} runs the load.
 *
 * <p>As in SQL Server: fields map to the table's columns in order, or as a format file says
 * ({@link BulkFormat}: a field may be skipped, a column left to its default), a computed or
 * rowversion column taking a field that is dropped, and so does the identity column unless
 * KEEPIDENTITY (whose values are then kept, as under IDENTITY_INSERT); an empty field takes the
 * column's default unless KEEPNULLS; a row whose field does not convert, or that would put NULL in
 * a NOT NULL column, is reported (4863, 4864, 4867, 4869), copied to the ERRORFILE if there is one
 * ({@link BulkErrorFile}), and left out, and the load goes on until more than MAXERRORS rows
 * failed (then 4865); triggers fire only with FIRE_TRIGGERS. The caller needs ADMINISTER BULK
 * OPERATIONS ({@link BulkFiles}) besides INSERT on the table.
 *
 * <p>BATCHSIZE = n cuts the file in batches of n rows (counted in the file, FIRSTROW's skipped
 * rows included, as SQL Server counts them). Outside a user transaction each batch commits as it
 * ends: a load that fails (4865, a key violation…) undoes only the batch it was in, and the
 * earlier ones stay. Inside a user transaction (or without BATCHSIZE) the load is one unit that a
 * failure undoes whole. Each batch that ends reports its own row count (a DONE of its own) before
 * the statement's count of all rows, which is what @@ROWCOUNT then holds; FIRE_TRIGGERS fires
 * the triggers once per batch.
 *
 * <p>TABLOCK locks the table exclusively until the transaction ends, taken again at the start of
 * each batch that commits separately (SQL Server's bulk-update lock also lets other TABLOCK loads
 * in; here they wait): its rows then need no row locks, which makes a large load about twice as
 * cheap (a million rows with a key and an index: 6.5 against 14.5 µs of server CPU per row).
 *
 * <p>Unlike SQL Server's default, CHECK and FOREIGN KEY constraints are always checked (as if
 * CHECK_CONSTRAINTS were given), so a load never leaves them untrusted, as Quern's INSERT BULK does.
 */
final class BulkInsertExecutor {
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
    dev.quern.engine.store.DisabledIndexes.requireRows(t);
    Table table = t.table();
    if (o.tabLock()) {
      state.store().lockTableExclusively(t.catalog(), table);
    }
    BulkFormat format = o.formatFile() == null ? null : BulkFormat.read(o.formatFile());
    List<BulkLoad.Slot> slots = slots(table, format, o, o.formatFile());
    List<String> names = slots.stream().map(slot -> table.columns().get(slot.position()).name()).toList();
    StoreSession store = state.store();
    int identityInsert = store.identityInsertTable();
    boolean keepsIdentity = o.keepIdentity() && table.identityColumn().isPresent();
    if (keepsIdentity) {
      store.setIdentityInsertTable(table.id());
    }
    try {
      List<List<dev.quern.engine.ast.Expr>> oneRowOfDefaults = List.of(Collections.nCopies(names.size(), null));
      DmlPlan.Insert plan = binder.insert(new InsertStatement(s.line(), s.table(), names, oneRowOfDefaults, null, null));
      List<BulkDataFile.Field> layout = format != null ? BulkDataFile.layout(format) : BulkDataFile.layout(o, table.columns().size());
      boolean wide = format != null ? format.wide() : o.wide();
      long inserted = new BulkLoad(state, dml, s, t, plan, slots, frame, sink).run(layout, wide);
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

  /**
   * The columns the load gives a value, each with the field that feeds it (-1: none, the column
   * takes what an empty field would). Without a format file field n feeds column n.
   */
  private static List<BulkLoad.Slot> slots(Table table, BulkFormat format, BulkInsertOptions o, String formatFile) {
    List<Column> columns = table.columns();
    int[] source = new int[columns.size()];
    if (format == null) {
      for (int pos = 0; pos < source.length; pos++) {
        source[pos] = pos;
      }
    } else {
      java.util.Arrays.fill(source, -1);
      for (BulkFormat.Target target : format.targets()) {
        if (target.column() > columns.size()) {
          throw BulkLoadErrors.FORMAT_SERVER_COLUMN.raise(target.field() + 1, formatFile);
        }
        source[target.column() - 1] = target.field();
      }
    }
    List<BulkLoad.Slot> slots = new ArrayList<>();
    for (int pos = 0; pos < columns.size(); pos++) {
      Column c = columns.get(pos);
      if (c.computed() == null && !c.rowversion() && (c.identity() == null || o.keepIdentity())) {
        slots.add(new BulkLoad.Slot(pos, source[pos]));
      }
    }
    return slots;
  }
}
