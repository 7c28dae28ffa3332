package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.exec.op.Operator;
import dev.quern.engine.exec.op.OperatorBuilder;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.plan.ValuesNode;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.StoreSession;
import dev.quern.engine.store.StoreTypes;
import dev.quern.engine.store.TableStores;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs INSERT, UPDATE and DELETE. Rows to change are collected before any is changed (Halloween
 * protection), so a statement never sees its own writes.
 */
final class DmlExecutor {
  private final SessionState state;
  /** Sees each changed row (old, new; null where there is none): the OUTPUT clause. */
  private java.util.function.BiConsumer<Object[], Object[]> changes = (old, row) -> {};

  DmlExecutor(SessionState state) {
    this.state = state;
  }

  /** Routes the next statement's changed rows to {@code listener} (OUTPUT). */
  void onChanges(java.util.function.BiConsumer<Object[], Object[]> listener) {
    changes = listener;
  }

  private StoreSession store() {
    return state.store();
  }

  TableStore open(ResolvedTable t) {
    return TableStores.openForWrite(store(), t.catalog(), t.table());
  }

  void insert(DmlPlan.Insert p, Frame frame, ResultSink sink) {
    Operator source = new OperatorBuilder(frame.eval, state::checkCancelled, () -> {}).build(p.source());
    List<Object[]> input = new ArrayList<>();
    for (Object[] r; (r = source.next()) != null; ) {
      state.checkCancelled();
      input.add(r);
    }
    List<SqlType> types = p.sourceColumns().stream().map(dev.quern.engine.api.ResultColumn::type).toList();
    insertRows(p, input, java.util.Collections.nCopies(input.size(), types), frame, sink);
    ran(p, input.size(), input.size());
  }

  /**
   * Under SET STATISTICS XML or PROFILE, what statement {@code p} did, for its actual plan: the
   * rows its read returned and kept; the rows it changed are @@ROWCOUNT's.
   */
  private void ran(DmlPlan p, long read, long matched) {
    var actuals = state.actuals();
    if (actuals != null) {
      actuals.ran(new dev.quern.engine.showplan.ActualCounts.Change(p, read, matched, state.rowCount()));
    }
  }

  /** Inserts rows already produced; {@code types.get(i)} are the types of {@code input.get(i)}. */
  void insertRows(
      DmlPlan.Insert p, List<Object[]> input, List<List<SqlType>> types, Frame frame, ResultSink sink) {
    try {
      insertRowsUnguarded(p, input, types, frame, sink);
    } catch (dev.quern.catalog.kv.KvConflictException e) {
      throw snapshotConflict(p.target());
    }
  }

  /** 3960: a SNAPSHOT transaction wrote a row another transaction changed since it started. */
  static RuntimeException snapshotConflict(ResolvedTable t) {
    return SqlErrors.SNAPSHOT_UPDATE_CONFLICT.raise(t.schemaQualified(), t.database().name());
  }

  private void insertRowsUnguarded(
      DmlPlan.Insert p, List<Object[]> input, List<List<SqlType>> types, Frame frame, ResultSink sink) {
    ResolvedTable t = p.target();
    var instead = triggersOn ? InsteadOfTriggers.of(state, t.catalog(), t.table().id(), "INSERT") : null;
    if (instead != null) {
      done(insteadOf(t, instead, allColumns(t.table()), proposedInserts(p, input, types, frame), List.of()), frame, sink);
      return;
    }
    boolean[] ignored = new boolean[1];
    long n = firing(t, "INSERT", allColumns(t.table()), () -> {
      long written = checked(p.viewCheck(), frame, () -> writeInserts(p, input, types, frame, "INSERT"));
      // Read before the triggers run: their own INSERTs use the same flag.
      ignored[0] = duplicateKeysIgnored;
      duplicateKeysIgnored = false;
      return written;
    });
    if (ignored[0]) {
      sink.message(SqlErrors.DUPLICATE_KEY_IGNORED.message());
    }
    done(n, frame, sink);
  }

