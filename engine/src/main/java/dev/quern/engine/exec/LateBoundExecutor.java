package dev.quern.engine.exec;

import dev.quern.catalog.meta.Schema;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.CreateDatabaseStatement;
import dev.quern.engine.ast.CreateTableStatement;
import dev.quern.engine.ast.DeleteStatement;
import dev.quern.engine.ast.DropDatabaseStatement;
import dev.quern.engine.ast.DropTableStatement;
import dev.quern.engine.ast.InsertStatement;
import dev.quern.engine.ast.StorageStatement;
import dev.quern.engine.ast.TruncateTableStatement;
import dev.quern.engine.ast.UpdateStatement;
import dev.quern.engine.binder.BatchBinder;
import dev.quern.engine.binder.BindContext;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.StoreSession;
import java.util.function.BiFunction;

/**
 * Runs a statement over tables: opens its transaction (autocommit, or a statement inside the
 * user's transaction), binds it against the metadata of this moment, runs it, and commits or undoes
 * it. A failed statement leaves nothing behind; a deadlock victim loses its whole transaction. A
 * statement that finds a table's definition changed by a DDL that committed after it was bound
 * (it waited for that DDL's lock) is undone, bound again and run again, as SQL Server recompiles
 * it, if it had sent nothing yet.
 */
final class LateBoundExecutor {
  private final SessionState state;
  private final ChangeTrackingContexts contexts = new ChangeTrackingContexts();
  private final TransactionExecutor transactions;
  private final DdlExecutor ddl;
  private final DmlExecutor dml;
  private final BoundPlans plans;

  LateBoundExecutor(SessionState state, TransactionExecutor transactions) {
    this.state = state;
    this.plans = new BoundPlans(state);
    this.transactions = transactions;
    this.ddl = new DdlExecutor(state);
    this.dml = new DmlExecutor(state);
  }

  /**
   * Times a statement is bound again after finding a table changed under it, before it fails: each
   * time means another DDL of the table committed meanwhile, so only a stream of them exhausts it.
   */
  private static final int REBINDS = 10;

  Signal run(
      StatementPlan.LateBound l, Frame frame, ResultSink sink,
      BiFunction<StatementPlan, Frame, Signal> dispatch,
      java.util.function.UnaryOperator<ResultSink> redirect) {
    // Before the watch: the BEGIN TRANSACTION an implicit transaction reports is not the
    // statement's output, and the statement bound again runs in that same transaction.
    transactions.beginImplicitIfNeeded(sink);
    for (int attempt = 1; ; attempt++) {
      WatchedSink watched = WatchedSink.of(sink);
      try {
        return runOnce(l, frame, watched, dispatch, redirect);
      } catch (dev.quern.catalog.meta.StaleMetadataException e) {
        if (watched.sent || attempt > REBINDS) {
          throw e;
        }
        // Undone already (runOnce ended the statement): the next attempt binds the new definition.
      }
    }
  }

