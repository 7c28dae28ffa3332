package dev.quern.engine.expr;

import dev.quern.catalog.meta.Sequence;
import dev.quern.catalog.meta.ValueCounters;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import java.util.List;

/**
 * NEXT VALUE FOR: the sequence's next value, handed out outside any transaction (a rolled-back
 * statement does not give it back, as in SQL Server).
 */
public final class NextValueExpr extends BoundExpr {
  private final Sequence sequence;
  private final ValueCounters counters;
  private final String sql;

  public NextValueExpr(Sequence sequence, ValueCounters counters, String sql) {
    this.sequence = sequence;
    this.counters = counters;
    this.sql = sql;
  }

  @Override
  public SqlType type() {
    return sequence.type();
  }

  @Override
  public boolean nullable() {
    return false;
  }

  @Override
  public Object eval(EvalContext ctx) {
    long v;
    try {
      v = counters.nextSequenceValue(sequence);
    } catch (dev.quern.catalog.meta.SequenceExhaustedException e) {
      throw dev.quern.engine.error.SqlErrors.SEQUENCE_EXHAUSTED.raise(sequence.name());
    }
    return Conversions.convert(v, SqlTypes.BIGINT, sequence.type());
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of();
  }
}
