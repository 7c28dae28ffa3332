package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.TableSource.Join.JoinType;
import dev.quern.engine.expr.BoundExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * A join whose ON has equalities between a left and a right column: the right input is built into
 * a hash table on those columns and each left row probes it, instead of meeting every right row.
 * {@code on} is still evaluated on each candidate pair, so the keys only narrow; rows come out in
 * the order {@link JoinNode}'s nested loop gives them (left rows in order, their matches in right
 * order, then unmatched right rows).
 */
public record HashJoinNode(
    PlanNode left, PlanNode right, JoinType type, BoundExpr on, List<ResultColumn> columns, List<Key> keys)
    implements PlanNode {
  /** How key values are compared for equality, so that equal values hash alike. */
  public enum KeyKind {
    /** tinyint … bigint: by long value. */
    INTEGER,
    /** integers, decimal/numeric, money: by numeric value. */
    EXACT,
    /** char/varchar/nchar/nvarchar: under the default collation, trailing spaces ignored. */
    STRING,
    /** date, time, datetime2, uniqueidentifier, bit: by value. */
    SAME;

    private static final java.util.Set<TypeId> BY_VALUE = java.util.EnumSet.of(
        TypeId.DATE, TypeId.TIME, TypeId.DATETIME2,
        TypeId.UNIQUEIDENTIFIER, TypeId.BIT);

    /** How a pair of key types compares for equality, or null when no hash is safe for it. */
    public static KeyKind of(TypeId a, TypeId b) {
      if (SqlTypes.isInteger(a) && SqlTypes.isInteger(b)) {
        return INTEGER;
      }
      if (exact(a) && exact(b)) {
        return EXACT;
      }
      if (SqlTypes.isCharacter(a) && SqlTypes.isCharacter(b)) {
        return STRING;
      }
      return a == b && BY_VALUE.contains(a) ? SAME : null;
    }

    private static boolean exact(TypeId id) {
      return SqlTypes.isInteger(id) || id == TypeId.DECIMAL
          || id == TypeId.NUMERIC || id == TypeId.MONEY
          || id == TypeId.SMALLMONEY;
    }
  }

  /** Left column {@code left} (left row position) equals right column {@code right} (right row position). */
  public record Key(int left, int right, KeyKind kind) {}

  public HashJoinNode {
    columns = List.copyOf(columns);
    keys = List.copyOf(keys);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(left, right);
  }

  @Override
  public String describe() {
    List<String> ks = new ArrayList<>();
    int leftWidth = left.columns().size();
    for (Key k : keys) {
      ks.add(columns.get(k.left()).name() + " = " + columns.get(leftWidth + k.right()).name());
    }
    return "HashJoin(" + type + ", " + String.join(", ", ks) + (on == null ? "" : ", " + on.toSql()) + ")";
  }
}
