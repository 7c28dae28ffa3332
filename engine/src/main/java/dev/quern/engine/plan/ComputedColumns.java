package dev.quern.engine.plan;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import java.util.List;

/**
 * A table's computed columns bound over its row ("Computed Columns" in SQL Server's docs): one
 * expression per row position, null where the column is not computed. Reads fill the columns that
 * are not stored (non-PERSISTED: computed every time they are read); writes fill them all, so that
 * PERSISTED values are stored and CHECK constraints and OUTPUT see every column. None reference
 * another computed column (error 1759), so the order they are filled in does not matter.
 */
public final class ComputedColumns {
  public static final ComputedColumns NONE = new ComputedColumns(new BoundExpr[0], new Column[0]);

  private final BoundExpr[] exprs;
  private final Column[] columns;
  private final boolean anyVirtual;

  /** {@code exprs} has one entry per column of {@code table} (null: not computed). */
  public ComputedColumns(Table table, List<BoundExpr> exprs) {
    this(exprs.toArray(BoundExpr[]::new), table.columns().toArray(Column[]::new));
  }

  private ComputedColumns(BoundExpr[] exprs, Column[] columns) {
    this.exprs = exprs;
    this.columns = columns;
    boolean virtual = false;
    for (int i = 0; i < exprs.length; i++) {
      virtual |= exprs[i] != null && !columns[i].stored();
    }
    this.anyVirtual = virtual;
  }

  /** Whether some computed column is not stored (reads must compute it). */
  public boolean hasVirtual() {
    return anyVirtual;
  }

  /**
   * Sets the non-persisted computed columns of a row just read. {@code ctx} must be one the caller
   * owns: its row is repointed.
   */
  public void fillVirtual(Object[] row, EvalContext ctx) {
    fill(row, ctx, false);
  }

  /** Sets every computed column of a row about to be written (see {@link #fillVirtual}). */
  public void fillAll(Object[] row, EvalContext ctx) {
    fill(row, ctx, true);
  }

  private void fill(Object[] row, EvalContext ctx, boolean stored) {
    ctx.row = row;
    for (int i = 0; i < exprs.length; i++) {
      BoundExpr e = exprs[i];
      if (e != null && (stored || !columns[i].stored())) {
        row[i] = convert(e.eval(ctx), e.type(), columns[i].type());
      }
    }
    ctx.row = null;
  }

  /** The column's type was derived from its expression; it differs only after a type change. */
  private static Object convert(Object v, SqlType from, SqlType to) {
    return v == null || from.equals(to) ? v : Conversions.convertImplicitly(v, from, to);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Computed(");
    for (int i = 0; i < exprs.length; i++) {
      if (exprs[i] != null) {
        sb.append(sb.length() > 9 ? ", " : "").append(columns[i].name()).append(" = ").append(exprs[i].toSql());
      }
    }
    return sb.append(')').toString();
  }
}
