package dev.quern.engine.exec;

import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.TableStore;
import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.exec.op.Operator;
import dev.quern.engine.exec.op.OperatorBuilder;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.MergePlan;
import dev.quern.engine.plan.ValuesNode;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs MERGE. The source's rows are read first, then the target's (locked, as UPDATE locks them,
 * plus what its hints ask): all of them, or with a key seek those each source row may match; then
 * the two are joined, and each joined row takes the first WHEN clause of its kind whose AND holds. A target row that two joined rows would update or delete is 8672. Nothing is
 * written before every action is chosen and every new row is built and checked (Halloween
 * protection); then the deletes, the updates and the inserts go through {@link DmlExecutor}'s
 * writes, with their constraint, index and foreign-key work, naming MERGE in their errors. The
 * count (and @@ROWCOUNT) is every row inserted, updated and deleted.
 */
final class MergeExecutor {
  private static final String VERB = "MERGE";

  private final SessionState state;
  private final DmlExecutor dml;

  MergeExecutor(SessionState state, DmlExecutor dml) {
    this.state = state;
    this.dml = dml;
  }

  /** A joined row's chosen action: {@code target} is the target row's index (-1: an insert). */
  private static final class Chosen {
    final MergePlan.Action action;
    final Object[] joined;
    final int target;
    Object[] deleted;
    Object[] inserted;

    Chosen(MergePlan.Action action, Object[] joined, int target) {
      this.action = action;
      this.joined = joined;
      this.target = target;
    }
  }

  /**
   * Runs {@code p}. The plan may be a session's cached one, run again later: the rows loaded into
   * it are let go at the end, so it holds none between runs.
   */
  void run(MergePlan p, Frame frame, ResultSink sink, DmlBinder binder) {
    try {
      runUnguarded(p, frame, sink, binder);
    } catch (dev.quern.catalog.kv.KvConflictException e) {
      throw DmlExecutor.snapshotConflict(p.target());
    } finally {
      p.sourceRows().load(null);
      p.targetRows().load(null);
      p.current().row = null;
    }
  }

  private void runUnguarded(MergePlan p, Frame frame, ResultSink sink, DmlBinder binder) {
    for (String event : List.of("INSERT", "UPDATE", "DELETE")) {
      dml.refuseInsteadOf(p.target(), event); // before any row is written
    }
    if (p.output() != null && p.output().into() != null) {
      TriggerFiring.refuseOutputInto(state, p.output().into().target());
    }
    if (p.output() != null && p.output().into() == null) {
      TriggerFiring.refuseOutputToClient(state, p.target(), p.target().table().name(), events(p));
    }
    EvalContext ctx = frame.eval;
    DmlTop top = DmlTop.of(p.read(), ctx);
    List<byte[]> locators = new ArrayList<>();
    List<Object[]> olds = new ArrayList<>();
    List<Object[]> sourceRows = rows(p.source(), ctx);
    p.sourceRows().load(sourceRows);
    readTarget(p, sourceRows, ctx, locators, olds);
    List<Object[]> joined = rows(p.join(), ctx);
    Object[] saved = ctx.row;
    List<Chosen> chosen;
    try {
      chosen = choose(p, joined, olds.size(), ctx, top);
      if (p.output() != null && p.output().into() == null) {
        sink.columns(p.output().columns());
      }
      write(p, chosen, locators, olds, frame, binder);
    } finally {
      ctx.row = saved;
    }
    if (p.output() != null) {
      output(p, chosen, frame, sink);
    }
    fireTriggers(p, chosen);
    dml.done(chosen.size(), frame, sink);
    var actuals = state.actuals();
    if (actuals != null) {
      // For the actual plan (STATISTICS XML/PROFILE): one read of the target, or a seek per source row.
      long reads = p.seek() == null ? 1 : sourceRows.size();
      actuals.ran(new dev.quern.engine.showplan.ActualCounts.Merge(p, olds.size(), reads, chosen.size()));
    }
  }