  private Signal runOnce(
      StatementPlan.LateBound l, Frame frame, ResultSink sink,
      BiFunction<StatementPlan, Frame, Signal> dispatch,
      java.util.function.UnaryOperator<ResultSink> redirect) {
    transactions.beginImplicitIfNeeded(sink);
    StoreSession store = state.store();
    java.util.List<String> copiedTable = RowCopyingDdl.target(l.statement());
    if (copiedTable != null && store.inSnapshotTransaction()) {
      state.transactions().rollbackAll(sink); // the transaction fails, as 3961's does
      throw SqlErrors.SNAPSHOT_DDL_NOT_ALLOWED.raise();
    }
    store.beginStatement(copiedTable != null);
    Signal sig;
    try {
      if (copiedTable != null) {
        RowCopyingDdl.lock(state, copiedTable);
      }
      sig = body(l, frame, sink, dispatch, redirect);
    } catch (TriggerAbort abort) {
      store.endStatement(false);
      if (store.inStatement()) {
        throw abort; // the statement that fired the outermost trigger ends the transaction
      }
      state.transactions().rollbackAll(sink);
      if (abort.rolledBack()) {
        throw SqlErrors.TRANSACTION_ENDED_IN_TRIGGER.raise();
      }
      if (abort.error() != null) {
        throw abort.error(); // to the CATCH block around this statement
      }
      throw new BatchAbortException();
    } catch (RuntimeException e) {
      RuntimeException mapped = translate(e);
      store.endStatement(false);
      if (mapped instanceof SqlException s
          && (s.number() == SqlErrors.DEADLOCK_VICTIM.number()
              || s.number() == SqlErrors.SNAPSHOT_UPDATE_CONFLICT.number()
              || s.number() == SqlErrors.SNAPSHOT_DDL_CONFLICT.number())) {
        state.transactions().rollbackAll(sink);
      }
      throw mapped;
    } catch (StackOverflowError | OutOfMemoryError e) {
      // The statement is undone like any failed one; Interpreter.guarded reports 8631 or 701 and
      // rolls the transaction back. Left open, the store's next statement found this one running.
      store.endStatement(false);
      throw e;
    }
    try {
      store.endStatement(true);
    } catch (RuntimeException e) {
      throw translate(e);
    }
    return sig;
  }

  private RuntimeException translate(RuntimeException e) {
    return StorageErrors.translate(e, state, this::schemaName);
  }

  private String schemaName(int schemaId) {
    try {
      var storage = state.store().storage();
      for (var catalog : java.util.List.of(storage.main(), storage.catalog(dev.quern.engine.store.Storage.TEMPDB_ID))) {
        var s = state.store().metadata(catalog).schema(schemaId);
        if (s.isPresent()) {
          return s.map(Schema::name).get();
        }
      }
    } catch (RuntimeException e) {
      // Only for a message: fall back to the default schema.
    }
    return "dbo";
  }

  /**
   * TABLOCK on a change's target: the table locked exclusively, before anything else of the
   * statement locks it shared (two such statements then queue rather than deadlock upgrading).
   */
  private void lockTable(java.util.List<String> name) {
    dev.quern.engine.store.ObjectNames.table(state.store(), state.databaseName(), name)
        .ifPresent(t -> state.store().lockTableExclusively(t.catalog(), t.table()));
  }

  /**
   * Name-resolution errors SQL Server raises compiling a statement when it first runs: invalid
   * column, object and ambiguous column names, unbound multi-part identifiers.
   */
  private static final java.util.Set<Integer> NAME_RESOLUTION = java.util.Set.of(207, 208, 209, 4104);

  /** {@code bind}, its name-resolution errors ending the frame's scope (SqlException#endingScope). */
  private static <T> java.util.function.Supplier<T> compiling(Frame frame, java.util.function.Supplier<T> bind) {
    return () -> {
      try {
        return bind.get();
      } catch (SqlException e) {
        throw deferredCompileError(e, frame);
      }
    };
  }

  private static SqlException deferredCompileError(SqlException e, Frame frame) {
    return NAME_RESOLUTION.contains(e.number()) ? e.endingScope(frame) : e;
  }

