package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.store.ResolvedTable;
import java.util.List;

/**
 * A bound INSERT, UPDATE or DELETE over one table. {@code defaults} has one entry per table column:
 * its DEFAULT expression converted to the column's type, or null when it has none; {@code
 * computed} fills the table's computed columns of the rows read and written.
 */
public sealed interface DmlPlan {
  ResolvedTable target();

  /** A CHECK constraint bound over the table's row; {@code column} is set for a column check. */
  record Check(String name, BoundExpr condition, String column) {}

  /**
   * How an UPDATE or DELETE reads its target's rows: at most {@code top} of those matching (null:
   * all; with {@code percent}, that share of them, rounded up), under {@code locks} (always
   * exclusive rows; the hints may add a range lock, NOWAIT or READPAST).
   */
  record TargetRead(BoundExpr top, boolean percent, dev.quern.catalog.kv.ReadLocks locks) {
    /** No TOP, no hint: every matching row, locked exclusively, waiting as the session does. */
    public static final TargetRead ALL =
        new TargetRead(
            null,
            false,
            new dev.quern.catalog.kv.ReadLocks(
                dev.quern.catalog.kv.ReadLocks.Rows.EXCLUSIVE, false, dev.quern.catalog.kv.ReadLocks.Wait.AS_SESSION));
  }

  /**
   * INSERT: {@code source} yields rows whose i-th value goes to table column {@code positions[i]}
   * ({@link ValuesNode#DEFAULT} meaning that column's default); other columns get their default,
   * identity or NULL. With {@code exec} set (INSERT … EXEC) the rows are the result sets of that
   * statement instead, and {@code source} is null. {@code viewCheck}: the CHECK OPTION of the view
   * the INSERT goes through, or null.
   */
  record Insert(
      ResolvedTable target, int[] positions, PlanNode source, List<ResultColumn> sourceColumns,
      List<BoundExpr> defaults, List<Check> checks, StatementPlan exec, ComputedColumns computed,
      ViewCheck viewCheck)
      implements DmlPlan {
    public Insert(
        ResolvedTable target, int[] positions, PlanNode source, List<ResultColumn> sourceColumns,
        List<BoundExpr> defaults, List<Check> checks, StatementPlan exec, ComputedColumns computed) {
      this(target, positions, source, sourceColumns, defaults, checks, exec, computed, null);
    }

    /** This INSERT through a view whose CHECK OPTION {@code check} is. */
    public Insert checked(ViewCheck check) {
      return new Insert(target, positions, source, sourceColumns, defaults, checks, exec, computed, check);
    }

    public Insert(
        ResolvedTable target, int[] positions, PlanNode source, List<ResultColumn> sourceColumns,
        List<BoundExpr> defaults, List<Check> checks, StatementPlan exec) {
      this(target, positions, source, sourceColumns, defaults, checks, exec, ComputedColumns.NONE);
    }
  }

  /**
   * UPDATE: for each row of the table matching {@code where} (null: all), column {@code
   * positions[i]} becomes {@code values[i]} evaluated over the old row (null: its default). {@code
   * viewCheck}: the CHECK OPTION of the view the UPDATE goes through, or null.
   */
  record Update(
      ResolvedTable target, BoundExpr where, int[] positions, List<BoundExpr> values,
      List<BoundExpr> defaults, List<Check> checks, dev.quern.engine.plan.rules.KeySeek.Seek seek,
      ComputedColumns computed, TargetRead read, ViewCheck viewCheck, List<VariableSet> variables)
      implements DmlPlan {
    public Update(
        ResolvedTable target, BoundExpr where, int[] positions, List<BoundExpr> values,
        List<BoundExpr> defaults, List<Check> checks, dev.quern.engine.plan.rules.KeySeek.Seek seek,
        ComputedColumns computed, TargetRead read) {
      this(target, where, positions, values, defaults, checks, seek, computed, read, null, List.of());
    }

    /** This UPDATE through a view whose CHECK OPTION {@code check} is. */
    public Update checked(ViewCheck check) {
      return new Update(target, where, positions, values, defaults, checks, seek, computed, read, check, variables);
    }

    /** This UPDATE also assigning {@code sets} to variables for each row. */
    public Update assigning(List<VariableSet> sets) {
      return new Update(target, where, positions, values, defaults, checks, seek, computed, read, viewCheck, sets);
    }
  }

  /**
   * A variable UPDATE's SET list assigns for each row, in the order written: after the first
   * {@code after} column values are computed. {@code value} reads the old row, or the new one when
   * {@code overNewRow} ({@code @v = column = value}).
   */
  record VariableSet(int slot, BoundExpr value, int after, boolean overNewRow) {}

  /**
   * WITH CHECK OPTION of a view an INSERT or UPDATE goes through: {@code rows} yields the full
   * base-table row of every row the view shows; each row the statement writes must be among them
   * after it wrote (550 otherwise).
   */
  record ViewCheck(QueryPlan rows) {}

  /**
   * DELETE: every row of the table matching {@code where} (null: all). {@code seek}, when set,
   * narrows the rows read (and locked) to an index range; {@code where} still decides.
   */
  record Delete(
      ResolvedTable target, BoundExpr where, dev.quern.engine.plan.rules.KeySeek.Seek seek,
      ComputedColumns computed, TargetRead read)
      implements DmlPlan {}
}
