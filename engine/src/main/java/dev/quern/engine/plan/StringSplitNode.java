package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * STRING_SPLIT(string, separator[, enable_ordinal]): a row per piece of {@code string} between
 * occurrences of the one-character {@code separator}, in a column {@code value} of the string's
 * type (and, with {@code ordinal}, the piece's 1-based position as bigint {@code ordinal}).
 */
public record StringSplitNode(BoundExpr string, BoundExpr separator, boolean ordinal, SqlType type) implements PlanNode {
  @Override
  public List<ResultColumn> columns() {
    ResultColumn value = new ResultColumn("value", type, true);
    return ordinal ? List.of(value, new ResultColumn("ordinal", SqlTypes.BIGINT, false)) : List.of(value);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "StringSplit(" + string.toSql() + ", " + separator.toSql() + (ordinal ? ", 1" : "") + ")";
  }
}
