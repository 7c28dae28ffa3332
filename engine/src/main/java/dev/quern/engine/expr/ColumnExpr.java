package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Collation;
import java.util.List;

/** A column of the current row, by position. */
public final class ColumnExpr extends BoundExpr {
  private final int index;
  private final String name;
  private final SqlType type;
  private final boolean nullable;
  private final boolean derived;
  private final boolean identity;
  private final boolean rowversion;
  private Collation collation;

  public ColumnExpr(int index, String name, SqlType type, boolean nullable) {
    this(index, name, type, nullable, false, false, false);
  }

  private ColumnExpr(
      int index, String name, SqlType type, boolean nullable, boolean derived, boolean identity,
      boolean rowversion) {
    this.index = index;
    this.name = name;
    this.type = type;
    this.nullable = nullable;
    this.derived = derived;
    this.identity = identity;
    this.rowversion = rowversion;
  }

  /** A column computed below (a grouping key, an aggregate): prints as the expression it holds. */
  public static ColumnExpr derived(int index, String sql, SqlType type, boolean nullable) {
    return new ColumnExpr(index, sql, type, nullable, true, false, false);
  }

  /**
   * This column, marked as a table's IDENTITY or rowversion column read as is (see
   * ResultColumn#identity and #rowversion).
   */
  public ColumnExpr fromTableColumn(boolean identity, boolean rowversion) {
    if (identity == this.identity && rowversion == this.rowversion) {
      return this;
    }
    ColumnExpr copy = new ColumnExpr(index, name, type, nullable, derived, identity, rowversion);
    copy.collation = collation;
    return copy;
  }

  /**
   * This column with the collation of the column it reads (implicit in SQL Server's collation
   * precedence); null leaves it the coercible default.
   */
  public ColumnExpr withCollation(Collation c) {
    if (c == collation) {
      return this;
    }
    ColumnExpr copy = new ColumnExpr(index, name, type, nullable, derived, identity, rowversion);
    copy.collation = c;
    return copy;
  }

  /** This column read from position {@code i} of another row layout, all else kept. */
  public ColumnExpr withIndex(int i) {
    if (i == index) {
      return this;
    }
    ColumnExpr copy = new ColumnExpr(i, name, type, nullable, derived, identity, rowversion);
    copy.collation = collation;
    return copy;
  }

  /** The implicit collation of the column read, null for none. */
  public Collation collation() {
    return collation;
  }

  public boolean identity() {
    return identity;
  }

  public boolean rowversion() {
    return rowversion;
  }

  public int index() {
    return index;
  }

  public String name() {
    return name;
  }

  @Override
  public SqlType type() {
    return type;
  }

  @Override
  public boolean nullable() {
    return nullable;
  }

  @Override
  public Object eval(EvalContext ctx) {
    return ctx.row[index];
  }

  @Override
  public String toSql() {
    return derived ? name : dev.quern.engine.ast.Names.quote(name);
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of();
  }
}
