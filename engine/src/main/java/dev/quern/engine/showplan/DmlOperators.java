package dev.quern.engine.showplan;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.plan.rules.KeySeek;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * INSERT, UPDATE and DELETE as showplan operators: a Clustered Index Insert/Update/Delete (Table
 * Insert/Update/Delete on a heap) over the rows it changes: the INSERT's source, or the target's
 * rows read by the seek Quern chose (or a scan) under the WHERE as a Filter; an Assert above it
 * when CHECK constraints test the new rows. Quern maintains nonclustered indexes inside that
 * operator, so, as in SQL Server's per-row plans, the operator names each index it maintains (an
 * Object each) and the plan has no separate Index operators. In an actual plan the operator's rows
 * are those it changed, the Filter's those the WHERE kept and the read's those it returned.
 */
public final class DmlOperators {
  private DmlOperators() {}

  /** The estimated plan of {@code plan}; null for an INSERT … EXEC, whose rows come from no query. */
  public static PlanOperator map(DmlPlan plan, OperatorMapper mapper) {
    return map(plan, mapper, null);
  }

  /** The plan of {@code plan}, with what it did when {@code actual} is set. */
  public static PlanOperator map(DmlPlan plan, OperatorMapper mapper, ActualCounts.Change actual) {
    if (plan instanceof DmlPlan.Insert i && i.source() == null) {
      return null;
    }
    List<DmlPlan.Check> checks = switch (plan) {
      case DmlPlan.Insert i -> i.checks();
      case DmlPlan.Update u -> u.checks();
      case DmlPlan.Delete d -> List.of();
    };
    int assertId = checks.isEmpty() ? -1 : mapper.nextId();
    int id = mapper.nextId();
    ResolvedTable target = plan.target();
    TableScanNode scan = scanOf(target);
    PlanOperator input = switch (plan) {
      case DmlPlan.Insert i -> mapper.map(i.source(), mapper.nextId());
      case DmlPlan.Update u -> mapper.map(read(scan, u.seek(), u.where(), actual, mapper), mapper.nextId());
      case DmlPlan.Delete d -> mapper.map(read(scan, d.seek(), d.where(), actual, mapper), mapper.nextId());
    };
    String logical = switch (plan) {
      case DmlPlan.Insert i -> "Insert";
      case DmlPlan.Update u -> "Update";
      case DmlPlan.Delete d -> "Delete";
    };
    XmlElement element = new XmlElement("Update").attr("DMLRequestSort", "0");
    String arg = objects(mapper.tables().target(scan), target.table(), maintained(plan), element);
    String set = setList(plan, mapper.tables().target(scan));
    if (set != null) {
      element.add(new XmlElement("SetPredicate").attr("SetPredicateType", logical).add(Scalars.text(set)));
      arg += ", SET:(" + set + ")";
    }
    PlanOperator op = change(mapper, id, target, logical, arg, element, input);
    if (actual != null) {
      op = op.withActuals(actual.changed(), 1);
    }
    return checks.isEmpty() ? op : checked(mapper, assertId, checks, op, actual);
  }

  /** The Clustered Index (or Table) operator {@code logical} of {@code target} over {@code input}. */
  static PlanOperator change(
      OperatorMapper mapper, int id, ResolvedTable target, String logical, String arg, XmlElement element,
      PlanOperator input) {
    boolean heap = target.table().rowIndex().kind() == IndexKind.HEAP;
    String physical = (heap ? "Table " : "Clustered Index ") + logical;
    double rows = input.estimateRows();
    return mapper.inner(id, physical, logical, rows, Estimates.FIRST_PAGE_IO * Math.max(1, rows / 100),
        Estimates.perRow(rows, 0.000001), List.of(), arg, null, element, -1, List.of(input));
  }

  /**
   * Adds an Object per index in {@code indexes} (the rows' index first) to {@code element};
   * returns SHOWPLAN_TEXT's {@code OBJECT:(…)} list of them.
   */
  static String objects(TableAccess.Target t, Table table, List<Index> indexes, XmlElement element) {
    List<String> names = new ArrayList<>();
    for (Index index : indexes) {
      element.add(t.object(index));
      names.add("OBJECT:(" + t.text() + (index.kind() == IndexKind.HEAP ? "" : ".[" + index.name() + "]") + ")");
    }
    return String.join(", ", names);
  }