  /**
   * Each action a WHEN clause names fires its triggers once, with that action's rows (or none);
   * @@ROWCOUNT in them is the whole statement's count.
   */
  private void fireTriggers(MergePlan p, List<Chosen> chosen) {
    ResolvedTable t = p.target();
    boolean deletes = false;
    boolean updates = false;
    boolean inserts = false;
    Set<String> assigned = new java.util.HashSet<>();
    for (List<MergePlan.Clause> clauses : List.of(p.matched(), p.notMatchedByTarget(), p.notMatchedBySource())) {
      for (MergePlan.Clause c : clauses) {
        switch (c.action()) {
          case MergePlan.Delete d -> deletes = true;
          case MergePlan.Update u -> {
            updates = true;
            assigned.addAll(DmlExecutor.assignedColumns(t.table(), u.plan().positions()));
          }
          case MergePlan.Insert i -> inserts = true;
        }
      }
    }
    if (inserts) {
      List<Object[]> rows = chosen.stream().filter(c -> c.action instanceof MergePlan.Insert).map(c -> c.inserted).toList();
      dml.fire(t, "INSERT", DmlExecutor.allColumns(t.table()), rows, List.of(), chosen.size());
    }
    if (updates) {
      List<Chosen> updated = chosen.stream().filter(c -> c.action instanceof MergePlan.Update).toList();
      dml.fire(t, "UPDATE", assigned, updated.stream().map(c -> c.inserted).toList(),
          updated.stream().map(c -> c.deleted).toList(), chosen.size());
    }
    if (deletes) {
      List<Object[]> rows = chosen.stream().filter(c -> c.action instanceof MergePlan.Delete).map(c -> c.deleted).toList();
      dml.fire(t, "DELETE", Set.of(), List.of(), rows, chosen.size());
    }
  }

  private List<Object[]> rows(dev.quern.engine.plan.PlanNode plan, EvalContext ctx) {
    Operator op = new OperatorBuilder(ctx, state::checkCancelled, () -> {}).build(plan);
    List<Object[]> out = new ArrayList<>();
    for (Object[] r; (r = op.next()) != null; ) {
      state.checkCancelled();
      out.add(r);
    }
    return out;
  }

  /**
   * Reads the target rows, locked: every row, or with a seek each source row's key (a row two
   * source rows seek is read once); the join reads them with their index appended.
   */
  private void readTarget(
      MergePlan p, List<Object[]> sourceRows, EvalContext ctx, List<byte[]> locators, List<Object[]> olds) {
    ResolvedTable t = p.target();
    dev.quern.engine.exec.op.HintedReads.lockTable(p.read().locks(), state.store(), t.catalog(), t.table());
    TableStore rows = dml.open(t);
    EvalContext computing = DmlExecutor.computing(ctx);
    List<Object[]> listed = new ArrayList<>();
    if (p.seek() == null) {
      try (RowCursor c = DmlExecutor.forUpdate(rows, null, t, ctx, p.read().locks())) {
        read(p, c, computing, null, locators, olds, listed);
      }
    } else {
      Set<java.nio.ByteBuffer> seen = new java.util.HashSet<>();
      Object[] saved = ctx.row;
      try {
        for (Object[] source : sourceRows) {
          p.current().row = source;
          try (RowCursor c = DmlExecutor.forUpdate(rows, p.seek(), t, ctx, p.read().locks())) {
            read(p, c, computing, seen, locators, olds, listed);
          }
        }
      } finally {
        ctx.row = saved;
        p.current().row = null;
      }
    }
    p.targetRows().load(listed);
  }

  private void read(
      MergePlan p, RowCursor c, EvalContext computing, Set<java.nio.ByteBuffer> seen, List<byte[]> locators,
      List<Object[]> olds, List<Object[]> listed) {
    while (c.next()) {
      state.checkCancelled();
      byte[] locator = c.locator();
      if (seen != null && !seen.add(java.nio.ByteBuffer.wrap(locator))) {
        continue;
      }
      Object[] row = c.row();
      p.computed().fillVirtual(row, computing);
      if (p.targetFilter() != null) {
        computing.row = row;
        if (p.targetFilter().eval(computing) != Boolean.TRUE) {
          continue; // outside the view the target is
        }
      }
      Object[] wide = Arrays.copyOf(row, p.width() + 1);
      wide[p.width()] = olds.size();
      locators.add(locator);
      olds.add(row);
      listed.add(wide);
    }
  }

