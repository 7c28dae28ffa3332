package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.ConstantScanNode;
import dev.quern.engine.plan.GenerateSeriesNode;
import dev.quern.engine.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Binds a FROM source to a plan node and the column scope it offers: none (one constant row),
 * tables, views and system views, joins, APPLY, and the built-in table-valued functions.
 */
final class SourceBinder {
  /** A bound source: its plan and the names it makes visible. */
  record Bound(PlanNode node, ColumnScope scope, boolean readsTable) {}

  private final BindContext bind;

  SourceBinder(BindContext bind) {
    this.bind = bind;
  }

  Bound bind(TableSource from) {
    if (from == null) {
      return new Bound(new ConstantScanNode(), ColumnScope.EMPTY, false);
    }
    Bound learned = bind.learned().take(from);
    if (learned != null) {
      return learned;
    }
    bind.checkCancelled();
    bind.learned().countBind();
    return switch (from) {
      case TableSource.Function f -> renamed(function(f, ColumnScope.EMPTY), f);
      case TableSource.Named n -> named(n);
      case TableSource.Join j -> join(j);
      case TableSource.Apply a -> apply(a);
      case TableSource.Derived d -> DerivedTables.bind(bind, d);
      case TableSource.VectorSearch v -> VectorSearches.bind(bind, v);
      case TableSource.RecursiveRef r -> DerivedTables.recursiveRef(bind, r);
      case TableSource.OpenJson o -> openJson(o, ColumnScope.EMPTY);
      case TableSource.XmlNodes x -> XmlNodesBinder.bind(bind, x, ColumnScope.EMPTY);
      case TableSource.OpenXml o -> OpenXmlBinder.bind(bind, o);
      case TableSource.OpenRowsetBulk o -> {
        PlanNode node = o.kind() != null ? new dev.quern.engine.plan.BulkFileNode(o.file(), o.kind())
            : BulkRowsets.bind(bind, o);
        yield new Bound(node, new ColumnScope(o.alias(), node.columns()), false);
      }
      case TableSource.Pivot p -> bind(PivotTables.expanded(bind, p));
      case TableSource.Unpivot u -> bind(PivotTables.expanded(bind, u));
    };
  }

  /**
   * APPLY: a table-valued function on the right reads the left row's columns in its arguments,
   * a derived table on the right reads them in its query (as a correlated subquery does); both run
   * once per left row. A table on the right cannot refer to the left, so APPLY is then a join:
   * CROSS APPLY a CROSS JOIN, OUTER APPLY a LEFT JOIN that matches every row.
   */
  private Bound apply(TableSource.Apply a) {
    if (a.right() instanceof TableSource.Derived d) {
      Bound left = bind(a.left());
      Bound right = bind.inSubqueryOf(left.scope(), () -> learnedOr(d, () -> DerivedTables.bind(bind, d)));
      return applied(a, left, right, true);
    }
    if (a.right() instanceof TableSource.VectorSearch v) { // SIMILAR_TO may read the left row
      Bound left = bind(a.left());
      Bound right = bind.inSubqueryOf(left.scope(), () -> VectorSearches.bind(bind, v));
      return applied(a, left, right, true);
    }
    if (a.right() instanceof TableSource.OpenJson o) {
      Bound left = bind(a.left());
      return applied(a, left, openJson(o, left.scope()), false);
    }
    if (a.right() instanceof TableSource.XmlNodes x) {
      Bound left = bind(a.left());
      return applied(a, left, XmlNodesBinder.bind(bind, x, left.scope()), false);
    }
    if (a.right() instanceof TableSource.Function f && TableFunctions.kind(f).isEmpty()) {
      // A user-defined function: its arguments read the left row as a correlated subquery does.
      Bound left = bind(a.left());
      Bound right = renamed(bind.inSubqueryOf(left.scope(), () -> UserTableFunctions.bind(bind, f)), f);
      return applied(a, left, right, true);
    }
    if (!(a.right() instanceof TableSource.Function f)) {
      var type = a.outer() ? TableSource.Join.JoinType.LEFT : TableSource.Join.JoinType.CROSS;
      return join(new TableSource.Join(a.left(), a.right(), type, null));
    }
    Bound left = bind(a.left());
    return applied(a, left, renamed(function(f, left.scope()), f), false);
  }