  /**
   * The indexes a statement writes: the one holding the rows, then each enabled nonclustered index
   * (for an UPDATE, those holding a column it assigns).
   */
  static List<Index> maintained(DmlPlan plan) {
    Table table = plan.target().table();
    Set<Integer> assigned = null;
    if (plan instanceof DmlPlan.Update u) {
      assigned = new HashSet<>();
      for (int pos : u.positions()) {
        assigned.add(table.columns().get(pos).columnId());
      }
    }
    return maintained(table, assigned);
  }

  /** The indexes of {@code table} changed by writing columns {@code assigned} (null: whole rows). */
  static List<Index> maintained(Table table, Set<Integer> assigned) {
    List<Index> out = new ArrayList<>();
    out.add(table.rowIndex());
    for (Index i : table.indexes()) {
      if (!i.holdsRows() && !i.disabled() && (assigned == null || touches(i, assigned))) {
        out.add(i);
      }
    }
    return out;
  }

  private static boolean touches(Index i, Set<Integer> assigned) {
    for (IndexColumn k : i.keys()) {
      if (assigned.contains(k.columnId())) {
        return true;
      }
    }
    return i.includes().stream().anyMatch(assigned::contains);
  }

  /** SQL Server's SET list of an INSERT or UPDATE ({@code [db].[s].[t].[c] = value, …}); null for DELETE. */
  private static String setList(DmlPlan plan, TableAccess.Target t) {
    Table table = plan.target().table();
    List<String> out = new ArrayList<>();
    switch (plan) {
      case DmlPlan.Insert i -> {
        List<ColumnReference> source = OperatorMapper.computed(i.sourceColumns());
        for (int k = 0; k < i.positions().length && k < source.size(); k++) {
          out.add(column(t, table, i.positions()[k]) + " = " + source.get(k).text());
        }
      }
      case DmlPlan.Update u -> {
        for (int k = 0; k < u.positions().length; k++) {
          BoundExpr v = u.values().get(k);
          out.add(column(t, table, u.positions()[k]) + " = " + (v == null ? "DEFAULT" : v.toSql()));
        }
      }
      case DmlPlan.Delete d -> {
        return null;
      }
    }
    return out.isEmpty() ? null : String.join(",", out);
  }

  private static String column(TableAccess.Target t, Table table, int position) {
    return new ColumnReference(t.database(), t.schema(), t.table(), table.columns().get(position).name()).text();
  }

  /**
   * The Assert SQL Server puts above a change whose rows CHECK constraints test: its predicate is
   * 0 for a row that fails the first, 1 the second …, NULL for a row that passes.
   */
  private static PlanOperator checked(
      OperatorMapper mapper, int id, List<DmlPlan.Check> checks, PlanOperator change, ActualCounts.Change actual) {
    StringBuilder sql = new StringBuilder("CASE");
    for (int k = 0; k < checks.size(); k++) {
      sql.append(" WHEN NOT (").append(checks.get(k).condition().toSql()).append(") THEN (").append(k).append(')');
    }
    sql.append(" ELSE NULL END");
    XmlElement e = new XmlElement("Assert").attr("StartupExpression", "0");
    e.add(new XmlElement("Predicate").add(Scalars.text(sql.toString())));
    double rows = change.estimateRows();
    PlanOperator op = mapper.inner(id, "Assert", "Assert", rows, 0, Estimates.perRow(rows, 0.00000048), List.of(),
        "WHERE:(" + sql + ")", null, e, 0, List.of(change));
    return actual == null ? op : op.withActuals(actual.changed(), 1);
  }

  static TableScanNode scanOf(ResolvedTable target) {
    List<ResultColumn> columns = target.table().columns().stream()
        .map(c -> new ResultColumn(c.name(), c.type(), c.nullable()))
        .toList();
    return new TableScanNode(target.database().id(), target.schemaQualified(), target.table(), columns);
  }

  /** The read of the target's rows, with what it returned in an actual plan. */
  private static PlanNode read(
      TableScanNode scan, KeySeek.Seek seek, BoundExpr where, ActualCounts.Change actual, OperatorMapper mapper) {
    PlanNode rows = seek(scan, seek);
    if (actual != null) {
      mapper.actual(rows, actual.read(), 1);
    }
    if (where == null) {
      return rows;
    }
    FilterNode filter = new FilterNode(rows, where);
    if (actual != null) {
      mapper.actual(filter, actual.matched(), 1);
    }
    return filter;
  }

  /** The target's rows read by {@code seek}, or all of them. */
  static PlanNode seek(TableScanNode scan, KeySeek.Seek seek) {
    return seek == null ? scan : new IndexSeekNode(scan, seek.index(), seek.keys(), seek.low(), seek.high(), false);
  }
}
