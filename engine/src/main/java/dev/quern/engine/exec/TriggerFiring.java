package dev.quern.engine.exec;

import dev.quern.catalog.meta.Trigger;
import dev.quern.engine.binder.TriggerTables;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.TriggerFrame;
import dev.quern.engine.store.ResolvedTable;
import java.util.List;
import java.util.Set;

/**
 * Fires a table's AFTER triggers once a statement has changed its rows (once per statement, rows
 * or none): each body runs nested, in the statement's transaction, with {@code inserted} and
 * {@code deleted} readable and @@ROWCOUNT the statement's count; what it selects goes to the
 * client. A trigger does not fire itself again (RECURSIVE_TRIGGERS OFF); other nesting counts
 * toward the 32 levels of procedures (217), and stops at the first level while the server option
 * 'nested triggers' is 0 (INSTEAD OF triggers nest whatever it is).
 */
final class TriggerFiring {
  private TriggerFiring() {}

  /**
   * The enabled AFTER triggers of {@code t} that {@code event} (INSERT, UPDATE, DELETE) fires, in
   * firing order: the one sp_settriggerorder made first for it, the others, the last one.
   */
  static List<Trigger> triggers(SessionState state, ResolvedTable t, String event) {
    List<Trigger> all = state.store().metadata(t.catalog()).triggers(t.table().id());
    return all.isEmpty() ? all : all.stream().filter(tr -> !tr.disabled() && !tr.insteadOf() && tr.firesOn(event))
        .sorted(java.util.Comparator.comparingInt(tr -> tr.firstFor().contains(event) ? 0 : tr.lastFor().contains(event) ? 2 : 1))
        .toList();
  }

  /** 331: OUTPUT INTO a table with triggers (SQL Server refuses it rather than fire them). */
  static void refuseOutputInto(SessionState state, ResolvedTable target) {
    if (state.store().metadata(target.catalog()).triggers(target.table().id()).stream().anyMatch(t -> !t.disabled())) {
      throw dev.quern.engine.error.SqlErrors.OUTPUT_INTO_TRIGGERS.raise(target.schemaQualified());
    }
  }

  /**
   * 334: OUTPUT to the client (no INTO) from a table with an enabled trigger (AFTER or INSTEAD OF)
   * for one of the statement's {@code events}, which SQL Server refuses (SQLAlchemy's mssql dialect
   * and EF Core then fall back to SCOPE_IDENTITY or OUTPUT … INTO). {@code shown} is the target as
   * the statement names it.
   */
  static void refuseOutputToClient(SessionState state, ResolvedTable target, String shown, Set<String> events) {
    if (state.store().metadata(target.catalog()).triggers(target.table().id()).stream()
        .anyMatch(t -> !t.disabled() && events.stream().anyMatch(t::firesOn))) {
      throw dev.quern.engine.error.SqlErrors.OUTPUT_TO_CLIENT_TRIGGERS.raise(shown);
    }
  }

  static void fire(
      SessionState state, ResolvedTable t, List<Trigger> triggers, List<Object[]> inserted, List<Object[]> deleted,
      Set<String> assigned, long count) {
    List<Integer> ids = t.table().columns().stream().map(c -> c.columnId()).toList();
    fire(state, t.table().id(), TriggerTables.columns(t), ids, triggers, inserted, deleted, assigned, count);
  }

  /** Fires {@code triggers} of view {@code viewId}, whose columns' ids are their positions. */
  static void fire(
      SessionState state, int viewId, List<dev.quern.engine.api.ResultColumn> columns, List<Trigger> triggers,
      List<Object[]> inserted, List<Object[]> deleted, Set<String> assigned, long count) {
    List<Integer> positions = java.util.stream.IntStream.rangeClosed(1, columns.size()).boxed().toList();
    fire(state, viewId, columns, positions, triggers, inserted, deleted, assigned, count);
  }

  /**
   * Fires {@code triggers} of object {@code objectId} (a table, or a view for an INSTEAD OF
   * trigger) whose pseudo-tables have {@code columns}.
   */
  private static void fire(
      SessionState state, int objectId, List<dev.quern.engine.api.ResultColumn> columns, List<Integer> columnIds,
      List<Trigger> triggers, List<Object[]> inserted, List<Object[]> deleted, Set<String> assigned, long count) {
    for (Trigger trigger : triggers) {
      run(state, trigger, new TriggerFrame(trigger.id(), objectId, columns, columnIds, inserted, deleted, assigned), count);
    }
  }

  /**
   * Runs {@code trigger}'s body nested, in the firing statement's transaction, with {@code frame}
   * the firing under way and @@ROWCOUNT {@code count}; a ROLLBACK it ran ends the statement.
   */
  static void run(SessionState state, Trigger trigger, TriggerFrame frame, long count) {
    TriggerFrame running = state.trigger();
    if (running != null && running.triggerId() == trigger.id()) {
      return; // direct recursion: the trigger's own statement does not fire it again
    }
    if (running != null && !trigger.insteadOf() && state.server().external().configuration()
        .runValue(dev.quern.engine.external.ServerConfiguration.NESTED_TRIGGERS) == 0) {
      return; // 'nested triggers' 0: an AFTER trigger's statements fire no AFTER trigger
    }
    ProcedureHost host = state.host();
    state.triggers().push(frame);
    long rowCount = state.rowCount();
    state.setRowCount(count);
    try {
      BatchPlan plan = host.compile(body(state, trigger, frame.tableId(), frame.columns()), List.of(), "");
      // A trigger is a module of the table's owner: its statements are covered by the ownership chain.
      state.security().enterModule(frame.ddl()
          // A DDL trigger belongs to the database (or server) rather than a schema: dbo's module.
          ? new dev.quern.engine.session.SessionSecurity.Module(
              state.databaseId(), "dbo", dev.quern.engine.security.Principals.DBO_ID)
          : dev.quern.engine.session.Modules.of(state, trigger));
      try {
        host.runTrigger(plan, new Object[plan.frameSize()], trigger.name());
      } finally {
        state.security().exitModule();
      }
    } finally {
      state.triggers().pop();
      state.setRowCount(rowCount);
    }
    if (frame.rolledBack()) {
      throw new TriggerAbort(true, null);
    }
  }

  /**
   * The body to compile: its statements bind inside the firing statement, {@code inserted} and
   * {@code deleted} with the table's columns, so the text compiled names the trigger and the
   * table's shape in a leading comment (the compiled-plan cache is keyed by text).
   */
  private static String body(
      SessionState state, Trigger trigger, int objectId, List<dev.quern.engine.api.ResultColumn> columns) {
    boolean quoted = state.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    String key = "TR" + (quoted ? "Q:" : "N:") + trigger.definition();
    Parser.StoredTrigger parsed;
    if (state.storedProcedurePlans().get(key) instanceof Parser.StoredTrigger cached) {
      parsed = cached;
    } else {
      parsed = Parser.parseTrigger(trigger.definition(), quoted);
      state.storedProcedurePlans().put(key, parsed);
    }
    return "/*trigger " + trigger.id() + " on " + objectId + " " + java.util.Objects.hashCode(columns) + "*/"
        + parsed.body();
  }
}
