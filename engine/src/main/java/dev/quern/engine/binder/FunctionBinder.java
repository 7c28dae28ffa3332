package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.expr.ExprCollations;
import dev.quern.engine.expr.FunctionExpr;
import dev.quern.engine.expr.IsNullPredicate;
import dev.quern.engine.func.ScalarFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Binds function calls: the syntax-level forms SQL Server defines as CASE (COALESCE, NULLIF,
 * IIF), aggregates (handed to the GROUP BY binding), date-part keywords, and built-ins from the
 * registry ({@code engine.func}).
 */
final class FunctionBinder {
  static final Set<String> AGGREGATES =
      Set.of("COUNT", "COUNT_BIG", "SUM", "AVG", "MIN", "MAX", "STRING_AGG", "VAR", "VARP", "STDEV", "STDEVP",
          "CHECKSUM_AGG", "APPROX_COUNT_DISTINCT", "APPROX_PERCENTILE_CONT", "APPROX_PERCENTILE_DISC",
          "JSON_ARRAYAGG", "JSON_OBJECTAGG");

  /** Functions whose first argument is a date-part keyword, passed on as its text. */
  private static final Set<String> DATEPART_FUNCTIONS =
      Set.of("DATEADD", "DATEDIFF", "DATEDIFF_BIG", "DATEPART", "DATENAME", "DATETRUNC", "DATE_BUCKET");

  private final ExpressionBinder exprs;
  private final BindContext bind;
  private final AggregateHandler aggregates;
  private final String clause;

  FunctionBinder(ExpressionBinder exprs, BindContext bind, AggregateHandler aggregates, String clause) {
    this.exprs = exprs;
    this.bind = bind;
    this.aggregates = aggregates;
    this.clause = clause;
  }

  BoundExpr call(FunctionCall f) {
    String name = f.name().toUpperCase(Locale.ROOT);
    if (AGGREGATES.contains(name) && f.parens()) {
      if (aggregates == null) {
        throw SqlErrors.AGGREGATE_IN_WHERE.raise();
      }
      return aggregates.aggregate(f);
    }
    if (name.equals("IDENTITY") && f.parens()) {
      // SELECT … INTO takes IDENTITY(…) out of its list before binding: here it is anywhere else.
      throw SqlErrors.IDENTITY_FUNCTION_WITHOUT_INTO.raise();
    }
    return switch (name) {
      case "COALESCE" -> coalesce(f);
      case "NULLIF" -> nullif(f);
      case "IIF" -> iif(f);
      case "CHOOSE" -> choose(f);
      case "UPDATE" -> TriggerFunctions.updated(bind, f).orElseGet(() -> builtin(f, name));
      case "COLUMNS_UPDATED" -> TriggerFunctions.columnsUpdated(bind, f).orElseGet(() -> builtin(f, name));
      case "TRIGGER_NESTLEVEL" -> TriggerFunctions.nestLevel(f);
      case "REGEXP_LIKE" -> regexpLike(f);
      case "CONTAINS", "FREETEXT" -> FullTextPredicates.bind(bind, exprs, f);
      case "EVENTDATA" -> TriggerFunctions.eventData(f);
      case "GROUPING", "GROUPING_ID" -> {
        if (aggregates == null) {
          throw SqlErrors.GROUPING_WITHOUT_GROUP_BY.raise();
        }
        yield aggregates.grouping(f);
      }
      case "CHECKSUM", "BINARY_CHECKSUM" -> f.star() ? rowChecksum(f, name) : builtin(f, name);
      case "NEWSEQUENTIALID" -> {
        if (!"DEFAULT".equals(clause)) {
          throw dev.quern.engine.error.FunctionErrors.NEWSEQUENTIALID_PLACE.raise(); // a column DEFAULT only
        }
        yield builtin(f, name);
      }
      default -> builtin(f, name);
    };
  }

  /** REGEXP_LIKE: a predicate over the built-in; SQL Server's grammar takes two or three arguments (102 otherwise). */
  private BoundExpr regexpLike(FunctionCall f) {
    if (f.args().size() < 2 || f.args().size() > 3) {
      throw SqlErrors.SYNTAX_NEAR.raise(")");
    }
    return new dev.quern.engine.expr.RegexpLikePredicate((FunctionExpr) builtin(f, "REGEXP_LIKE"));
  }

