package dev.quern.engine.expr;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.PartitionFunction;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import dev.quern.engine.error.PartitionErrors;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * {@code [database.]$PARTITION.function(expression)} ("$PARTITION (Transact-SQL)"): the 1-based
 * number of the partition the value falls in under the function, an int. The function is looked
 * up by name as the expression runs (a plan kept across SPLIT or MERGE RANGE sees the new
 * boundaries); the value was converted to the parameter type when bound.
 */
public final class PartitionNumberExpr extends BoundExpr {
  private final int databaseId;
  private final String function;
  private final BoundExpr value;
  private final String sql;
  /**
   * The function as of the last metadata snapshot seen: one lookup per snapshot, not per row. One
   * immutable pair in a volatile field, since a cached plan's expression may run in two sessions.
   */
  private volatile Found last;

  private record Found(Metadata metadata, PartitionFunction function) {}

  public PartitionNumberExpr(int databaseId, String function, BoundExpr value, String sql) {
    this.databaseId = databaseId;
    this.function = function;
    this.value = value;
    this.sql = sql;
  }

  @Override
  public SqlType type() {
    return SqlTypes.INT;
  }

  @Override
  public boolean nullable() {
    return false;
  }

  @Override
  public Object eval(EvalContext ctx) {
    PartitionFunction f = function((SessionState) ctx.functions);
    Object v = value.eval(ctx);
    if (v != null && !value.type().equals(f.parameterType())) {
      v = Conversions.convertImplicitly(v, value.type(), f.parameterType());
    }
    return f.partitionOf(v);
  }

  private PartitionFunction function(SessionState state) {
    Catalog catalog = state.store().storage().catalog(databaseId);
    Metadata m = state.store().metadata(catalog);
    Found f = last;
    if (f == null || f.metadata() != m) {
      f = new Found(m, m.partitions().function(databaseId, function)
          .orElseThrow(() -> PartitionErrors.INVALID_OBJECT.raise(function)));
      last = f;
    }
    return f.function();
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of(value);
  }
}
