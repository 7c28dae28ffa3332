package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.OutputClause;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Binds an OUTPUT clause over a changed row laid out as {@code deleted} columns then {@code
 * inserted} columns (each the target table's columns). INSERT has no {@code deleted} row and DELETE
 * no {@code inserted} one: naming them is 4104, as in SQL Server.
 */
public final class OutputBinder {
  /** The output's result columns and, for each, its value over the combined row. */
  public record Bound(List<ResultColumn> columns, List<BoundExpr> values) {}

  private final BindContext bind;

  public OutputBinder(BindContext bind) {
    this.bind = bind;
  }

  /** Whether a changed row has a {@code deleted} (or {@code inserted}) side. */
  public enum Side {
    /** Never (INSERT's deleted, DELETE's inserted): naming it does not bind. */
    ABSENT,
    /** Always. */
    ALWAYS,
    /** For some rows only (MERGE): its columns are NULL for the others, so all are nullable. */
    SOMETIMES
  }

  /**
   * The target's columns as a statement shows them: per table position, its name (null: not
   * shown, as through a view that leaves it out); {@code order}, the positions {@code *} lists.
   */
  public record Shown(List<String> names, List<Integer> order) {
    static Shown all(ResolvedTable target) {
      List<String> names = target.table().columns().stream().map(Column::name).toList();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        order.add(i);
      }
      return new Shown(names, order);
    }
  }

  public Bound bind(OutputClause output, ResolvedTable target, boolean hasDeleted, boolean hasInserted) {
    return bind(
        output, target, Shown.all(target), hasDeleted ? Side.ALWAYS : Side.ABSENT,
        hasInserted ? Side.ALWAYS : Side.ABSENT, List.of(), List.of());
  }

  /**
   * As {@link #bind(OutputClause, ResolvedTable, boolean, boolean)} over a row that carries {@code
   * extra} columns after the inserted ones, each under its qualifier in {@code extraQualifiers}
   * (MERGE: {@code $action} and the source's columns).
   */
  public Bound bind(
      OutputClause output, ResolvedTable target, Shown shown, Side deletedSide, Side insertedSide,
      List<ResultColumn> extra, List<String> extraQualifiers) {
    boolean hasDeleted = deletedSide != Side.ABSENT;
    boolean hasInserted = insertedSide != Side.ABSENT;
    List<ResultColumn> deletedColumns = sideColumns(target, shown, deletedSide);
    List<ResultColumn> insertedColumns = sideColumns(target, shown, insertedSide);
    int n = deletedColumns.size();
    List<ResultColumn> all = new ArrayList<>(deletedColumns);
    all.addAll(insertedColumns);
    List<String> qualifiers = new ArrayList<>();
    // A side the statement does not have, or a column not shown, gets no usable qualifier, so naming it cannot bind.
    for (int i = 0; i < n; i++) {
      qualifiers.add(hasDeleted && shown.names().get(i) != null ? "deleted" : "\0");
    }
    for (int i = 0; i < n; i++) {
      qualifiers.add(hasInserted && shown.names().get(i) != null ? "inserted" : "\0");
    }
    all.addAll(extra);
    qualifiers.addAll(extraQualifiers);
    ColumnScope scope = new ColumnScope(null, all, qualifiers);
    ExpressionBinder exprs = new ExpressionBinder(bind, scope, null, "OUTPUT");
    List<ResultColumn> columns = new ArrayList<>();
    List<BoundExpr> values = new ArrayList<>();
    for (SelectItem item : output.items()) {
      switch (item) {
        case SelectItem.Star star -> {
          String q = star.qualifier();
          boolean deleted = q != null && q.equalsIgnoreCase("deleted") && hasDeleted;
          boolean inserted = q != null && q.equalsIgnoreCase("inserted") && hasInserted;
          if (!deleted && !inserted) {
            throw SqlErrors.MULTIPART_NOT_BOUND.raise((q == null ? "" : q + ".") + "*");
          }
          int base = deleted ? 0 : n;
          for (int i : shown.order()) {
            ResultColumn c = all.get(base + i);
            columns.add(c);
            values.add(new ColumnExpr(base + i, c.name(), c.type(), c.nullable()));
          }
        }
        case SelectItem.Column col -> {
          BoundExpr v = exprs.value(col.expr());
          String name = col.alias() != null ? col.alias()
              : col.expr() instanceof ColumnRef r ? r.parts().getLast() : "";
          columns.add(new ResultColumn(name, v.type(), v.nullable()));
          values.add(v);
        }
        case SelectItem.Assign a -> throw SqlErrors.SYNTAX_NEAR.raise("=");
      }
    }
    return new Bound(List.copyOf(columns), List.copyOf(values));
  }

  private static List<ResultColumn> sideColumns(ResolvedTable target, Shown shown, Side side) {
    List<ResultColumn> out = new ArrayList<>();
    List<Column> columns = target.table().columns();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      String name = shown.names().get(i) == null ? "\0" : shown.names().get(i);
      out.add(new ResultColumn(name, c.type(), c.nullable() || side == Side.SOMETIMES));
    }
    return out;
  }
}