  private BoundExpr coalesce(FunctionCall f) {
    if (f.args().size() < 2) {
      throw SqlErrors.COALESCE_ARGS.raise();
    }
    List<BoundExpr> args = f.args().stream().map(exprs::value).toList();
    List<BoundExpr> conditions = new ArrayList<>();
    for (int i = 0; i < args.size() - 1; i++) {
      conditions.add(new IsNullPredicate(args.get(i), true));
    }
    return exprs.caseOf(conditions, args.subList(0, args.size() - 1), args.getLast(), f.toSql());
  }

  /** CHOOSE(index, v1, v2, …): CASE index WHEN 1 THEN v1 WHEN 2 THEN v2 … END (NULL beyond). */
  private BoundExpr choose(FunctionCall f) {
    if (f.args().size() < 2) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise("choose", 2);
    }
    BoundExpr index = exprs.implicit(exprs.value(f.args().getFirst()), dev.quern.catalog.type.SqlTypes.INT);
    List<BoundExpr> conditions = new ArrayList<>();
    List<BoundExpr> results = new ArrayList<>();
    for (int i = 1; i < f.args().size(); i++) {
      conditions.add(new ComparisonPredicate("=", index, new Constant(i, dev.quern.catalog.type.SqlTypes.INT, String.valueOf(i))));
      results.add(exprs.value(f.args().get(i)));
    }
    return exprs.caseOf(conditions, results, null, f.toSql());
  }

  private BoundExpr nullif(FunctionCall f) {
    arity(f, 2);
    BoundExpr a = exprs.value(f.args().get(0));
    BoundExpr b = exprs.value(f.args().get(1));
    BoundExpr nullOfA = new Constant(null, a.type(), "NULL");
    return new dev.quern.engine.expr.CaseExpr(
        List.of(new ComparisonPredicate("=", a, b)), List.of(nullOfA), a, a.type(), f.toSql());
  }

  private BoundExpr iif(FunctionCall f) {
    arity(f, 3);
    BoundExpr cond = exprs.condition(f.args().get(0));
    BoundExpr a = exprs.value(f.args().get(1));
    BoundExpr b = exprs.value(f.args().get(2));
    return exprs.caseOf(List.of(cond), List.of(a), b, f.toSql());
  }

  private BoundExpr builtin(FunctionCall f, String name) {
    if (f.parens() && f.name().contains(".")) {
      List<String> parts = List.of(f.name().split("\\.", -1));
      if (PartitionFunctionCalls.names(parts)) {
        return PartitionFunctionCalls.bind(f, parts, exprs, bind);
      }
      var replica = dev.quern.engine.func.PreferredBackupReplicaFunction.lookup(parts);
      if (replica.isPresent()) {
        return sysFunction(f, replica.get(), List.of(dev.quern.catalog.type.SqlTypes.SYSNAME));
      }
      var msdb = dev.quern.engine.func.AgentDatetimeFunction.lookup(parts,
          bind.session() == null ? null : bind.session().databaseName());
      return msdb.isPresent() ? msdbFunction(f, msdb.get()) : UserFunctionCalls.scalar(f, exprs, bind);
    }
    if (f.args().stream().anyMatch(UserFunctionCalls::isDefault)) {
      throw SqlErrors.SYNTAX_NEAR_KEYWORD.raise("DEFAULT"); // only a user-defined function takes DEFAULT
    }
    ScalarFunction fn =
        bind.functions()
            .lookup(name)
            .orElseThrow(
                () ->
                    name.startsWith("@@")
                        ? SqlErrors.MUST_DECLARE_SCALAR.raise(f.name())
                        : SqlErrors.NOT_A_BUILTIN_FUNCTION.raise(f.name()));
    List<BoundExpr> args = new ArrayList<>();
    for (int i = 0; i < f.args().size(); i++) {
      Expr a = f.args().get(i);
      if (i == 0 && DATEPART_FUNCTIONS.contains(name) && a instanceof ColumnRef c && c.parts().size() == 1) {
        String part = c.name();
        args.add(new Constant(part, SqlType.ofLength(dev.quern.catalog.type.TypeId.VARCHAR, part.length()), part));
      } else {
        args.add(exprs.value(a));
      }
    }
    JsonOperands.checkStringFunction(name, args);
    for (int i = 0; i < args.size(); i++) {
      if (JsonArguments.isJsonText(f.args().get(i)) || JsonOperands.isJson(args.get(i).type())) {
        fn = fn.withJsonArgument(i);
      }
    }
    if (fn.collationSensitive()) {
      fn = fn.withCollation(argumentCollation(args, name));
    }
    // REGEXP_*(NULL, …): SQL Server reads an untyped NULL as a NULL varchar (REGEXP_SUBSTR's is varchar(1)).
    if (name.startsWith("REGEXP_")) {
      args.replaceAll(a -> ExpressionBinder.isUntypedNull(a) ? new Constant(null, SqlType.ofLength(dev.quern.catalog.type.TypeId.VARCHAR, 1), "NULL") : a);
    }
    // ISNULL(NULL, x): an untyped NULL has no type of its own, so it takes x's.
    if (name.equals("ISNULL") && args.size() == 2 && ExpressionBinder.isUntypedNull(args.get(0))) {
      args.set(0, new Constant(null, args.get(1).type(), "NULL"));
    }
    SqlType type;
    try {
      type = fn.returnType(args.stream().map(BoundExpr::type).toList());
    } catch (SqlValueException ex) {
      throw ExpressionBinder.compileError(ex);
    }
    return new FunctionExpr(fn, args, type, true, f.toSql());
  }

  /**
   * A call of msdb's agent_datetime, bound as a call of the user function it is in SQL Server
   * would be: 313/8144 for a wrong count, each argument converted to its int parameter.
   */
  private BoundExpr msdbFunction(FunctionCall f, ScalarFunction fn) {
    List<SqlType> params = dev.quern.engine.func.AgentDatetimeFunction.PARAMETERS;
    dev.quern.engine.proc.UserFunctions.checkArity(f.args().size(), params.size(), f.name());
    List<BoundExpr> args = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      args.add(exprs.implicit(exprs.value(f.args().get(i)), params.get(i)));
    }
    return new FunctionExpr(fn, args, fn.returnType(params), true, f.toSql());
  }

  /** A call of a function SQL Server keeps in the sys schema: 313/8144 for a wrong count, each argument converted to its parameter. */
  private BoundExpr sysFunction(FunctionCall f, ScalarFunction fn, List<SqlType> params) {
    dev.quern.engine.proc.UserFunctions.checkArity(f.args().size(), params.size(), f.name());
    List<BoundExpr> args = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      args.add(exprs.implicit(exprs.value(f.args().get(i)), params.get(i)));
    }
    return new FunctionExpr(fn, args, fn.returnType(params), true, f.toSql());
  }

  /** The collation the character arguments resolve to (468 when two conflict). */
  private static dev.quern.catalog.value.Collation argumentCollation(List<BoundExpr> args, String name) {
    ExprCollations.Derived d = null;
    for (BoundExpr a : args) {
      if (a.type() != null && dev.quern.catalog.type.SqlTypes.isCharacter(a.type().id())) {
        ExprCollations.Derived next = ExprCollations.of(a);
        d = d == null ? next : ExprCollations.resolve(d, next, name.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return d == null ? dev.quern.catalog.value.SupportedCollations.DEFAULT : d.collation();
  }

  /** CHECKSUM(*) / BINARY_CHECKSUM(*): the function over every column of the row, in order. */
  private BoundExpr rowChecksum(FunctionCall f, String name) {
    List<BoundExpr> args = new ArrayList<>();
    List<dev.quern.engine.api.ResultColumn> columns = exprs.columns().columns();
    for (int i = 0; i < columns.size(); i++) {
      dev.quern.engine.api.ResultColumn c = columns.get(i);
      args.add(new dev.quern.engine.expr.ColumnExpr(i, c.name(), c.type(), c.nullable()));
    }
    ScalarFunction fn = bind.functions().lookup(name).orElseThrow();
    SqlType type;
    try {
      type = fn.returnType(args.stream().map(BoundExpr::type).toList());
    } catch (SqlValueException ex) {
      throw ExpressionBinder.compileError(ex);
    }
    return new FunctionExpr(fn, args, type, true, f.toSql());
  }

  private static void arity(FunctionCall f, int n) {
    if (f.args().size() != n) {
      throw SqlErrors.FUNCTION_ARG_COUNT.raise(f.name().toLowerCase(Locale.ROOT), n);
    }
  }

  static boolean isAggregate(FunctionCall f) {
    return f.parens() && AGGREGATES.contains(f.name().toUpperCase(Locale.ROOT));
  }
}
