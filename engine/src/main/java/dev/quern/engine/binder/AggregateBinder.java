package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.plan.AggregateCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The GROUP BY side of a query block: grouping keys bound over the source, aggregate calls
 * collected as the select list, HAVING and ORDER BY mention them. Output row = keys, then
 * aggregates; references are {@link ColumnExpr}s into that row.
 */
final class AggregateBinder implements AggregateHandler {
  private static final String APPROX_COUNT_DISTINCT = "APPROX_COUNT_DISTINCT";

  private final List<Expr> keyAsts;
  /** ROLLUP, CUBE, GROUPING SETS: the sets of keys (null for a plain GROUP BY). */
  private final List<java.util.BitSet> groupingSets;
  private final List<BoundExpr> keys = new ArrayList<>();
  private final List<AggregateCall> calls = new ArrayList<>();
  private final List<String> callSql = new ArrayList<>();
  private final ExpressionBinder sourceBinder;

  AggregateBinder(List<Expr> groupBy, ExpressionBinder sourceBinder) {
    if (GroupingSets.used(groupBy)) {
      GroupingSets sets = GroupingSets.of(groupBy);
      this.keyAsts = sets.keys();
      this.groupingSets = sets.sets();
    } else {
      this.keyAsts = groupBy;
      this.groupingSets = null;
    }
    this.sourceBinder = sourceBinder;
    for (Expr k : keyAsts) {
      keys.add(sourceBinder.value(k));
      VectorRules.checkSortable(keys.getLast().type());
      XmlComparability.checkSortable(keys.getLast().type());
      JsonOperands.checkSortKey(keys.getLast());
    }
  }

  /** The grouping sets (null: a plain GROUP BY, one set of every key). */
  List<java.util.BitSet> groupingSets() {
    return groupingSets;
  }

  /**
   * Where the aggregates start in the output row: after the keys, and after the grouping mask
   * when there are grouping sets (see AggregateNode).
   */
  private int aggregatesAt() {
    return keys.size() + (groupingSets == null ? 0 : 1);
  }

  List<BoundExpr> keys() {
    return keys;
  }

  List<AggregateCall> calls() {
    return calls;
  }

  /** The columns of the aggregate's output row. */
  List<ResultColumn> columns() {
    List<ResultColumn> cols = new ArrayList<>();
    for (BoundExpr k : keys) {
      // A key is NULL in the rows of the grouping sets it is not part of.
      cols.add(new ResultColumn("", k.type(), k.nullable() || groupingSets != null));
    }
    if (groupingSets != null) {
      cols.add(new ResultColumn("", SqlTypes.INT, false));
    }
    for (AggregateCall c : calls) {
      boolean nullable = c.kind() != AggregateCall.Kind.COUNT && c.kind() != AggregateCall.Kind.COUNT_BIG;
      cols.add(new ResultColumn("", c.type(), nullable));
    }
    return cols;
  }

  @Override
  public BoundExpr key(Expr e) {
    String sql = normalize(e.toSql());
    for (int i = 0; i < keyAsts.size(); i++) {
      if (keyAsts.get(i).equals(e) || normalize(keyAsts.get(i).toSql()).equals(sql)) {
        BoundExpr k = keys.get(i);
        return ColumnExpr.derived(i, e.toSql(), k.type(), k.nullable() || groupingSets != null);
      }
    }
    int same = sameColumnKey(e);
    if (same >= 0) {
      BoundExpr k = keys.get(same);
      return ColumnExpr.derived(same, e.toSql(), k.type(), k.nullable() || groupingSets != null);
    }
    return null;
  }

