package dev.quern.engine.exec.op;

import dev.quern.catalog.codec.KeyCollation;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Comparisons;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.SeekListNode;
import dev.quern.engine.store.KeyValues;
import dev.quern.engine.store.StoreSession;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeks of a {@link SeekListNode}: its values evaluated and converted to the key column's type
 * once, sorted and made distinct as the index orders them (so a row is read once however often its
 * value is listed), then one equality seek each, in that order.
 */
final class SeekListOperator implements Operator {
  private final SeekListNode node;
  private final EvalContext ctx;
  private final StoreSession session;
  /** The index's leading key column: the one the values are sought on. */
  private final Column keyColumn;
  private List<Object> keys;
  private int next;
  private Operator current;

  SeekListOperator(SeekListNode node, EvalContext ctx, StoreSession session) {
    this.node = node;
    this.ctx = ctx;
    this.session = session;
    this.keyColumn = node.seek().table().table().columnById(node.seek().index().keys().getFirst().columnId());
  }

  @Override
  public Object[] next() {
    if (keys == null) {
      keys = distinctKeys();
    }
    while (true) {
      if (current != null) {
        Object[] row = current.next();
        if (row != null) {
          return row;
        }
        current = null;
      }
      if (next >= keys.size()) {
        return null;
      }
      IndexSeekNode template = node.seek();
      Object key = keys.get(next++);
      IndexSeekNode one = new IndexSeekNode(template.table(), template.index(),
          List.of(new Constant(key, keyColumn.type(), String.valueOf(key))), null, null, template.reverse(),
          template.covering());
      current = new IndexSeekOperator(one, ctx, session);
    }
  }

  /**
   * The order of key values as the index holds them: strings by the column's collation (values the
   * index holds as one key, 'a' and 'A' under a case-insensitive one, are one seek), others by type.
   */
  private java.util.Comparator<Object> keyOrder(SqlType type) {
    if (!SqlTypes.isCharacter(type.id())) {
      return (a, b) -> Comparisons.compare(a, type, b, type);
    }
    KeyCollation collation = KeyCollation.forName(keyColumn.collation());
    boolean unicode = SqlTypes.isUnicode(type.id());
    return (a, b) -> java.util.Arrays.compareUnsigned(
        collation.sortKey((String) a, unicode), collation.sortKey((String) b, unicode));
  }

  private List<Object> distinctKeys() {
    IndexSeekNode seek = node.seek();
    SqlType type = keyColumn.type();
    List<Object> values = new ArrayList<>();
    for (BoundExpr v : node.values()) {
      Object[] key = KeyValues.evaluate(List.of(v), seek.index(), seek.table().table(), ctx);
      if (key != null) {
        values.add(key[0]);
      }
    }
    java.util.Comparator<Object> order = keyOrder(type);
    values.sort(order);
    List<Object> distinct = new ArrayList<>();
    for (Object v : values) {
      if (distinct.isEmpty() || order.compare(distinct.getLast(), v) != 0) {
        distinct.add(v);
      }
    }
    return node.seek().reverse() ? distinct.reversed() : distinct;
  }
}
