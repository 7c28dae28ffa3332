package dev.quern.engine.exec.op;

import dev.quern.catalog.value.Collations;
import dev.quern.engine.plan.HashJoinNode;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** The hash keys of join rows: values equal (and hashing alike) when SQL Server's {@code =} holds. */
final class HashKeys {
  private HashKeys() {}

  /**
   * The row's key on the join's left or right side (one value, or a list for several columns);
   * null when a key column is NULL, which matches nothing.
   */
  static Object of(Object[] row, List<HashJoinNode.Key> keys, boolean leftSide) {
    if (keys.size() == 1) {
      HashJoinNode.Key k = keys.getFirst();
      return normalize(row[leftSide ? k.left() : k.right()], k.kind());
    }
    List<Object> values = new ArrayList<>(keys.size());
    for (HashJoinNode.Key k : keys) {
      Object v = normalize(row[leftSide ? k.left() : k.right()], k.kind());
      if (v == null) {
        return null;
      }
      values.add(v);
    }
    return values;
  }

  /** A value that is equal (and hashes alike) exactly when SQL Server's {@code =} is true, or coarser. */
  static Object normalize(Object v, HashJoinNode.KeyKind kind) {
    if (v == null) {
      return null;
    }
    return switch (kind) {
      case INTEGER -> ((Number) v).longValue();
      case EXACT -> {
        BigDecimal d = v instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) v).longValue());
        yield d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
      }
      case STRING -> ByteBuffer.wrap(Collations.key((String) v));
      case SAME -> v;
    };
  }
}