  /**
   * The key that is the column {@code e} names, written another way ({@code db} for a key written
   * {@code i.db}, or the reverse), as SQL Server matches a grouped column by what it refers to;
   * -1 when {@code e} is not a column of the source or no key is that column.
   */
  private int sameColumnKey(Expr e) {
    if (!(e instanceof dev.quern.engine.ast.ColumnRef)) {
      return -1;
    }
    BoundExpr bound;
    try {
      bound = sourceBinder.value(e);
    } catch (dev.quern.engine.error.SqlException notThere) {
      return -1; // the caller reports the column as it would without this look
    }
    if (bound.getClass() != ColumnExpr.class) {
      return -1; // an outer reference, not a column of the grouped rows
    }
    int index = ((ColumnExpr) bound).index();
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).getClass() == ColumnExpr.class && ((ColumnExpr) keys.get(i)).index() == index) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public ColumnScope keyScope(ColumnScope source) {
    List<ResultColumn> columns = new ArrayList<>();
    List<String> qualifiers = new ArrayList<>();
    for (int i = 0; i < keyAsts.size(); i++) {
      String name = "";
      String qualifier = null;
      if (keyAsts.get(i) instanceof dev.quern.engine.ast.ColumnRef r) {
        ColumnExpr c = source.resolve(r.parts());
        name = source.columns().get(c.index()).name();
        qualifier = source.qualifierOf(c.index());
      }
      // A key that is an expression keeps its place with a name no reference can have.
      columns.add(new ResultColumn(name, keys.get(i).type(), keys.get(i).nullable()));
      qualifiers.add(qualifier);
    }
    return new ColumnScope(null, columns, qualifiers);
  }

  @Override
  public BoundExpr aggregate(FunctionCall f) {
    return aggregate(f, List.of());
  }

  @Override
  public BoundExpr aggregate(FunctionCall f, List<dev.quern.engine.ast.QuerySpec.OrderItem> within) {
    String name = f.name().toUpperCase(Locale.ROOT);
    if (name.equals(APPROX_COUNT_DISTINCT)) {
      return approxCountDistinct(f, within);
    }
    if (!FunctionBinder.AGGREGATES.contains(name)) { // a scalar function written with WITHIN GROUP
      throw SqlErrors.WITHIN_GROUP_NOT_ALLOWED.raise(name.toLowerCase(Locale.ROOT));
    }
    AggregateCall.Kind kind = AggregateCall.Kind.valueOf(name);
    if (kind.isPercentile()) {
      return register(ApproxPercentiles.bind(sourceBinder, kind, f, within), f.toSql());
    }
    if (kind == AggregateCall.Kind.JSON_ARRAYAGG || kind == AggregateCall.Kind.JSON_OBJECTAGG) {
      return register(JsonAggregates.bind(sourceBinder, kind, f, within), f.toSql());
    }
    if (kind == AggregateCall.Kind.STRING_AGG) {
      return register(stringAgg(f, within), f.toSql());
    }
    if (!within.isEmpty()) {
      throw SqlErrors.WITHIN_GROUP_NOT_ALLOWED.raise(name);
    }
    BoundExpr arg = null;
    if (!f.star()) {
      if (f.args().size() != 1) {
        throw SqlErrors.FUNCTION_ARG_COUNT.raise(name.toLowerCase(Locale.ROOT), 1);
      }
      arg = sourceBinder.value(f.args().getFirst());
    } else if (kind != AggregateCall.Kind.COUNT && kind != AggregateCall.Kind.COUNT_BIG) {
      throw SqlErrors.SYNTAX_NEAR.raise("*");
    }
    return register(new AggregateCall(kind, arg, f.distinct(), resultType(kind, arg)), f.toSql());
  }

  /**
   * APPROX_COUNT_DISTINCT(value): SQL Server promises the distinct count within 2% (97% of the
   * time); the exact count, COUNT_BIG(DISTINCT value), keeps that promise and needs no sketch.
   */
  private BoundExpr approxCountDistinct(FunctionCall f, List<dev.quern.engine.ast.QuerySpec.OrderItem> within) {
    if (!within.isEmpty()) {
      throw SqlErrors.WITHIN_GROUP_NOT_ALLOWED.raise(APPROX_COUNT_DISTINCT);
    }
    if (f.star() || f.distinct()) {
      throw SqlErrors.SYNTAX_NEAR.raise(f.star() ? "*" : "DISTINCT");
    }
    if (f.args().size() != 1) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("approx_count_distinct", 1);
    }
    BoundExpr arg = sourceBinder.value(f.args().getFirst());
    AggregateCall.Kind kind = AggregateCall.Kind.COUNT_BIG;
    return register(new AggregateCall(kind, arg, true, resultType(kind, arg)), f.toSql());
  }

  /**
   * STRING_AGG(value, separator): the value as text, joined by a constant separator; the result
   * is nvarchar(max) or varchar(max) for such values, else nvarchar(4000) / varchar(8000).
   */
  private AggregateCall stringAgg(FunctionCall f, List<dev.quern.engine.ast.QuerySpec.OrderItem> within) {
    if (f.args().size() != 2 || f.star() || f.distinct()) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("string_agg", 2);
    }
    BoundExpr value = sourceBinder.value(f.args().get(0));
    TypeId id = value.type().id();
    boolean max = value.type().length() == SqlType.MAX;
    SqlType type =
        id == TypeId.VARCHAR || id == TypeId.CHAR
            ? SqlType.ofLength(TypeId.VARCHAR, max ? SqlType.MAX : 8000)
            : SqlType.ofLength(TypeId.NVARCHAR, max && id == TypeId.NVARCHAR ? SqlType.MAX : 4000);
    BoundExpr separator = sourceBinder.implicit(sourceBinder.value(f.args().get(1)), type);
    List<AggregateCall.OrderKey> order =
        within.stream().map(o -> new AggregateCall.OrderKey(sourceBinder.value(o.expr()), o.descending())).toList();
    return new AggregateCall(
        AggregateCall.Kind.STRING_AGG, sourceBinder.implicit(value, type), false, type, separator, order);
  }

  /** {@code call}'s column among the aggregates (one per distinct call). */
  private BoundExpr register(AggregateCall call, String written) {
    String sql = normalize(call.toSql());
    int index = callSql.indexOf(sql);
    if (index < 0) {
      calls.add(call);
      callSql.add(sql);
      index = calls.size() - 1;
    }
    return ColumnExpr.derived(aggregatesAt() + index, written, call.type(), true);
  }

  @Override
  public BoundExpr grouping(FunctionCall f) {
    String name = f.name().toUpperCase(Locale.ROOT);
    boolean id = name.equals("GROUPING_ID");
    if (f.star() || f.args().isEmpty() || !id && f.args().size() != 1) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise(name.toLowerCase(Locale.ROOT), 1);
    }
    int[] indexes = new int[f.args().size()];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = GroupingSets.indexOf(keyAsts, f.args().get(i));
      if (indexes[i] < 0) {
        throw SqlErrors.GROUPING_ARGUMENT_NOT_KEY.raise(i + 1, name);
      }
    }
    if (groupingSets == null) {
      // A plain GROUP BY: every key is grouped in every row.
      return new dev.quern.engine.expr.Constant(0, id ? SqlTypes.INT : SqlTypes.TINYINT, f.toSql(), false);
    }
    ColumnExpr mask = ColumnExpr.derived(keys.size(), "grouping_mask", SqlTypes.INT, false);
    return new dev.quern.engine.expr.GroupingExpr(mask, indexes, id, f.toSql());
  }

  /** SQL Server's result types of the aggregates ("SUM (Transact-SQL)", "AVG (Transact-SQL)"). */
  static SqlType resultType(AggregateCall.Kind kind, BoundExpr arg) {
    if (kind == AggregateCall.Kind.COUNT) {
      return SqlTypes.INT;
    }
    if (kind == AggregateCall.Kind.COUNT_BIG) {
      return SqlTypes.BIGINT;
    }
    SqlType t = arg.type();
    if (kind == AggregateCall.Kind.CHECKSUM_AGG && t.id() != TypeId.INT) {
      throw SqlErrors.AGGREGATE_OPERAND_TYPE.raise(SqlTypes.name(t.id()), "checksum_agg"); // int only
    }
    if (kind == AggregateCall.Kind.MIN || kind == AggregateCall.Kind.MAX || kind == AggregateCall.Kind.CHECKSUM_AGG) {
      // Neither vector nor json is comparable, so neither has an extreme.
      if (t.id() == TypeId.VECTOR || t.id() == TypeId.JSON) {
        throw SqlErrors.AGGREGATE_OPERAND_TYPE.raise(SqlTypes.name(t.id()), kind.name().toLowerCase(Locale.ROOT));
      }
      return t;
    }
    if (kind == AggregateCall.Kind.VAR || kind == AggregateCall.Kind.VARP
        || kind == AggregateCall.Kind.STDEV || kind == AggregateCall.Kind.STDEVP) {
      if (!dev.quern.catalog.type.SqlTypes.isNumeric(t.id())) {
        throw SqlErrors.AGGREGATE_OPERAND_TYPE.raise(SqlTypes.name(t.id()), kind.name().toLowerCase(Locale.ROOT));
      }
      return SqlTypes.FLOAT; // float, whatever the numeric argument
    }
    TypeId id = t.id();
    return switch (id) {
      case TINYINT, SMALLINT, INT -> SqlTypes.INT;
      case BIGINT -> SqlTypes.BIGINT;
      case DECIMAL, NUMERIC ->
          kind == AggregateCall.Kind.SUM
              ? SqlType.decimal(38, t.scale())
              : SqlType.decimal(38, Math.max(t.scale(), 6));
      case MONEY, SMALLMONEY -> SqlTypes.MONEY;
      case REAL, FLOAT -> SqlTypes.FLOAT;
      default ->
          throw SqlErrors.AGGREGATE_OPERAND_TYPE.raise(SqlTypes.name(id), kind.name().toLowerCase(Locale.ROOT));
    };
  }

  private static String normalize(String sql) {
    return sql.toLowerCase(Locale.ROOT).replace(" ", "");
  }
}