  /** What was learned of {@code source} (it is then taken), else {@code binding}'s result. */
  private Bound learnedOr(TableSource source, java.util.function.Supplier<Bound> binding) {
    Bound learned = bind.learned().take(source);
    if (learned != null) {
      return learned;
    }
    bind.learned().countBind();
    return binding.get();
  }

  /**
   * A table-valued function's result under the column names its alias lists ({@code g(x)}), named
   * as a derived table's columns are ({@link DerivedTables#named}).
   */
  private Bound renamed(Bound b, TableSource.Function f) {
    if (f.columns().isEmpty()) {
      return b;
    }
    List<dev.quern.engine.api.ResultColumn> columns = b.node().columns();
    List<dev.quern.engine.api.ResultColumn> named = DerivedTables.named(columns, f.columns(), f.alias());
    List<BoundExpr> refs = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      var c = columns.get(i);
      refs.add(new dev.quern.engine.expr.ColumnExpr(i, c.name(), c.type(), c.nullable()));
    }
    var node = new dev.quern.engine.plan.ProjectNode(b.node(), List.copyOf(refs), named);
    return new Bound(node, new ColumnScope(f.alias(), node.columns()), b.readsTable());
  }

  private Bound applied(TableSource.Apply a, Bound left, Bound right, boolean lateral) {
    List<dev.quern.engine.api.ResultColumn> columns = new ArrayList<>();
    List<String> qualifiers = new ArrayList<>();
    add(left.scope(), false, columns, qualifiers);
    add(right.scope(), a.outer(), columns, qualifiers);
    ColumnScope scope = new ColumnScope(null, List.copyOf(columns), java.util.Collections.unmodifiableList(qualifiers))
        .guarded(guards(left.scope(), right.scope()));
    var node = new dev.quern.engine.plan.ApplyNode(left.node(), right.node(), a.outer(), List.copyOf(columns), lateral);
    return new Bound(node, scope, left.readsTable() || right.readsTable());
  }

  /** System views today; user tables and views join here with the catalog (issue 3). */
  private Bound named(TableSource.Named n) {
    var found = dev.quern.engine.sys.SystemViews.lookup(n.parts(), bind.session() == null ? null : bind.session().databaseName());
    if (found.isEmpty()) {
      return TableSources.table(bind, n);
    }
    var view = found.get();
    // otherdb.sys.tables lists otherdb's objects: the view runs as if that database were current.
    String database = n.parts().size() == 3 && !n.parts().getFirst().isEmpty() ? n.parts().getFirst() : null;
    if (database != null && bind.session() != null && bind.session().databaseId(database).isEmpty()) {
      throw SqlErrors.INVALID_OBJECT.raise(String.join(".", n.parts()));
    }
    var node = new dev.quern.engine.plan.SystemViewNode(view, database);
    String qualifier = n.alias() != null ? n.alias() : n.parts().getLast();
    return new Bound(node, new ColumnScope(qualifier, node.columns()), true);
  }

  private Bound join(TableSource.Join j) {
    Bound left = bind(j.left());
    Bound right = bind(j.right());
    boolean leftNullable = j.type() == TableSource.Join.JoinType.RIGHT || j.type() == TableSource.Join.JoinType.FULL;
    boolean rightNullable = j.type() == TableSource.Join.JoinType.LEFT || j.type() == TableSource.Join.JoinType.FULL;
    List<dev.quern.engine.api.ResultColumn> columns = new ArrayList<>();
    List<String> qualifiers = new ArrayList<>();
    add(left.scope(), leftNullable, columns, qualifiers);
    add(right.scope(), rightNullable, columns, qualifiers);
    ColumnScope scope = new ColumnScope(null, List.copyOf(columns), java.util.Collections.unmodifiableList(qualifiers))
        .guarded(guards(left.scope(), right.scope()));
    BoundExpr on = j.on() == null ? null : new ExpressionBinder(bind, scope, null, "ON").condition(j.on());
    var node = new dev.quern.engine.plan.JoinNode(left.node(), right.node(), j.type(), on, List.copyOf(columns));
    return new Bound(node, scope, left.readsTable() || right.readsTable());
  }

  /** The column guards of two joined scopes, in their columns' order; null when neither has any. */
  private static List<Runnable> guards(ColumnScope left, ColumnScope right) {
    if (left.guards() == null && right.guards() == null) {
      return null;
    }
    List<Runnable> out = new ArrayList<>();
    for (ColumnScope s : List.of(left, right)) {
      for (int i = 0; i < s.columns().size(); i++) {
        out.add(s.guardOf(i));
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }

  private static void add(
      ColumnScope scope, boolean nullable, List<dev.quern.engine.api.ResultColumn> columns, List<String> qualifiers) {
    for (int i = 0; i < scope.columns().size(); i++) {
      var c = scope.columns().get(i);
      columns.add(nullable ? new dev.quern.engine.api.ResultColumn(c.name(), c.type(), true) : c);
      qualifiers.add(scope.qualifierOf(i));
    }
  }

  /**
   * A table-valued function, built-in or user-defined; a built-in's arguments may read {@code
   * outer} (APPLY's left row).
   */
  private Bound function(TableSource.Function f, ColumnScope outer) {
    if (ChangeTables.is(f)) {
      return ChangeTables.bind(bind, f, new ExpressionBinder(bind, outer, null, "FROM"));
    }
    if (FullTextTables.is(f)) {
      return FullTextTables.bind(bind, f, new ExpressionBinder(bind, outer, null, "FROM"));
    }
    if (TableFunctions.kind(f).isEmpty()) {
      return UserTableFunctions.bind(bind, f);
    }
    var kind = TableFunctions.kind(f).orElseThrow();
    ExpressionBinder exprs = new ExpressionBinder(bind, outer, null, "FROM");
    return switch (kind) {
      case GENERATE_SERIES -> generateSeries(f, exprs);
      case STRING_SPLIT -> stringSplit(f, exprs);
      case REGEXP_MATCHES -> RegexpTableFunctions.bind(f, exprs, dev.quern.engine.func.RegexpTable.matches());
      case REGEXP_SPLIT_TO_TABLE -> RegexpTableFunctions.bind(f, exprs, dev.quern.engine.func.RegexpTable.split());
      case SQL_TEXT -> sqlText(f, exprs);
      case QUERY_PLAN -> queryPlan(f, exprs);
      case TEXT_QUERY_PLAN -> textQueryPlan(f, exprs);
      case INPUT_BUFFER -> inputBuffer(f, exprs);
      case INDEX_PHYSICAL_STATS -> indexPhysicalStats(f, exprs);
      case STATS_PROPERTIES -> statsFunction(f, exprs, false);
      case STATS_HISTOGRAM -> statsFunction(f, exprs, true);
      case MY_PERMISSIONS -> myPermissions(f, exprs);
      case DESCRIBE_FIRST_RESULT_SET -> describeFirstResultSet(f, exprs);
      case LIST_EXTENDED_PROPERTY -> listExtendedProperty(f, exprs);
      case SYSTEM_FUNCTION -> systemFunction(f, exprs);
    };
  }

  /**
   * OPENJSON(json[, path]) [WITH (…)]: the JSON argument as nvarchar(max), the path as
   * nvarchar(4000); each WITH column's type resolved as a CAST's, AS JSON only on nvarchar(max)
   * (13618). {@code outer}: the left row's columns under APPLY.
   */
  private Bound openJson(TableSource.OpenJson o, ColumnScope outer) {
    ExpressionBinder exprs = new ExpressionBinder(bind, outer, null, "FROM");
    BoundExpr document = exprs.value(o.json());
    // A json document is read as its text (SQL Server 2025's OPENJSON takes the json type).
    BoundExpr json = JsonOperands.isJson(document.type())
        ? new dev.quern.engine.expr.ConvertExpr(
            document, SqlTypes.NVARCHAR_MAX, dev.quern.catalog.value.Conversions.NO_STYLE, false, document.toSql())
        : exprs.implicit(document, SqlTypes.NVARCHAR_MAX);
    BoundExpr path = o.path() == null
        ? null
        : exprs.implicit(exprs.value(o.path()), SqlType.ofLength(TypeId.NVARCHAR, 4000));
    List<dev.quern.engine.func.OpenJsonRows.Column> schema = new ArrayList<>();
    List<SqlType> types = new ArrayList<>();
    for (TableSource.OpenJsonColumn c : o.schema()) {
      SqlType type = TypeResolver.forCast(c.type());
      if (c.asJson() && !type.equals(SqlTypes.NVARCHAR_MAX)) {
        throw SqlErrors.OPENJSON_AS_JSON_TYPE.raise();
      }
      schema.add(new dev.quern.engine.func.OpenJsonRows.Column(c.name(), c.path(), c.asJson()));
      types.add(type);
    }
    var node = new dev.quern.engine.plan.OpenJsonNode(json, path, schema, types);
    String qualifier = o.alias() != null ? o.alias() : "OPENJSON";
    return new Bound(node, new ColumnScope(qualifier, node.columns()), false);
  }

  /**
   * STRING_SPLIT: the string's own character type for the pieces (nvarchar(4000) for other types);
   * the third argument must be a constant 0 or 1 (8748: SQL Server says it must be a literal).
   */
  private Bound stringSplit(TableSource.Function f, ExpressionBinder exprs) {
    if (f.args().size() < 2 || f.args().size() > 3) {
      throw SqlErrors.FUNCTION_ARG_RANGE.raise("STRING_SPLIT", 2, 3);
    }
    BoundExpr string = exprs.value(f.args().get(0));
    SqlType type = string.type();
    if (!SqlTypes.isCharacter(type.id())) {
      type = dev.quern.catalog.type.SqlType.ofLength(TypeId.NVARCHAR, 4000);
      string = exprs.implicit(string, type);
    }
    BoundExpr separator = exprs.value(f.args().get(1));
    boolean ordinal = TableFunctions.ordinal(f);
    if (f.args().size() > 2 && !ordinal
        && !(f.args().get(2) instanceof dev.quern.engine.ast.Literal l && l.text().strip().equals("0"))) {
      throw SqlErrors.STRING_SPLIT_ORDINAL.raise();
    }
    var node = new dev.quern.engine.plan.StringSplitNode(string, separator, ordinal, type);
    return new Bound(node, new ColumnScope(TableFunctions.qualifier(f), node.columns()), false);
  }

  /** fn_my_permissions(securable, securable_class): both as sysname (NULL securable: the current database). */
  private Bound myPermissions(TableSource.Function f, ExpressionBinder exprs) {
    if (f.args().size() != 2) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("fn_my_permissions", 2);
    }
    BoundExpr securable = exprs.implicit(exprs.value(f.args().get(0)), SqlTypes.SYSNAME);
    BoundExpr securableClass = exprs.implicit(exprs.value(f.args().get(1)), SqlTypes.SYSNAME);
    var node = new dev.quern.engine.plan.MyPermissionsNode(securable, securableClass);
    return new Bound(node, new ColumnScope(TableFunctions.qualifier(f), node.columns()), false);
  }

  /** sys.dm_exec_describe_first_result_set(@tsql, @params, @include_browse_information): all three. */
  private Bound describeFirstResultSet(TableSource.Function f, ExpressionBinder exprs) {
    if (f.args().size() != 3) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("dm_exec_describe_first_result_set", 3);
    }
    SqlType text = dev.quern.engine.plan.DescribeFirstResultSetNode.TEXT;
    var node = new dev.quern.engine.plan.DescribeFirstResultSetNode(
        exprs.implicit(exprs.value(f.args().get(0)), text), exprs.implicit(exprs.value(f.args().get(1)), text),
        exprs.implicit(exprs.value(f.args().get(2)), SqlTypes.BIT));
    return new Bound(node, new ColumnScope(TableFunctions.qualifier(f), node.columns()), false);
  }

  /** fn_listextendedproperty: seven arguments, each converted to sysname (NULL: every item at that level). */
  private Bound listExtendedProperty(TableSource.Function f, ExpressionBinder exprs) {
    if (f.args().size() != 7) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("fn_listextendedproperty", 7);
    }
    List<BoundExpr> args = new ArrayList<>();
    for (var a : f.args()) {
      args.add(exprs.implicit(exprs.value(a), SqlTypes.SYSNAME));
    }
    var node = new dev.quern.engine.plan.ExtendedPropertyListNode(args);
    return new Bound(node, new ColumnScope(TableFunctions.qualifier(f), node.columns()), false);
  }

  /** A dynamic management function of the registry: each argument converted to its parameter's type, DEFAULT as NULL. */
  private Bound systemFunction(TableSource.Function f, ExpressionBinder exprs) {
    var fn = dev.quern.engine.sys.SystemFunctions.lookup(List.of(f.name().split("\\.", -1))).orElseThrow();
    if (f.args().size() != fn.parameters().size()) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise(fn.name(), fn.parameters().size());
    }
    List<BoundExpr> args = new ArrayList<>();
    for (int i = 0; i < f.args().size(); i++) {
      var a = f.args().get(i);
      if (a instanceof dev.quern.engine.ast.Literal l && l.kind() == dev.quern.engine.ast.Literal.Kind.DEFAULT) {
        a = new dev.quern.engine.ast.Literal(dev.quern.engine.ast.Literal.Kind.NULL, "NULL");
      }
      args.add(exprs.implicit(exprs.value(a), fn.parameters().get(i)));
    }
    var node = new dev.quern.engine.plan.SystemFunctionNode(fn, args);
    return new Bound(node, new ColumnScope(TableFunctions.qualifier(f), node.columns()), false);
  }

  private Bound sqlText(TableSource.Function f, ExpressionBinder exprs) {
    if (f.args().size() != 1) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("dm_exec_sql_text", 1);
    }
    BoundExpr handle = exprs.implicit(exprs.value(f.args().getFirst()), dev.quern.engine.plan.SqlTextNode.HANDLE);
    var node = new dev.quern.engine.plan.SqlTextNode(handle);
    return new Bound(node, new ColumnScope(TableFunctions.qualifier(f), node.columns()), false);
  }

  private Bound queryPlan(TableSource.Function f, ExpressionBinder exprs) {
    if (f.args().size() != 1) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("dm_exec_query_plan", 1);
    }
    BoundExpr handle = exprs.implicit(exprs.value(f.args().getFirst()), dev.quern.engine.plan.SqlTextNode.HANDLE);
    var node = new dev.quern.engine.plan.QueryPlanNode(handle);
    return new Bound(node, new ColumnScope(TableFunctions.qualifier(f), node.columns()), false);
  }

  /** sys.dm_exec_text_query_plan(plan_handle, statement_start_offset, statement_end_offset). */
  private Bound textQueryPlan(TableSource.Function f, ExpressionBinder exprs) {
    if (f.args().size() != 3) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("dm_exec_text_query_plan", 3);
    }
    BoundExpr handle = exprs.implicit(exprs.value(f.args().getFirst()), dev.quern.engine.plan.SqlTextNode.HANDLE);
    List<BoundExpr> offsets = List.of(
        exprs.implicit(exprs.value(f.args().get(1)), SqlTypes.INT),
        exprs.implicit(exprs.value(f.args().get(2)), SqlTypes.INT));
    var node = new dev.quern.engine.plan.QueryPlanNode(handle, true, offsets);
    return new Bound(node, new ColumnScope(TableFunctions.qualifier(f), node.columns()), false);
  }

  private Bound inputBuffer(TableSource.Function f, ExpressionBinder exprs) {
    if (f.args().size() != 2) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("dm_exec_input_buffer", 2);
    }
    var node = new dev.quern.engine.plan.InputBufferNode(
        exprs.implicit(exprs.value(f.args().get(0)), SqlTypes.INT),
        exprs.implicit(exprs.value(f.args().get(1)), SqlTypes.INT));
    return new Bound(node, new ColumnScope(TableFunctions.qualifier(f), node.columns()), false);
  }

  /** sys.dm_db_stats_properties and sys.dm_db_stats_histogram: (object_id, stats_id). */
  private Bound statsFunction(TableSource.Function f, ExpressionBinder exprs, boolean histogram) {
    if (f.args().size() != 2) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise(histogram ? "dm_db_stats_histogram" : "dm_db_stats_properties", 2);
    }
    var node = new dev.quern.engine.plan.StatsFunctionNode(histogram,
        exprs.implicit(exprs.value(f.args().get(0)), SqlTypes.INT),
        exprs.implicit(exprs.value(f.args().get(1)), SqlTypes.INT));
    return new Bound(node, new ColumnScope(TableFunctions.qualifier(f), node.columns()), false);
  }

  private Bound indexPhysicalStats(TableSource.Function f, ExpressionBinder exprs) {
    if (f.args().size() != 5) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("dm_db_index_physical_stats", 5);
    }
    List<BoundExpr> args = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      var a = f.args().get(i);
      if (a instanceof dev.quern.engine.ast.Literal l && l.kind() == dev.quern.engine.ast.Literal.Kind.DEFAULT) {
        a = new dev.quern.engine.ast.Literal(dev.quern.engine.ast.Literal.Kind.NULL, "NULL"); // DEFAULT: all
      }
      args.add(exprs.implicit(exprs.value(a),
          i < 4 ? SqlTypes.INT : dev.quern.catalog.type.SqlType.ofLength(TypeId.NVARCHAR, 20)));
    }
    var node = new dev.quern.engine.plan.IndexPhysicalStatsNode(args.get(0), args.get(1), args.get(2), args.get(3), args.get(4));
    return new Bound(node, new ColumnScope(TableFunctions.qualifier(f), node.columns()), false);
  }

  private Bound generateSeries(TableSource.Function f, ExpressionBinder exprs) {
    if (f.args().size() < 2 || f.args().size() > 3) {
      throw SqlErrors.FUNCTION_ARG_RANGE.raise("generate_series", 2, 3);
    }
    List<BoundExpr> args = new ArrayList<>();
    for (var a : f.args()) {
      args.add(exprs.value(a));
    }
    SqlType type = seriesType(args, exprs);
    List<BoundExpr> converted = args.stream().map(a -> exprs.implicit(a, type)).toList();
    GenerateSeriesNode node =
        new GenerateSeriesNode(
            converted.get(0), converted.get(1), converted.size() > 2 ? converted.get(2) : null, type);
    return new Bound(node, new ColumnScope(TableFunctions.qualifier(f), node.columns()), false);
  }

  /**
   * All arguments must be of one type (tinyint, smallint, int, bigint, or decimal/numeric of any
   * precision), error 5373 otherwise: GENERATE_SERIES(1.5, 3.5, 1) fails in SQL Server too.
   */
  private static SqlType seriesType(List<BoundExpr> args, ExpressionBinder exprs) {
    TypeId first = family(args.getFirst().type().id());
    for (BoundExpr a : args) {
      TypeId id = family(a.type().id());
      boolean supported = SqlTypes.isInteger(id) || id == TypeId.DECIMAL;
      if (!supported || id != first) {
        throw SqlErrors.GENERATE_SERIES_TYPE.raise();
      }
    }
    return exprs.commonType(args);
  }

  private static TypeId family(TypeId id) {
    return id == TypeId.NUMERIC ? TypeId.DECIMAL : id;
  }
}