  /**
   * Runs {@code write} and then, for a statement through a view WITH CHECK OPTION ({@code check}
   * set), checks that every row it wrote is one the view shows (550, which ends the statement and
   * so undoes the write).
   */
  private long checked(DmlPlan.ViewCheck check, Frame frame, java.util.function.LongSupplier write) {
    if (check == null) {
      return write.getAsLong();
    }
    List<Object[]> written = new ArrayList<>();
    var outer = changes;
    changes = (old, row) -> {
      outer.accept(old, row);
      if (row != null) {
        written.add(row);
      }
    };
    long n;
    try {
      n = write.getAsLong();
    } finally {
      changes = outer;
    }
    ViewCheckOption.verify(state, check, written, frame);
    return n;
  }

  /** False while a BULK INSERT without FIRE_TRIGGERS writes: no trigger of the table runs. */
  private boolean triggersOn = true;

  /** Runs {@code write} with the table's triggers firing or not ({@code fire}). */
  void withTriggers(boolean fire, Runnable write) {
    boolean outer = triggersOn;
    triggersOn = fire;
    try {
      write.run();
    } finally {
      triggersOn = outer;
    }
  }

  /** Set by an INSERT that dropped rows duplicating an IGNORE_DUP_KEY index's key (message 3604). */
  private boolean duplicateKeysIgnored;

  private static final java.util.function.BiConsumer<Object[], Object[]> NO_CHANGES = (old, row) -> {};

  /**
   * Runs {@code write} (one statement's writes to {@code t}, returning how many rows it changed)
   * and then the table's triggers for {@code event}, with the rows it changed; {@code assigned}:
   * the columns it assigned (lower case), for UPDATE(column).
   */
  long firing(ResolvedTable t, String event, Set<String> assigned, java.util.function.LongSupplier write) {
    long n = firingWrites(t, event, assigned, write);
    state.server().statisticsModifications().changed(t.database().id(), t.table(), event, assigned, n);
    return n;
  }

  private long firingWrites(ResolvedTable t, String event, Set<String> assigned, java.util.function.LongSupplier write) {
    if (triggersOn) {
      refuseInsteadOf(t, event);
    }
    write = IndexUpdates.counting(state, t, event, assigned, write);
    List<dev.quern.catalog.meta.Trigger> triggers = triggersOn ? TriggerFiring.triggers(state, t, event) : List.of();
    boolean viewsRead = dev.quern.engine.indexedview.IndexedViews.readBy(state, t);
    if (triggers.isEmpty() && !viewsRead) {
      return write.getAsLong();
    }
    List<Object[]> inserted = new ArrayList<>();
    List<Object[]> deleted = new ArrayList<>();
    var outer = changes;
    changes = (old, row) -> {
      outer.accept(old, row);
      if (old != null) {
        deleted.add(old);
      }
      if (row != null) {
        inserted.add(row);
      }
    };
    long n;
    try {
      n = write.getAsLong();
    } finally {
      changes = outer;
    }
    maintainViews(t, event, inserted, deleted);
    if (!triggers.isEmpty()) {
      fire(t, triggers, assigned, inserted, deleted, n);
    }
    return n;
  }

  /** The indexed views reading {@code t} brought up to date with what a statement changed (none: nothing to do). */
  private void maintainViews(ResolvedTable t, String event, List<Object[]> inserted, List<Object[]> deleted) {
    var outer = changes;
    changes = NO_CHANGES; // what the maintenance writes is not this statement's OUTPUT
    try {
      dev.quern.engine.indexedview.IndexedViewMaintenance.apply(state, t, event, inserted, deleted);
    } finally {
      changes = outer;
    }
  }

  /**
   * Fires the triggers of {@code t} for {@code event} with rows already written (MERGE fires each
   * action's); {@code n}: the statement's count.
   */
  void fire(ResolvedTable t, String event, Set<String> assigned, List<Object[]> inserted, List<Object[]> deleted, long n) {
    refuseInsteadOf(t, event);
    maintainViews(t, event, inserted, deleted);
    List<dev.quern.catalog.meta.Trigger> triggers = TriggerFiring.triggers(state, t, event);
    if (!triggers.isEmpty()) {
      fire(t, triggers, assigned, inserted, deleted, n);
    }
  }