  /** Each joined row's action, in join order: at most TOP of them; 8672 for a target row acted on twice. */
  private static List<Chosen> choose(MergePlan p, List<Object[]> joined, int targets, EvalContext ctx, DmlTop top) {
    boolean[] acted = new boolean[targets];
    List<Chosen> chosen = new ArrayList<>();
    int marker = p.width() + 1 + p.sourceWidth();
    for (Object[] r : joined) {
      if (top.reached(chosen.size())) {
        break;
      }
      Object index = r[p.width()];
      List<MergePlan.Clause> clauses =
          index == null ? p.notMatchedByTarget() : r[marker] != null ? p.matched() : p.notMatchedBySource();
      ctx.row = r;
      for (MergePlan.Clause c : clauses) {
        if (c.condition() != null && c.condition().eval(ctx) != Boolean.TRUE) {
          continue;
        }
        int target = index == null ? -1 : (Integer) index;
        if (target >= 0) {
          if (acted[target]) {
            throw SqlErrors.MERGE_ROW_TWICE.raise();
          }
          acted[target] = true;
        }
        chosen.add(new Chosen(c.action(), r, target));
        break;
      }
    }
    int keep = top.keep(chosen.size());
    return new ArrayList<>(chosen.subList(0, keep));
  }

  /**
   * Builds and checks every new row, then deletes, updates and inserts in that order (so a key a
   * row gives up can be taken by another), recording each action's deleted and inserted rows.
   */
  private void write(
      MergePlan p, List<Chosen> chosen, List<byte[]> locators, List<Object[]> olds, Frame frame,
      DmlBinder binder) {
    EvalContext ctx = frame.eval;
    EvalContext computing = DmlExecutor.computing(ctx);
    List<Chosen> deletes = new ArrayList<>();
    List<Chosen> updates = new ArrayList<>();
    List<Chosen> inserts = new ArrayList<>();
    Set<Integer> assigned = new LinkedHashSet<>();
    for (Chosen c : chosen) {
      state.checkCancelled();
      switch (c.action) {
        case MergePlan.Delete d -> {
          c.deleted = olds.get(c.target);
          deletes.add(c);
        }
        case MergePlan.Update u -> {
          c.deleted = olds.get(c.target);
          c.inserted = dml.updatedRow(u.plan(), c.deleted, c.joined, computing, ctx, VERB);
          Arrays.stream(u.plan().positions()).forEach(assigned::add);
          updates.add(c);
        }
        case MergePlan.Insert i -> inserts.add(c);
      }
    }
    ResolvedTable t = p.target();
    if (!deletes.isEmpty()) {
      dml.writeDeletes(t, locatorsOf(deletes, locators), deletes.stream().map(c -> c.deleted).toList(), binder, VERB);
    }
    if (!updates.isEmpty()) {
      dml.writeUpdates(
          t, assigned.stream().mapToInt(Integer::intValue).toArray(), locatorsOf(updates, locators),
          updates.stream().map(c -> c.deleted).toList(), updates.stream().map(c -> c.inserted).toList(), binder,
          VERB);
    }
    if (!inserts.isEmpty()) {
      insert(inserts, frame);
    }
    if (p.checkOption()) {
      checkOption(p, chosen, computing);
    }
  }

  /**
   * A MERGE through a view WITH CHECK OPTION: every row it updated or inserted must be one the
   * view shows (meet its WHERE), else 550, which ends the statement and so undoes the writes.
   */
  private static void checkOption(MergePlan p, List<Chosen> chosen, EvalContext computing) {
    if (p.targetFilter() == null) {
      return;
    }
    for (Chosen c : chosen) {
      if (c.inserted != null) {
        Object[] row = c.inserted.clone();
        p.computed().fillVirtual(row, computing);
        computing.row = row;
        if (p.targetFilter().eval(computing) != Boolean.TRUE) {
          throw SqlErrors.VIEW_CHECK_OPTION.raise();
        }
      }
    }
  }