  private Signal body(
      StatementPlan.LateBound l, Frame frame, ResultSink sink,
      BiFunction<StatementPlan, Frame, Signal> dispatch,
      java.util.function.UnaryOperator<ResultSink> redirect) {
    BindContext bind = (BindContext) l.scope();
    if (!(l.statement() instanceof StorageStatement s)) {
      StatementPlan plan =
          plans.bind(l, compiling(frame, () -> new BatchBinder(bind).statement(l.statement())), p -> !(p instanceof StatementPlan.LateBound));
      if (plan instanceof StatementPlan.LateBound again) {
        throw again.error() != null ? deferredCompileError(again.error(), frame) : SqlErrors.INTERNAL_ERROR.raise();
      }
      return dispatch.apply(plan, frame);
    }
    DmlBinder binder = new DmlBinder(bind, state);
    // The DDL events it raises (none for DML), worked out before it runs: what exists then decides them.
    java.util.List<DdlEvent> events = DdlEvents.of(state, s);
    try {
      DdlPermissions.check(state, s);
      switch (s) {
        case CreateTableStatement c -> ddl.createTable(c, bind);
        case DropTableStatement d -> ddl.dropTable(d);
        case TruncateTableStatement t -> ddl.truncate(t);
        case CreateDatabaseStatement c -> ddl.createDatabase(c);
        case DropDatabaseStatement d -> ddl.dropDatabase(d);
        case dev.quern.engine.ast.SetIdentityInsertStatement i -> ddl.identityInsert(i);
        case dev.quern.engine.ast.CreateIndexStatement c -> new IndexDdl(state, bind).create(c);
        case dev.quern.engine.ast.TableMaintenanceStatement m -> new TableMaintenance(state).run(m, sink);
        case dev.quern.engine.ast.StatisticsStatement st -> new StatisticsDdl(state).run(st, sink);
        case dev.quern.engine.ast.AlterDatabaseStatement a -> new DatabaseOptionsDdl(state).alter(a);
        case dev.quern.engine.ast.BulkInsertStatement b -> {
          new BulkInsertExecutor(state, dml, binder).run(b, frame, sink);
          return Signal.NORMAL;
        }
        case dev.quern.engine.ast.BackupStatement b -> new dev.quern.engine.backup.BackupExecutor(state).run(b, sink);
        case dev.quern.engine.ast.RestoreStatement r -> new dev.quern.engine.backup.RestoreExecutor(state).run(r, sink);
        case dev.quern.engine.ast.CheckpointStatement c -> state.store().storage().catalog(state.databaseId()).store().checkpoint();
        case dev.quern.engine.ast.DropIndexStatement d -> new IndexDdl(state).drop(d);
        case dev.quern.engine.ast.CreateViewStatement v -> new ViewDdl(state, bind).create(v);
        case dev.quern.engine.ast.DropViewStatement d -> new ViewDdl(state, bind).drop(d);
        case dev.quern.engine.ast.CreateProcedureStatement p -> new ModuleDdl(state).create(p);
        case dev.quern.engine.ast.DropProcedureStatement d -> new ModuleDdl(state).drop(d);
        case dev.quern.engine.ast.CreateFunctionStatement f -> new ModuleDdl(state).create(f);
        case dev.quern.engine.ast.DropFunctionStatement d -> new ModuleDdl(state).drop(d);
        case dev.quern.engine.ast.CreateTriggerStatement t -> new TriggerDdl(state).create(t);
        case dev.quern.engine.ast.DropTriggerStatement d -> new TriggerDdl(state).drop(d);
        case dev.quern.engine.ast.EnableTriggerStatement e -> new TriggerDdl(state).enable(e);
        case dev.quern.engine.ast.SecurityStatement sec -> new SecurityDdl(state).run(sec.command(), sink);
        case dev.quern.engine.ast.CreateSchemaStatement c -> new SchemaDdl(state).create(c);
        case dev.quern.engine.ast.DropSchemaStatement d -> new SchemaDdl(state).drop(d);
        case dev.quern.engine.ast.AlterTableStatement a -> new AlterTableDdl(state, bind).alter(a, sink);
        case dev.quern.engine.ast.CreateSequenceStatement c -> new SequenceDdl(state).create(c);
        case dev.quern.engine.ast.DropSequenceStatement d -> new SequenceDdl(state).drop(d);
        case dev.quern.engine.ast.AlterSequenceStatement a -> new SequenceDdl(state).alter(a);
        case dev.quern.engine.ast.CreateTypeStatement c -> new TypeDdl(state).create(c);
        case dev.quern.engine.ast.DropTypeStatement d -> new TypeDdl(state).drop(d);
        case dev.quern.engine.ast.CreateSynonymStatement c -> new SynonymDdl(state).create(c);
        case dev.quern.engine.ast.DropSynonymStatement d -> new SynonymDdl(state).drop(d);
        case dev.quern.engine.ast.ExternalLibraryStatement x -> new ExternalLibraryDdl(state, binder, frame).run(x);
        case dev.quern.engine.ast.XmlSchemaCollectionStatement x -> new XmlSchemaCollectionDdl(state, binder, frame).run(x);
        case dev.quern.engine.ast.PartitionStatement p -> new PartitionDdl(state, binder, frame).run(p, sink);
        case dev.quern.engine.ast.EncryptionStatement e -> new EncryptionDdl(state).run(e, sink);
        case dev.quern.engine.ast.FullTextStatement f -> new dev.quern.engine.fulltext.FullTextDdl(state).run(f);
        case dev.quern.engine.ast.ChangeTrackingContextStatement c -> {
          byte[] before = state.store().changeContext(ChangeTrackingContexts.value(binder, c.context(), frame.eval));
          try {
            return body(contexts.inner(l, c.body()), frame, sink, dispatch, redirect);
          } finally {
            state.store().changeContext(before);
          }
        }
        case InsertStatement i -> {
          if (i.tableLock()) {
            lockTable(i.table());
          }
          var plan = plans.bind(l, compiling(frame, () -> binder.insert(i)), p -> true);
          if (plan.exec() == null) {
            dml.insert(plan, frame, sink);
          } else {
            CapturingSink capture = new CapturingSink(sink);
            ResultSink previous = redirect.apply(capture);
            try {
              dispatch.apply(plan.exec(), frame);
            } finally {
              redirect.apply(previous);
            }
            dml.insertRows(plan, capture.rows(), capture.types(), frame, sink);
          }
          return Signal.NORMAL;
        }
        case UpdateStatement u -> {
          dml.update(plans.bind(l, compiling(frame, () -> binder.update(u)), p -> !(p.where() instanceof dev.quern.engine.plan.JoinedRows.Match)), frame, sink, binder);
          return Signal.NORMAL;
        }
        case dev.quern.engine.ast.SelectIntoStatement si -> {
          new SelectIntoExecutor(state, dml).run(si, bind, frame, sink);
          return Signal.NORMAL;
        }
        case dev.quern.engine.ast.DeclareTableStatement dt -> new TableVariableDdl(state, ddl).declare(dt, bind);
        case dev.quern.engine.ast.OutputStatement o -> {
          new OutputExecutor(state, dml).run(o, bind, binder, frame, sink);
          return Signal.NORMAL;
        }
        case dev.quern.engine.ast.MergeStatement m -> {
          var plan = plans.bind(l, compiling(frame, () -> new dev.quern.engine.binder.MergeBinder(bind, binder).bind(m)), p -> true);
          new MergeExecutor(state, dml).run(plan, frame, sink, binder);
          return Signal.NORMAL;
        }
        case dev.quern.engine.ast.PositionedStatement p -> {
          new PositionedDml(state, dml).run(p, binder, frame, sink);
          return Signal.NORMAL;
        }
        case DeleteStatement d -> {
          dml.delete(plans.bind(l, compiling(frame, () -> binder.delete(d)), p -> !(p.where() instanceof dev.quern.engine.plan.JoinedRows.Match)), frame, sink, binder);
          return Signal.NORMAL;
        }
      }
    } catch (SqlException e) {
      // A view is no DML target (208), unless an INSTEAD OF trigger makes it one: looked for only
      // then, so statements against tables pay nothing for it.
      if (e.number() == SqlErrors.INVALID_OBJECT.number() && new ViewInsteadOf(state, dml).run(s, bind, frame, sink)) {
        return Signal.NORMAL;
      }
      // Errors found while binding at run time end the statement, not the batch.
      throw e.abort() == dev.quern.engine.error.Abort.COMPILE
          ? e.withAbort(dev.quern.engine.error.Abort.STATEMENT)
          : e;
    }
    DdlTriggerFiring.fire(state, events, l);
    sink.done(-1, frame.inProc);
    return Signal.NORMAL;
  }
}
