package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.store.ResolvedTable;
import java.util.List;

/**
 * A bound MERGE. {@code source} yields the source's rows, each followed by a non-null marker; they
 * are read first into {@code sourceRows}. {@code join} joins {@code targetRows} (the target's rows
 * read, each followed by its index among them) with them; its rows are laid out as the target's
 * {@code width} columns, the target index, the source's {@code sourceWidth} columns, the marker. A
 * NULL index means no target row (NOT MATCHED BY TARGET), a NULL marker no source row (NOT MATCHED
 * BY SOURCE). Each clause's condition and values are bound over that row. {@code seek}, when set,
 * reads the target rows each source row (put in {@code current}) may match instead of them all.
 * {@code targetFilter} (null: none), over a table row, keeps the rows of a view or common table
 * expression target with a WHERE; with {@code checkOption} (a view WITH CHECK OPTION) the rows the
 * statement writes must meet it too.
 */
public record MergePlan(
    ResolvedTable target, DmlPlan.TargetRead read, PlanNode source, RowListNode sourceRows,
    RowListNode targetRows, PlanNode join, int width, int sourceWidth, dev.quern.engine.plan.rules.KeySeek.Seek seek,
    SourceRowValue.Current current, List<Clause> matched, List<Clause> notMatchedByTarget,
    List<Clause> notMatchedBySource, ComputedColumns computed, BoundExpr targetFilter, boolean checkOption,
    Output output) {
  public MergePlan {
    matched = List.copyOf(matched);
    notMatchedByTarget = List.copyOf(notMatchedByTarget);
    notMatchedBySource = List.copyOf(notMatchedBySource);
  }

  /** A WHEN clause: its AND condition (null: none) and what it does. */
  public record Clause(BoundExpr condition, Action action) {}

  /** What a WHEN clause does to the rows it takes. */
  public sealed interface Action {}

  /** UPDATE SET …: {@code plan}'s positions and values (bound over the joined row), defaults and checks. */
  public record Update(DmlPlan.Update plan) implements Action {}

  /** DELETE. */
  public record Delete() implements Action {}

  /**
   * INSERT: {@code values[i]} (null: DEFAULT) goes to {@code plan}'s position i; the plan's
   * defaults, identity and checks apply as for INSERT.
   */
  public record Insert(DmlPlan.Insert plan, List<BoundExpr> values) implements Action {
    public Insert {
      values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
  }

  /**
   * The OUTPUT clause: {@code values} over a row of deleted columns, inserted columns, {@code
   * $action}, then the source's columns; {@code into} null sends the rows to the client.
   */
  public record Output(List<ResultColumn> columns, List<BoundExpr> values, DmlPlan.Insert into) {}
}