  /**
   * The statements that run INSTEAD OF triggers (INSERT, UPDATE, DELETE) check for one before
   * writing; the others (MERGE, WHERE CURRENT OF) do not run them yet: 40517 rather than write
   * what the trigger would have replaced.
   */
  void refuseInsteadOf(ResolvedTable t, String event) {
    if (InsteadOfTriggers.of(state, t.catalog(), t.table().id(), event) != null) {
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise("INSTEAD OF");
    }
  }

  private void fire(
      ResolvedTable t, List<dev.quern.catalog.meta.Trigger> triggers, Set<String> assigned, List<Object[]> inserted,
      List<Object[]> deleted, long n) {
    var outer = changes;
    changes = NO_CHANGES; // what the triggers write is not this statement's OUTPUT
    try {
      TriggerFiring.fire(state, t, triggers, inserted, deleted, assigned, n);
    } finally {
      changes = outer;
    }
  }

  static Set<String> allColumns(Table table) {
    Set<String> out = new HashSet<>();
    table.columns().forEach(c -> out.add(c.name().toLowerCase(java.util.Locale.ROOT)));
    return out;
  }

  static Set<String> assignedColumns(Table table, int[] positions) {
    Set<String> out = new HashSet<>();
    for (int pos : positions) {
      out.add(table.columns().get(pos).name().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  /**
   * Inserts rows already produced, without reporting a count; {@code verb} names the statement in
   * constraint errors (INSERT, or MERGE for its insert action). Returns how many were inserted.
   */
  long writeInserts(DmlPlan.Insert p, List<Object[]> input, List<List<SqlType>> types, Frame frame, String verb) {
    ResolvedTable t = p.target();
    Table table = t.table();
    TableStore rows = open(t);
    Catalog catalog = t.catalog();
    EvalContext computing = computing(frame.eval);
    int rowversion = RowVersions.position(table);
    TemporalRows temporal = TemporalRows.of(state, t);
    long n = 0;
    for (int r = 0; r < input.size(); r++) {
      Object[] in = input.get(r);
      if (temporal != null) {
        temporal.refuseExplicit(p.positions(), in);
      }
      boolean[] given = new boolean[table.columns().size()];
      Object[] row = suppliedRow(p, in, types.get(r), frame.eval, given);
      BigDecimal identity = null;
      for (int pos = 0; pos < row.length; pos++) {
        Column c = table.columns().get(pos);
        if (!given[pos] && c.identity() != null) {
          long next = catalog.values().nextIdentity(table.id(), c.identity());
          row[pos] = Conversions.convert(next, SqlTypes.BIGINT, c.type());
          identity = BigDecimal.valueOf(next);
        }
      }
      for (int pos : p.positions()) {
        Column c = table.columns().get(pos);
        if (c.identity() != null && row[pos] != null) {
          // SET IDENTITY_INSERT ON: an explicit value moves the counter past it.
          long explicit = ((Number) Conversions.convert(row[pos], c.type(), SqlTypes.BIGINT)).longValue();
          catalog.values().observeIdentity(table.id(), c.identity(), explicit);
          identity = BigDecimal.valueOf(explicit);
        }
      }
      RowVersions.stampInserted(row, rowversion, state.store(), catalog, t.database().id());
      if (temporal != null) {
        temporal.stamp(row);
      }
      p.computed().fillAll(row, computing);
      checkNulls(row, table, t, verb);
      checkConstraints(p.checks(), row, t, verb, frame.eval);
      ForeignKeys.checkParents(state, t, table, row, verb);
      try {
        rows.insert(row);
      } catch (dev.quern.catalog.meta.DuplicateKeyException e) {
        // IGNORE_DUP_KEY = ON: an INSERT (not MERGE) drops the row, which wrote nothing yet; its
        // identity value stays used, as in SQL Server.
        if (!verb.equals("INSERT") || !e.index().ignoreDupKey()) {
          throw e;
        }
        duplicateKeysIgnored = true;
        continue;
      }
      changes.accept(null, row);
      if (identity != null) {
        store().setLastIdentity(identity);
      }
      n++;
    }
    return n;
  }

  /**
   * A new row of {@code p} from input {@code in} (of {@code types}): the values given, DEFAULT and
   * the columns not named from their defaults; identity and computed columns are left empty, and
   * {@code given} says which columns the input named.
   */
  private Object[] suppliedRow(DmlPlan.Insert p, Object[] in, List<SqlType> types, EvalContext eval, boolean[] given) {
    ResolvedTable t = p.target();
    Table table = t.table();
    if (in.length != p.positions().length) {
      throw SqlErrors.VALUES_MISMATCH.raise();
    }
    Object[] row = new Object[table.columns().size()];
    for (int i = 0; i < p.positions().length; i++) {
      int pos = p.positions()[i];
      given[pos] = true;
      Column c = table.columns().get(pos);
      Object v = in[i];
      row[pos] =
          v == ValuesNode.DEFAULT
              ? defaultValue(p.defaults().get(pos), c, t, eval)
              : RowValues.toColumn(v, types.get(i), c, t);
    }
    for (int pos = 0; pos < row.length; pos++) {
      Column c = table.columns().get(pos);
      if (!given[pos] && c.computed() == null && c.identity() == null) {
        row[pos] = defaultValue(p.defaults().get(pos), c, t, eval);
      }
    }
    return row;
  }

  /**
   * The rows an INSERT would write, for an INSTEAD OF trigger's {@code inserted}: as given, with
   * defaults and computed columns, no identity value drawn (NULL) and no constraint checked.
   */
  private List<Object[]> proposedInserts(DmlPlan.Insert p, List<Object[]> input, List<List<SqlType>> types, Frame frame) {
    EvalContext computing = computing(frame.eval);
    List<Object[]> out = new ArrayList<>();
    for (int r = 0; r < input.size(); r++) {
      Object[] row = suppliedRow(p, input.get(r), types.get(r), frame.eval, new boolean[p.target().table().columns().size()]);
      p.computed().fillAll(row, computing);
      out.add(row);
    }
    return out;
  }

  /**
   * Runs INSTEAD OF trigger {@code trigger} of {@code t} in place of the statement: its {@code
   * inserted} and {@code deleted} hold the rows the statement would have written and removed,
   * nothing is written, OUTPUT returns those rows as if they were, and the count is the statement's.
   */
  private long insteadOf(
      ResolvedTable t, dev.quern.catalog.meta.Trigger trigger, Set<String> assigned, List<Object[]> inserted,
      List<Object[]> deleted) {
    long n = Math.max(inserted.size(), deleted.size());
    for (int i = 0; i < n; i++) {
      changes.accept(i < deleted.size() ? deleted.get(i) : null, i < inserted.size() ? inserted.get(i) : null);
    }
    fire(t, List.of(trigger), assigned, inserted, deleted, n);
    return n;
  }

  void update(DmlPlan.Update p, Frame frame, ResultSink sink, dev.quern.engine.binder.DmlBinder binder) {
    try {
      updateUnguarded(p, frame, sink, binder);
    } catch (dev.quern.catalog.kv.KvConflictException e) {
      throw snapshotConflict(p.target());
    }
  }

  private void updateUnguarded(
      DmlPlan.Update p, Frame frame, ResultSink sink, dev.quern.engine.binder.DmlBinder binder) {
    loadJoined(p.where(), frame);
    lacked(p.target(), p.where(), p.seek());
    ResolvedTable t = p.target();
    Table table = t.table();
    dev.quern.engine.exec.op.HintedReads.lockTable(p.read().locks(), store(), t.catalog(), table);
    TableStore rows = open(t);
    // One execution: uncorrelated subqueries run once, correlated ones share their index spools.
    EvalContext ctx = frame.eval.forExecution();
    EvalContext computing = computing(ctx);
    List<byte[]> locators = new ArrayList<>();
    List<Object[]> olds = new ArrayList<>();
    DmlTop top = DmlTop.of(p.read(), ctx);
    long read = 0;
    try (RowCursor c = forUpdate(rows, p.seek(), t, ctx, p.read().locks())) {
      while (!top.reached(locators.size()) && c.next()) {
        state.checkCancelled();
        read++;
        Object[] row = c.row();
        p.computed().fillVirtual(row, computing);
        ctx.row = row;
        if (p.where() == null || p.where().eval(ctx) == Boolean.TRUE) {
          locators.add(c.locator());
          olds.add(row);
        }
      }
    }
    long matched = locators.size();
    top.trim(locators, olds);
    List<Object[]> news = new ArrayList<>();
    var instead = InsteadOfTriggers.of(state, t.catalog(), table.id(), "UPDATE");
    if (instead != null) {
      for (Object[] old : olds) {
        news.add(assignedRow(p, old, old, computing, ctx));
      }
      done(insteadOf(t, instead, assignedColumns(table, p.positions()), news, olds), frame, sink);
      return;
    }
    for (Object[] old : olds) {
      news.add(updatedRow(p, old, old, computing, ctx, "UPDATE"));
    }
    long n = firing(t, "UPDATE", assignedColumns(table, p.positions()), () -> checked(p.viewCheck(), frame, () -> {
      writeUpdates(t, p.positions(), locators, olds, news, binder, "UPDATE");
      return locators.size();
    }));
    done(n, frame, sink);
    ran(p, read, matched);
  }

  /**
   * The new version of target row {@code old} under {@code p}'s assignments, evaluated over {@code
   * over} (the old row itself, or MERGE's joined row), its computed columns filled and its NOT NULL,
   * CHECK and FOREIGN KEY constraints checked ({@code verb} names the statement in their errors).
   */
  Object[] updatedRow(
      DmlPlan.Update p, Object[] old, Object[] over, EvalContext computing, EvalContext ctx, String verb) {
    ResolvedTable t = p.target();
    Table table = t.table();
    Object[] row = assignedRow(p, old, over, computing, ctx);
    checkNulls(row, table, t, verb);
    checkConstraints(p.checks(), row, t, verb, ctx);
    ForeignKeys.checkParents(state, t, table, row, verb);
    return row;
  }

  /** {@code old} with {@code p}'s assignments made and its computed columns filled, nothing checked. */
  private Object[] assignedRow(DmlPlan.Update p, Object[] old, Object[] over, EvalContext computing, EvalContext ctx) {
    ResolvedTable t = p.target();
    Table table = t.table();
    Object[] row = old.clone();
    ctx.row = over;
    int nextVariable = 0;
    for (int i = 0; i < p.positions().length; i++) {
      nextVariable = assignVariables(p, i, nextVariable, over, row, ctx);
      int pos = p.positions()[i];
      Column c = table.columns().get(pos);
      BoundExpr e = p.values().get(i);
      row[pos] =
          e == null
              ? defaultValue(p.defaults().get(pos), c, t, ctx)
              : RowValues.toColumn(e.eval(ctx), StoreTypes.widen(c.type()), c, t);
    }
    assignVariables(p, p.positions().length, nextVariable, over, row, ctx);
    RowVersions.stampUpdated(row, RowVersions.position(table), state.store(), t.catalog(), t.database().id());
    p.computed().fillAll(row, computing);
    return row;
  }

  /**
   * Makes {@code p}'s variable assignments that come after the first {@code columns} column
   * assignments, from the {@code next}-th on; returns the index of the first one left. Each sees
   * the variables assigned before it, in this row and the rows before.
   */
  private static int assignVariables(
      DmlPlan.Update p, int columns, int next, Object[] over, Object[] row, EvalContext ctx) {
    List<DmlPlan.VariableSet> sets = p.variables();
    while (next < sets.size() && sets.get(next).after() <= columns) {
      DmlPlan.VariableSet v = sets.get(next++);
      ctx.row = v.overNewRow() ? row : over;
      ctx.variables[v.slot()] = v.value().eval(ctx);
      ctx.row = over;
    }
    return next;
  }

  /**
   * Writes rows {@code locators} (read as {@code olds}) as {@code news}, after the referencing
   * tables' actions; {@code positions} are the columns assigned (a unique key among them may swap
   * values between rows).
   */
  void writeUpdates(
      ResolvedTable t, int[] positions, List<byte[]> locators, List<Object[]> olds, List<Object[]> news,
      dev.quern.engine.binder.DmlBinder binder, String verb) {
    Table table = t.table();
    TableStore rows = open(t);
    TemporalRows temporal = TemporalRows.of(state, t);
    if (temporal != null) {
      olds.forEach(temporal::keep);
      news.forEach(temporal::stamp);
    }
    CascadedChanges cascaded = ForeignKeys.parentsUpdated(state, t, olds, news, binder, verb);
    if (changesUniqueKey(table, positions)) {
      // Rows may swap unique values: remove them all first, then write the new versions.
      for (byte[] loc : locators) {
        rows.delete(loc);
      }
      for (Object[] row : news) {
        rows.insert(row);
      }
    } else {
      for (int i = 0; i < locators.size(); i++) {
        rows.update(locators.get(i), news.get(i));
      }
    }
    for (int i = 0; i < olds.size(); i++) {
      changes.accept(olds.get(i), news.get(i));
    }
    fireCascaded(cascaded);
  }

  /**
   * Fires the AFTER triggers of the tables the referential actions of this statement changed, once
   * each, deepest first, before the statement's own table's (SQL Server fires them in the opposite
   * order of the cascade), with the rows each action deleted and wrote.
   */
  private void fireCascaded(CascadedChanges cascaded) {
    for (CascadedChanges.Change c : cascaded.changes()) {
      maintainViews(c.table(), c.event(), c.inserted(), c.deleted());
    }
    if (!triggersOn) {
      return;
    }
    for (CascadedChanges.Change c : cascaded.changes()) {
      List<dev.quern.catalog.meta.Trigger> triggers = TriggerFiring.triggers(state, c.table(), c.event());
      if (!triggers.isEmpty()) {
        fire(c.table(), triggers, c.assigned(), c.inserted(), c.deleted(), c.deleted().size());
      }
    }
  }

  void delete(DmlPlan.Delete p, Frame frame, ResultSink sink, dev.quern.engine.binder.DmlBinder binder) {
    try {
      deleteUnguarded(p, frame, sink, binder);
    } catch (dev.quern.catalog.kv.KvConflictException e) {
      throw snapshotConflict(p.target());
    }
  }

  private void deleteUnguarded(
      DmlPlan.Delete p, Frame frame, ResultSink sink, dev.quern.engine.binder.DmlBinder binder) {
    loadJoined(p.where(), frame);
    lacked(p.target(), p.where(), p.seek());
    dev.quern.engine.exec.op.HintedReads.lockTable(p.read().locks(), store(), p.target().catalog(), p.target().table());
    TableStore rows = open(p.target());
    // One execution: uncorrelated subqueries run once, correlated ones share their index spools.
    EvalContext ctx = frame.eval.forExecution();
    EvalContext computing = computing(ctx);
    List<byte[]> locators = new ArrayList<>();
    List<Object[]> olds = new ArrayList<>();
    DmlTop top = DmlTop.of(p.read(), ctx);
    long count = 0;
    try (RowCursor c = forUpdate(rows, p.seek(), p.target(), ctx, p.read().locks())) {
      while (!top.reached(locators.size()) && c.next()) {
        state.checkCancelled();
        count++;
        Object[] read = c.row();
        p.computed().fillVirtual(read, computing);
        ctx.row = read;
        if (p.where() == null || p.where().eval(ctx) == Boolean.TRUE) {
          locators.add(c.locator());
          olds.add(ctx.row);
        }
      }
    }
    long matched = locators.size();
    top.trim(locators, olds);
    var instead = InsteadOfTriggers.of(state, p.target().catalog(), p.target().table().id(), "DELETE");
    if (instead != null) {
      done(insteadOf(p.target(), instead, Set.of(), List.of(), olds), frame, sink);
      return;
    }
    long n = firing(p.target(), "DELETE", Set.of(), () -> {
      writeDeletes(p.target(), locators, olds, binder, "DELETE");
      return locators.size();
    });
    done(n, frame, sink);
    ran(p, count, matched);
  }

  /** Deletes rows {@code locators} (read as {@code olds}) after the referencing tables' actions. */
  void writeDeletes(
      ResolvedTable t, List<byte[]> locators, List<Object[]> olds, dev.quern.engine.binder.DmlBinder binder,
      String verb) {
    CascadedChanges cascaded = ForeignKeys.parentsDeleted(state, t, olds, binder, verb);
    TableStore rows = open(t);
    TemporalRows temporal = TemporalRows.of(state, t);
    if (temporal != null) {
      olds.forEach(temporal::keep);
    }
    for (byte[] loc : locators) {
      rows.delete(loc);
    }
    olds.forEach(old -> changes.accept(old, null));
    fireCascaded(cascaded);
  }

  /** UPDATE/DELETE … FROM: runs the join first, so the target scan can tell which rows it picked. */
  private void loadJoined(BoundExpr where, Frame frame) {
    if (where instanceof dev.quern.engine.plan.JoinedRows.Match m) {
      Operator op = new OperatorBuilder(frame.eval, state::checkCancelled, () -> {}).build(m.rows().query().root());
      List<Object[]> joined = new ArrayList<>();
      for (Object[] r; (r = op.next()) != null; ) {
        state.checkCancelled();
        joined.add(r);
      }
      m.rows().load(joined);
    }
  }

  /**
   * The rows an UPDATE or DELETE reads and locks: a key range when a seek applies, else all; each
   * locked exclusively, plus what the target's hints ask ({@code locks}: a range lock, NOWAIT or
   * READPAST; without them, UPDATE's own locking read).
   */
  /**
   * The index the WHERE of an UPDATE or DELETE lacked, counted (sys.dm_db_missing_index_*): found
   * here because Quern binds a statement over tables as it runs, so once per compilation.
   */
  private void lacked(ResolvedTable t, BoundExpr where, dev.quern.engine.plan.rules.KeySeek.Seek seek) {
    var m = seek == null
        ? dev.quern.engine.plan.rules.LackedIndex.of(t.table(), where, null, 0, false, null)
        : dev.quern.engine.plan.rules.LackedIndex.of(t.table(), where, seek.index(), seek.keys().size(),
            seek.low() != null || seek.high() != null, null);
    if (m != null) {
      dev.quern.engine.exec.op.MissingIndexUses.used(state, t.database().id(), t.table(), t.schemaQualified(), m);
    }
  }

  static RowCursor forUpdate(
      TableStore rows, dev.quern.engine.plan.rules.KeySeek.Seek seek, ResolvedTable t, EvalContext ctx,
      dev.quern.catalog.kv.ReadLocks locks) {
    RowCursor c = targetRows(rows, seek, t, ctx, locks);
    var io = ((dev.quern.engine.session.SessionState) ctx.functions).store().ioOf(t.database().id(), t.table());
    return io == null ? c : new CountedCursor(c, io);
  }

  private static RowCursor targetRows(
      TableStore rows, dev.quern.engine.plan.rules.KeySeek.Seek seek, ResolvedTable t, EvalContext ctx,
      dev.quern.catalog.kv.ReadLocks locks) {
    boolean hinted = !locks.equals(DmlPlan.TargetRead.ALL.locks());
    if (hinted) {
      dev.quern.engine.exec.op.HintedReads.check(locks, rows);
    }
    IndexUpdates.targetRead((dev.quern.engine.session.SessionState) ctx.functions, t, seek == null ? null : seek.index());
    KeyRange range = KeyRange.ALL;
    if (seek != null) {
      range =
          dev.quern.engine.store.SeekRanges.range(
              seek.keys(), seekEnd(seek.low()), seekEnd(seek.high()), seek.index(), t.table(), ctx);
      if (range == null) {
        return EmptyCursor.INSTANCE;
      }
    }
    if (seek == null || seek.index().holdsRows()) {
      return hinted ? rows.scan(range, false, null, locks) : rows.scanForUpdate(range, false);
    }
    return hinted ? rows.seek(seek.index(), range, false, locks) : rows.seekForUpdate(seek.index(), range, false);
  }

  private static dev.quern.engine.store.SeekRanges.End seekEnd(dev.quern.engine.plan.IndexSeekNode.Bound b) {
    return b == null ? null : new dev.quern.engine.store.SeekRanges.End(b.value(), b.inclusive());
  }

  /** No rows (a seek on NULL). */
  private enum EmptyCursor implements RowCursor {
    INSTANCE;

    @Override
    public boolean next() {
      return false;
    }

    @Override
    public byte[] locator() {
      throw new IllegalStateException("no row");
    }

    @Override
    public Object[] row() {
      throw new IllegalStateException("no row");
    }

    @Override
    public Object[] rowWithLobRefs() {
      throw new IllegalStateException("no row");
    }

    @Override
    public void close() {}
  }

  /** A context of its own for computed columns, so the statement's current row stays put. */
  static EvalContext computing(EvalContext ctx) {
    return new EvalContext(ctx.variables, ctx.functions);
  }

  private static boolean changesUniqueKey(Table table, int[] positions) {
    Set<Integer> changed = new HashSet<>();
    for (int pos : positions) {
      changed.add(table.columns().get(pos).columnId());
    }
    // A computed column may change with any column it reads.
    table.columns().stream().filter(c -> c.computed() != null).forEach(c -> changed.add(c.columnId()));
    for (Index i : table.indexes()) {
      if (i.unique() || i.kind() == dev.quern.catalog.meta.IndexKind.CLUSTERED) {
        for (IndexColumn k : i.keys()) {
          if (changed.contains(k.columnId())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Object defaultValue(BoundExpr e, Column c, ResolvedTable t, EvalContext ctx) {
    if (e == null) {
      return null;
    }
    Object[] saved = ctx.row;
    ctx.row = null;
    try {
      SqlType wide = StoreTypes.widen(c.type());
      return RowValues.toColumn(e.eval(ctx), wide, c, t);
    } finally {
      ctx.row = saved;
    }
  }

  /** A CHECK that is false (not unknown) for the new row is error 547. */
  private static void checkConstraints(
      List<DmlPlan.Check> checks, Object[] row, ResolvedTable t, String verb, EvalContext ctx) {
    Object[] saved = ctx.row;
    ctx.row = row;
    try {
      for (DmlPlan.Check c : checks) {
        if (c.condition().eval(ctx) == Boolean.FALSE) {
          throw SqlErrors.CHECK_CONFLICT.raise(
              verb, c.name(), t.database().name(), t.schemaQualified(),
              c.column() == null ? "" : ", column '" + c.column() + "'");
        }
      }
    } finally {
      ctx.row = saved;
    }
  }

  private static void checkNulls(Object[] row, Table table, ResolvedTable t, String verb) {
    for (int i = 0; i < row.length; i++) {
      Column c = table.columns().get(i);
      if (row[i] == null && !c.nullable() && (c.computed() == null || c.computed().persisted())) {
        throw SqlErrors.NULL_NOT_ALLOWED.raise(c.name(), t.fullyQualified(), verb);
      }
    }
  }

  void done(long n, Frame frame, ResultSink sink) {
    state.setRowCount(n);
    sink.done(state.sessionOptions().has(SessionOptions.NOCOUNT) ? -1 : n, frame.inProc);
  }
}