  private static List<byte[]> locatorsOf(List<Chosen> chosen, List<byte[]> locators) {
    return chosen.stream().map(c -> locators.get(c.target)).toList();
  }

  /** The insert actions' values over their joined rows, inserted as INSERT … VALUES inserts them. */
  private void insert(List<Chosen> inserts, Frame frame) {
    MergePlan.Insert action = (MergePlan.Insert) inserts.getFirst().action;
    EvalContext ctx = frame.eval;
    List<Object[]> input = new ArrayList<>();
    for (Chosen c : inserts) {
      ctx.row = c.joined;
      Object[] values = new Object[action.values().size()];
      for (int i = 0; i < values.length; i++) {
        BoundExpr e = action.values().get(i);
        values[i] = e == null ? ValuesNode.DEFAULT : e.eval(ctx);
      }
      input.add(values);
    }
    List<SqlType> types = action.plan().sourceColumns().stream().map(ResultColumn::type).toList();
    List<Object[]> written = new ArrayList<>();
    dml.onChanges((old, row) -> written.add(row));
    try {
      dml.writeInserts(action.plan(), input, Collections.nCopies(input.size(), types), frame, VERB);
    } finally {
      dml.onChanges((old, row) -> {});
    }
    for (int i = 0; i < inserts.size(); i++) {
      inserts.get(i).inserted = written.get(i);
    }
  }

  /**
   * OUTPUT: per action, in join order, its values over the deleted row, the inserted row, {@code
   * $action} and the source row; to the client, or inserted INTO a table (that insert's count is
   * not the statement's).
   */
  /** The DML actions {@code p}'s WHEN clauses take: the trigger events it can fire. */
  private static java.util.Set<String> events(MergePlan p) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (List<MergePlan.Clause> clauses : List.of(p.matched(), p.notMatchedByTarget(), p.notMatchedBySource())) {
      for (MergePlan.Clause c : clauses) {
        out.add(switch (c.action()) {
          case MergePlan.Insert i -> "INSERT";
          case MergePlan.Update u -> "UPDATE";
          case MergePlan.Delete d -> "DELETE";
        });
      }
    }
    return out;
  }

  private void output(MergePlan p, List<Chosen> chosen, Frame frame, ResultSink sink) {
    MergePlan.Output out = p.output();
    EvalContext ctx = frame.eval;
    int n = p.width();
    List<Object[]> collected = new ArrayList<>();
    Object[] saved = ctx.row;
    try {
      for (Chosen c : chosen) {
        Object[] row = new Object[2 * n + 1 + p.sourceWidth()];
        if (c.deleted != null) {
          System.arraycopy(c.deleted, 0, row, 0, n);
        }
        if (c.inserted != null) {
          System.arraycopy(c.inserted, 0, row, n, n);
        }
        row[2 * n] = actionName(c.action);
        System.arraycopy(c.joined, n + 1, row, 2 * n + 1, p.sourceWidth());
        ctx.row = row;
        Object[] values = new Object[out.values().size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = out.values().get(i).eval(ctx);
        }
        if (out.into() == null) {
          sink.row(values);
        } else {
          collected.add(values);
        }
      }
    } finally {
      ctx.row = saved;
    }
    if (out.into() != null) {
      List<SqlType> types = out.columns().stream().map(ResultColumn::type).toList();
      dml.insertRows(out.into(), collected, Collections.nCopies(collected.size(), types), frame, OutputExecutor.SILENT);
    }
  }

  private static String actionName(MergePlan.Action a) {
    return switch (a) {
      case MergePlan.Insert i -> "INSERT";
      case MergePlan.Update u -> "UPDATE";
      case MergePlan.Delete d -> "DELETE";
    };
  }
}
