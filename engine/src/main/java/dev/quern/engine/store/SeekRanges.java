package dev.quern.engine.store;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Comparisons;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import java.util.Arrays;
import java.util.List;

/**
 * The key range of a seek: equalities on an index's leading key columns, then an optional range on
 * the next one, evaluated (without a row) and converted to the key columns' types. The range is a
 * superset of the rows the predicate keeps (its filter stays above the seek): a number or date bound
 * that does not convert exactly becomes inclusive (it rounded to a neighbour); a string bound that
 * does not convert exactly, or any bound that does not convert at all, is dropped (that end opens).
 */
public final class SeekRanges {
  private SeekRanges() {}

  /** One end of the range, in value order; {@code value} null means open. */
  public record End(BoundExpr value, boolean inclusive) {}

  /** The range to read, or null when no row can match (a NULL key or bound). */
  public static KeyRange range(
      List<BoundExpr> keys, End low, End high, Index index, Table table, EvalContext ctx) {
    ctx.row = null;
    Object[] prefix = KeyValues.evaluate(keys, index, table, ctx);
    if (prefix == null) {
      return null;
    }
    if (low == null && high == null) {
      return prefix.length == 0 ? KeyRange.ALL : KeyRange.equalTo(prefix);
    }
    var keyColumn = index.keys().get(keys.size());
    Column column = table.columnById(keyColumn.columnId());
    Object[] lo = prefix;
    boolean loIncl = true;
    Object[] hi = prefix;
    boolean hiIncl = true;
    if (low != null) {
      Object v = low.value().eval(ctx);
      if (v == null) {
        return null;
      }
      Object c = convert(v, low.value(), column);
      boolean exact = c != null && exact(c, column, v, low.value());
      if (c != null && (exact || !lossyText(column))) {
        lo = append(prefix, c);
        loIncl = low.inclusive() || !exact;
      }
    }
    if (high != null) {
      Object v = high.value().eval(ctx);
      if (v == null) {
        return null;
      }
      Object c = convert(v, high.value(), column);
      boolean exact = c != null && exact(c, column, v, high.value());
      if (c != null && (exact || !lossyText(column))) {
        hi = append(prefix, c);
        hiIncl = high.inclusive() || !exact;
      }
    }
    Object[] from = lo.length == 0 ? null : lo;
    Object[] to = hi.length == 0 ? null : hi;
    // A DESC key column stores larger values first: the value range's high end is the key's low.
    return keyColumn.descending()
        ? KeyRange.between(to, hiIncl, from, loIncl)
        : KeyRange.between(from, loIncl, to, hiIncl);
  }

  /** The bound as a value of the column's type, or null when it has none (out of range). */
  private static Object convert(Object v, BoundExpr e, Column column) {
    if (e.type().equals(column.type())) {
      return v;
    }
    try {
      return Conversions.convertImplicitly(v, e.type(), column.type());
    } catch (SqlValueException ex) {
      return null;
    }
  }

  /**
   * Whether an inexact conversion to the column's type may land anywhere: a string loses
   * characters its code page lacks ('?') or its tail, so a converted bound is not near the value
   * (numbers and dates round to a neighbour, which an inclusive bound covers).
   */
  private static boolean lossyText(Column column) {
    return SqlTypes.isCharacter(column.type().id());
  }

  private static boolean exact(Object converted, Column column, Object v, BoundExpr e) {
    try {
      return Comparisons.compare(converted, column.type(), v, e.type()) == 0;
    } catch (SqlValueException ex) {
      return false;
    }
  }

  private static Object[] append(Object[] prefix, Object v) {
    Object[] out = Arrays.copyOf(prefix, prefix.length + 1);
    out[prefix.length] = v;
    return out;
  }
}
