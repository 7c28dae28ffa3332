package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Arithmetic;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.Literals;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.catalog.value.TypePrecedence;
import dev.quern.catalog.value.TypedValue;
import dev.quern.engine.ast.BetweenExpr;
import dev.quern.engine.ast.BinaryExpr;
import dev.quern.engine.ast.CaseExpr;
import dev.quern.engine.ast.CastExpr;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.ComparisonExpr;
import dev.quern.engine.ast.ExistsExpr;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.ast.InListExpr;
import dev.quern.engine.ast.IsNullExpr;
import dev.quern.engine.ast.LikeExpr;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.LogicalExpr;
import dev.quern.engine.ast.NotExpr;
import dev.quern.engine.ast.ParenExpr;
import dev.quern.engine.ast.SubqueryExpr;
import dev.quern.engine.ast.UnaryExpr;
import dev.quern.engine.ast.VariableRef;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.expr.ArithmeticExpr;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.expr.ConvertExpr;
import dev.quern.engine.expr.InListPredicate;
import dev.quern.engine.expr.IsNullPredicate;
import dev.quern.engine.expr.LikePredicate;
import dev.quern.engine.expr.LogicalPredicate;
import dev.quern.engine.expr.NotPredicate;
import dev.quern.engine.expr.VariableExpr;
import dev.quern.engine.func.AtTimeZoneFunction;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import dev.quern.engine.parser.TokenStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds AST expressions: resolves variables, columns and functions, computes types with SQL
 * Server's rules (from the catalog), inserts the conversions assignments need, and folds
 * constants.
 */
public final class ExpressionBinder {
  private final BindContext bind;
  private final ColumnScope columns;
  private final AggregateHandler aggregates;
  private final String clause;
  /** The window functions this binder may read, by their text: columns below it (null: none). */
  private final java.util.Map<String, BoundExpr> windows;

  ExpressionBinder(BindContext bind, ColumnScope columns, AggregateHandler aggregates, String clause) {
    this(bind, columns, aggregates, clause, null);
  }

  ExpressionBinder(
      BindContext bind, ColumnScope columns, AggregateHandler aggregates, String clause,
      java.util.Map<String, BoundExpr> windows) {
    this.bind = bind;
    this.columns = columns;
    this.aggregates = aggregates;
    this.clause = clause;
    this.windows = windows;
  }

  /** Binds a value expression (a predicate here is a syntax error, as SQL Server reports it). */
  public BoundExpr value(Expr e) {
    BoundExpr b = bind(e);
    if (b instanceof dev.quern.engine.expr.RegexpLikePredicate) {
      throw SqlErrors.SYNTAX_NEAR_KEYWORD.raise("REGEXP_LIKE"); // a predicate in SQL Server's grammar, never a value
    }
    if (b.isPredicate()) {
      throw syntaxNear(e);
    }
    return b;
  }

  /** Binds a search condition (IF, WHILE, WHERE, HAVING, WHEN). */
  public BoundExpr condition(Expr e) {
    BoundExpr b = bind(e);
    if (!b.isPredicate()) {
      throw SqlErrors.NON_BOOLEAN_CONDITION.raise(lastWord(e.toSql()));
    }
    return b;
  }

  BoundExpr bind(Expr e) {
    if (aggregates != null) {
      BoundExpr key = aggregates.key(e);
      if (key != null) {
        return key;
      }
    }
    BoundExpr outerKey = enclosingKey(e);
    if (outerKey != null) {
      return outerKey;
    }
    BoundExpr b = bindNode(e);
    return Folding.fold(b, bind.foldContext(), bind.dateSettingsChanged());
  }

  /**
   * In a subquery of a grouped query, an expression equal to one of its grouping keys (GROUP BY
   * COALESCE(t.a, '') … (SELECT … WHERE COALESCE(t.a, '') = …)) is that key's value in the grouped
   * row, as in SQL Server; its columns alone are not readable there. Only when none of its columns
   * is this query's own: a local column of the same name is the subquery's.
   */
  private BoundExpr enclosingKey(Expr e) {
    if (e instanceof ColumnRef || e instanceof Literal || !bind.inGroupedSubquery()
        || !referencesOnlyOuterColumns(e)) {
      return null;
    }
    return bind.enclosingKey(e);
  }

  /** Whether {@code e} reads columns and none of them resolves in this binder's own scope. */
  private boolean referencesOnlyOuterColumns(Expr e) {
    List<ColumnRef> refs = new ArrayList<>();
    if (!ColumnRefs.collect(e, refs) || refs.isEmpty()) {
      return false;
    }
    for (ColumnRef r : refs) {
      try {
        if (!columns.columns().isEmpty()) {
          columns.resolve(r.parts());
          return false;
        }
      } catch (dev.quern.engine.error.SqlException ex) {
        if (ex.number() != 207 && ex.number() != 4104) {
          return false;
        }
      }
    }
    return true;
  }

  private BoundExpr bindNode(Expr e) {
    return switch (e) {
      case Literal l -> literal(l);
      case VariableRef v -> variable(v);
      case ColumnRef c -> column(c);
      case ParenExpr p -> bind(p.inner());
      case dev.quern.engine.ast.CollateExpr c -> collate(c);
      case dev.quern.engine.ast.AtTimeZoneExpr a -> atTimeZone(a);
      case UnaryExpr u -> unary(u);
      case BinaryExpr b -> binary(b);
      case ComparisonExpr c -> comparison(c);
      case NotExpr n -> new NotPredicate(condition(n.operand()));
      case LogicalExpr l -> new LogicalPredicate(l.and(), condition(l.left()), condition(l.right()));
      case BetweenExpr b -> between(b);
      case InListExpr i -> inList(i);
      case LikeExpr l -> {
        BoundExpr[] o = operands(l.operand(), l.pattern(), false);
        JsonOperands.checkStringArgument(o[0], 1, "like");
        JsonOperands.checkStringArgument(o[1], 2, "like");
        yield new LikePredicate(o[0], o[1], l.escape() == null ? null : value(l.escape()), l.not());
      }
      case IsNullExpr i -> new IsNullPredicate(methodTarget(i.operand()), i.not());
      case CaseExpr c -> caseExpr(c);
      case CastExpr c -> cast(c);
      case FunctionCall f -> {
        deduceLikeTheOthers(f);
        BoundExpr method = HierarchyIdMethodBinder.onColumn(this, f);
        if (method == null) {
          method = SpatialMethodBinder.onColumn(this, f);
        }
        if (method == null) {
          method = XmlMethodBinder.onColumn(this, f);
        }
        yield method != null ? method : new FunctionBinder(this, bind, aggregates, clause).call(f);
      }
      case dev.quern.engine.ast.JsonConstructor j -> JsonConstructorBinder.bind(j, this);
      case SubqueryExpr s -> subquery(s);
      case dev.quern.engine.ast.MethodCall x -> {
        BoundExpr method = x.namespaces() == null ? typeMethod(methodTarget(x.target()), x)
            : XmlMethodBinder.onName(this, x);
        yield method != null ? method : new FunctionBinder(this, bind, aggregates, clause).call(x.asFunctionCall());
      }
      case dev.quern.engine.ast.StaticMethodCall s -> SpatialMethodBinder.isSpatialName(s.typeName())
          ? SpatialMethodBinder.bindStatic(this, s) : HierarchyIdMethodBinder.bindStatic(this, s);
      case dev.quern.engine.ast.PropertyRef p -> property(p);
      case dev.quern.engine.ast.QuantifiedExpr q -> quantified(q);
      case dev.quern.engine.ast.NextValueExpr n -> TableSources.nextValue(bind, n);
      case ExistsExpr x -> {
        Subquery sq = subqueryOf(existsQuery(x.query()));
        yield new dev.quern.engine.exec.op.ExistsPredicate(sq.plan(), x.toSql(), sq.uncorrelated());
      }
      case dev.quern.engine.ast.WithinGroupExpr w -> {
        if (aggregates == null) {
          throw SqlErrors.AGGREGATE_IN_WHERE.raise();
        }
        yield aggregates.aggregate(w.call(), w.order());
      }
      case dev.quern.engine.ast.WindowExpr w -> {
        BoundExpr column = windows == null ? null : windows.get(w.toSql());
        if (column == null) {
          throw SqlErrors.WINDOW_FUNCTION_PLACE.raise();
        }
        yield column;
      }
    };
  }

  /**
   * A subquery bound with this binder's columns as its enclosing scope. Where this binder works
   * over aggregated rows (the select list, HAVING and ORDER BY of a grouped query) the row a
   * subquery is evaluated on is the grouped row, so the subquery reads the grouping keys there
   * (it may still read queries further out).
   */
  /**
   * EXISTS asks only whether a row comes: SQL Server does not expand its SELECT *, so a grouped
   * query may stand there (EXISTS (SELECT * FROM t GROUP BY a HAVING COUNT(*) > 1)) without 8120
   * for the ungrouped columns the star would name. The star becomes a constant; listed columns are
   * checked as anywhere.
   */
  private static dev.quern.engine.ast.QuerySpec existsQuery(dev.quern.engine.ast.QuerySpec q) {
    boolean grouped = !q.groupBy().isEmpty() || q.having() != null;
    if (!grouped || q.items().isEmpty()
        || !q.items().stream().allMatch(i -> i instanceof dev.quern.engine.ast.SelectItem.Star)) {
      return q;
    }
    var one = new dev.quern.engine.ast.SelectItem.Column(
        new dev.quern.engine.ast.Literal(dev.quern.engine.ast.Literal.Kind.NUMBER, "1"), null);
    return new dev.quern.engine.ast.QuerySpec(q.distinct(), q.top(), List.of(one), q.from(), q.where(), q.groupBy(),
        q.having(), q.orderBy(), q.offset(), q.fetch(), q.compounds());
  }

  /** A bound subquery, and whether it reads no enclosing query's row (its result is the same for every row). */
  private record Subquery(QueryBinder.Bound bound, boolean uncorrelated) {
    dev.quern.engine.plan.QueryPlan plan() {
      return bound.plan();
    }
  }

  private Subquery subqueryOf(dev.quern.engine.ast.QuerySpec q) {
    ColumnScope enclosing = aggregates == null ? columns : aggregates.keyScope(columns);
    int outerReferences = bind.outerReferences();
    QueryBinder.Bound b = bind.inSubqueryOf(enclosing, aggregates, () -> new QueryBinder(bind).bindQuery(q));
    return new Subquery(b, bind.outerReferences() == outerReferences);
  }

  private BoundExpr literal(Literal l) {
    try {
      TypedValue tv =
          switch (l.kind()) {
            case NULL, DEFAULT -> new TypedValue(null, SqlTypes.INT);
            case NUMBER -> Literals.numeric(l.text());
            case FLOAT -> Literals.floating(l.text());
            case MONEY -> Literals.money(l.text());
            case STRING -> Literals.string(l.text());
            case NSTRING -> Literals.nstring(l.text());
            case BINARY -> Literals.binary(l.text());
          };
      return new Constant(tv.value(), tv.type(), l.toSql());
    } catch (SqlValueException ex) {
      throw compileError(ex);
    }
  }

  private BoundExpr variable(VariableRef v) {
    if (bind.undeclared() != null && !bind.variables().has(v.name())) {
      throw dev.quern.engine.error.DescribeErrors.CANNOT_DEDUCE.raise(v.name());
    }
    VariableScope.Variable var = bind.variables().resolve(v.name());
    return new VariableExpr(var.slot(), var.name(), var.type());
  }

  /** A method called on a value, bound by its type: hierarchyid's, else xml's (258 for a type with none). */
  private BoundExpr typeMethod(BoundExpr target, dev.quern.engine.ast.MethodCall x) {
    if (JsonOperands.isJson(target.type())) {
      return JsonMethodBinder.bind(this, x);
    }
    if (SpatialMethodBinder.isSpatial(target.type())) {
      return SpatialMethodBinder.bind(this, target, x);
    }
    return target.type().id() == dev.quern.catalog.type.TypeId.HIERARCHYID
        ? HierarchyIdMethodBinder.bind(this, target, x)
        : XmlMethodBinder.bind(this, target, x);
  }

  /**
   * An xml method's target or IS [NOT] NULL's operand: the one place a nodes() row's column may be
   * read (493 anywhere else).
   */
  BoundExpr methodTarget(Expr e) {
    if (!(e instanceof ColumnRef c)) {
      return value(e);
    }
    nodeColumnAllowed = true;
    try {
      return column(c);
    } finally {
      nodeColumnAllowed = false;
    }
  }

  private boolean nodeColumnAllowed;

  /** {@code target.Property}: geometry's and geography's; 6592 for hierarchyid's (it has none), 258 for other types. */
  private BoundExpr property(dev.quern.engine.ast.PropertyRef p) {
    BoundExpr target = methodTarget(p.target());
    if (SpatialMethodBinder.isSpatial(target.type())) {
      return SpatialMethodBinder.property(target, p.property(), p.toSql());
    }
    if (target.type().id() == dev.quern.catalog.type.TypeId.HIERARCHYID) {
      throw dev.quern.engine.error.ClrTypeErrors.NO_PROPERTY.raise(p.property(),
          "Microsoft.SqlServer.Types.SqlHierarchyId", "Microsoft.SqlServer.Types");
    }
    throw SqlErrors.METHOD_ON_NON_XML.raise(SqlTypes.name(target.type().id()));
  }

  private BoundExpr column(ColumnRef c) {
    BoundExpr col;
    try {
      col = resolvedColumn(c);
    } catch (dev.quern.engine.error.SqlException e) {
      // col.STX parses as a two-part column name: a property when col is a geometry or geography column.
      BoundExpr property = e.number() == 207 || e.number() == 4104 ? SpatialMethodBinder.propertyOnColumn(this, c) : null;
      if (property == null) {
        throw e;
      }
      return property;
    }
    if (!nodeColumnAllowed && dev.quern.engine.expr.XmlNodeRef.isNodeType(col.type())) {
      throw dev.quern.engine.error.XQueryErrors.NODES_COLUMN_DIRECT.raise(c.name());
    }
    return col;
  }

  private BoundExpr resolvedColumn(ColumnRef c) {
    BoundExpr col;
    try {
      if (columns.columns().isEmpty() && columns.qualifier() == null) {
        throw SqlErrors.INVALID_COLUMN.raise(c.name());
      }
      col = columns.resolve(c.parts());
    } catch (dev.quern.engine.error.SqlException e) {
      BoundExpr outer = e.number() == 207 || e.number() == 4104 ? bind.enclosingColumn(c.parts()) : null;
      if (outer == null) {
        throw e;
      }
      return outer; // a correlated reference: constant while the subquery runs once
    }
    if (aggregates != null) {
      // Reached only when the column is not a grouping key (keys were matched first).
      throw SqlErrors.NOT_IN_GROUP_BY.raise(
          (columns.qualifier() != null ? columns.qualifier() + "." : "") + c.name());
    }
    return col;
  }

  /** A scalar subquery; it may read the current row's columns (a correlated subquery). */
  private BoundExpr subquery(SubqueryExpr s) {
    Subquery sq = subqueryOf(s.query());
    if (s.forClause() != null) {
      return new dev.quern.engine.exec.op.SubqueryExpr(
          ForClauses.wrap(sq.bound(), s.query(), s.forClause(), false), s.toSql(), sq.uncorrelated());
    }
    if (sq.plan().columns().size() != 1) {
      throw SqlErrors.SUBQUERY_ONE_COLUMN.raise();
    }
    return new dev.quern.engine.exec.op.SubqueryExpr(sq.plan(), s.toSql(), sq.uncorrelated());
  }

  /** {@code x op ALL/ANY (subquery)}; {@code [NOT] IN (subquery)} is {@code [NOT] (x = ANY …)}. */
  private BoundExpr quantified(dev.quern.engine.ast.QuantifiedExpr q) {
    Subquery b = subqueryOf(q.query());
    if (b.plan().columns().size() != 1) {
      throw SqlErrors.SUBQUERY_ONE_COLUMN.raise();
    }
    BoundExpr left = value(q.left());
    XmlComparability.checkComparison(left.type(), b.plan().columns().getFirst().type());
    if (VectorRules.involved(left.type(), b.plan().columns().getFirst().type())) {
      VectorRules.checkComparison(q.op(), left.type(), b.plan().columns().getFirst().type());
    }
    BoundExpr p =
        new dev.quern.engine.exec.op.QuantifiedPredicate(q.op(), q.all(), left, b.plan(), q.toSql(), b.uncorrelated());
    return q.not() ? new NotPredicate(p) : p;
  }

  private BoundExpr unary(UnaryExpr u) {
    BoundExpr operand = value(u.operand());
    if (u.op() == '+') {
      return operand;
    }
    return new dev.quern.engine.expr.UnaryExpr(u.op(), operand);
  }

  private BoundExpr binary(BinaryExpr b) {
    BoundExpr[] o = operands(b.left(), b.right(), false);
    BoundExpr left = o[0];
    BoundExpr right = o[1];
    if (b.op() == BinaryExpr.PIPES) {
      return ConcatPipes.bind(left, right);
    }
    // An untyped NULL takes the other operand's type: 'a' + NULL is a NULL varchar, not an int.
    if (isUntypedNull(left)) {
      left = new Constant(null, right.type(), "NULL");
    } else if (isUntypedNull(right)) {
      right = new Constant(null, left.type(), "NULL");
    }
    SqlType type;
    try {
      type = Arithmetic.resultType(b.op(), left.type(), right.type());
    } catch (SqlValueException ex) {
      throw compileError(ex);
    }
    return new ArithmeticExpr(b.op(), left, right, type);
  }

  /** {@code x COLLATE name}: only character values have a collation (447 for others). */
  private BoundExpr collate(dev.quern.engine.ast.CollateExpr c) {
    BoundExpr operand = value(c.operand());
    if (!SqlTypes.isCharacter(operand.type().id())) {
      throw SqlErrors.COLLATE_INVALID_TYPE.raise(SqlTypes.name(operand.type().id()));
    }
    // DATABASE_DEFAULT: the current database's collation, as an explicit one.
    dev.quern.catalog.value.Collation collation = c.collation().equalsIgnoreCase("DATABASE_DEFAULT")
        ? dev.quern.engine.expr.DatabaseCollation.current()
        : dev.quern.catalog.value.SupportedCollations.find(c.collation());
    return new dev.quern.engine.expr.CollatedExpr(operand, collation);
  }

  /**
   * {@code x AT TIME ZONE zone}: a call of {@link AtTimeZoneFunction} on both operands, checked
   * here (8116); an untyped NULL on either side gives NULL. Nullable, as the built-ins' results are.
   */
  private BoundExpr atTimeZone(dev.quern.engine.ast.AtTimeZoneExpr a) {
    BoundExpr input = value(a.operand());
    BoundExpr zone = value(a.zone());
    if (isUntypedNull(input)) {
      input = new Constant(null, SqlType.withScale(dev.quern.catalog.type.TypeId.DATETIMEOFFSET, 7), "NULL");
    }
    if (isUntypedNull(zone)) {
      zone = new Constant(null, SqlTypes.SYSNAME, "NULL");
    }
    SqlType type;
    try {
      type = AtTimeZoneFunction.INSTANCE.returnType(List.of(input.type(), zone.type()));
    } catch (SqlValueException ex) {
      throw compileError(ex);
    }
    return new dev.quern.engine.expr.FunctionExpr(AtTimeZoneFunction.INSTANCE, List.of(input, zone), type, true, a.toSql());
  }

  private BoundExpr between(BetweenExpr b) {
    BoundExpr[] o = operands(b.operand(), b.low(), false);
    BoundExpr operand = o[0];
    BoundExpr range =
        new LogicalPredicate(
            true,
            new ComparisonPredicate(">=", operand, o[1]),
            new ComparisonPredicate("<=", operand, beside(b.high(), operand.type(), false)));
    return b.not() ? new NotPredicate(range) : range;
  }

  private BoundExpr caseExpr(CaseExpr c) {
    BoundExpr operand = c.operand() == null ? null : value(c.operand());
    List<BoundExpr> conditions = new ArrayList<>();
    List<BoundExpr> results = new ArrayList<>();
    for (CaseExpr.When w : c.whens()) {
      conditions.add(
          operand == null ? condition(w.condition()) : new ComparisonPredicate("=", operand, value(w.condition())));
      results.add(value(w.result()));
    }
    BoundExpr otherwise = c.elseResult() == null ? null : value(c.elseResult());
    return caseOf(conditions, results, otherwise, c.toSql());
  }

  /** A CASE whose results are converted to their common type (by data type precedence). */
  BoundExpr caseOf(List<BoundExpr> conditions, List<BoundExpr> results, BoundExpr otherwise, String sql) {
    List<BoundExpr> all = new ArrayList<>(results);
    if (otherwise != null) {
      all.add(otherwise);
    }
    SqlType type = commonType(all);
    List<BoundExpr> converted = results.stream().map(r -> implicit(r, type)).toList();
    return new dev.quern.engine.expr.CaseExpr(
        conditions, converted, otherwise == null ? null : implicit(otherwise, type), type, sql);
  }

  static boolean isUntypedNull(BoundExpr e) {
    return e instanceof Constant k && k.value() == null && k.toSql().equals("NULL");
  }

  /** The result type of several expressions; untyped NULL constants do not vote. */
  SqlType commonType(List<BoundExpr> exprs) {
    SqlType type = null;
    for (BoundExpr r : exprs) {
      if (r instanceof Constant k && k.value() == null && k.toSql().equals("NULL")) {
        continue;
      }
      try {
        type = type == null ? r.type() : TypePrecedence.resultType(type, r.type());
      } catch (SqlValueException ex) {
        throw compileError(ex);
      }
    }
    return type == null ? SqlTypes.INT : type;
  }

  private BoundExpr cast(CastExpr c) {
    SqlType target = TypeResolver.forCast(c.type(), bind.session());
    BoundExpr operand = valueFor(c.operand(), target);
    // CAST(NULL AS date) is allowed although int → date is not: a bare NULL has no type yet.
    if (isUntypedNull(operand)) {
      operand = new Constant(null, target, "NULL");
    }
    // No style written is not style 0: CAST(date AS varchar) is ISO, CONVERT(varchar, date, 0) is 'mon dd yyyy'.
    int style = Conversions.NO_STYLE;
    if (c.style() != null) {
      BoundExpr s = value(c.style());
      if (!(s instanceof Constant k) || !(k.value() instanceof Number n)) {
        throw SqlErrors.SYNTAX_NEAR.raise(c.style().toSql());
      }
      style = n.intValue();
    }
    if (!c.isTry() && !Conversions.explicitlyConvertible(operand.type(), target)) {
      throw SqlErrors.EXPLICIT_CONVERSION_NOT_ALLOWED.raise(
          SqlTypes.name(operand.type().id()), SqlTypes.name(target.id()));
    }
    return new ConvertExpr(operand, target, style, c.isTry(), c.toSql());
  }

  /** {@code =}, {@code <>} deduce an undeclared parameter simply, the other comparisons generally. */
  private BoundExpr comparison(ComparisonExpr c) {
    boolean simple = switch (c.op()) {
      case "=", "<>", "!=", ComparisonPredicate.DISTINCT, ComparisonPredicate.NOT_DISTINCT -> true;
      default -> false;
    };
    BoundExpr[] o = operands(c.left(), c.right(), simple);
    for (BoundExpr operand : o) {
      if (SpatialMethodBinder.isSpatial(operand.type())) { // no CLR operator: geometry and geography are not comparable
        throw dev.quern.engine.error.ClrTypeErrors.INVALID_OPERATOR.raise(VectorRules.operatorName(c.op()),
            SqlTypes.name(operand.type().id()));
      }
    }
    XmlComparability.checkComparison(o[0].type(), o[1].type());
    if (VectorRules.involved(o[0].type(), o[1].type())) {
      VectorRules.checkComparison(c.op(), isUntypedNull(o[0]) ? null : o[0].type(),
          isUntypedNull(o[1]) ? null : o[1].type());
    }
    return new ComparisonPredicate(c.op(), o[0], o[1]);
  }

  /** {@code x IN (a, b)} compares as {@code x = a OR x = b}: simple deduction from the operand. */
  private BoundExpr inList(InListExpr i) {
    List<BoundExpr> items = new ArrayList<>();
    BoundExpr operand;
    if (UndeclaredParameters.undeclared(bind, i.operand()) != null && !i.items().isEmpty()) {
      BoundExpr[] o = operands(i.operand(), i.items().getFirst(), true);
      operand = o[0];
      items.add(o[1]);
    } else {
      operand = value(i.operand());
    }
    for (int k = items.size(); k < i.items().size(); k++) {
      items.add(beside(i.items().get(k), operand.type(), true));
    }
    if (VectorRules.isVector(operand.type())) {
      VectorRules.checkComparison("=", operand.type(), operand.type());
    }
    XmlComparability.checkComparison(operand.type(), null);
    return new InListPredicate(operand, items, i.not());
  }

  /**
   * Binds two operands of one expression in order. In metadata discovery an undeclared parameter
   * on one side takes its type from the other (the other's own type when {@code simple}, else by
   * general deduction); both untyped is 11503.
   */
  private BoundExpr[] operands(Expr l, Expr r, boolean simple) {
    if (bind.undeclared() == null) {
      return new BoundExpr[] {value(l), value(r)};
    }
    String lp = UndeclaredParameters.undeclared(bind, l);
    String rp = UndeclaredParameters.undeclared(bind, r);
    UndeclaredParameters.checkPair(lp, rp);
    if (lp != null) {
      BoundExpr right = value(r);
      return new BoundExpr[] {beside(l, right.type(), simple), right};
    }
    BoundExpr left = value(l);
    return new BoundExpr[] {left, beside(r, left.type(), simple)};
  }

  /** Binds {@code e} beside an operand of type {@code other} (see {@link #operands}). */
  private BoundExpr beside(Expr e, SqlType other, boolean simple) {
    String p = UndeclaredParameters.undeclared(bind, e);
    return p == null ? value(e) : deduced(p, simple ? other : UndeclaredParameters.general(other));
  }

  /**
   * ISNULL, COALESCE and NULLIF return one of their arguments: in metadata discovery an undeclared
   * parameter among them takes the type of the first other argument that is a column or a
   * constant, by the general rules (ISNULL(@p, int_column) gives int, with an nvarchar(40) column
   * nvarchar(4000)).
   */
  private void deduceLikeTheOthers(FunctionCall f) {
    if (bind.undeclared() == null || !SAME_TYPE_FUNCTIONS.contains(f.name().toUpperCase(java.util.Locale.ROOT))) {
      return;
    }
    Expr typed = f.args().stream()
        .filter(a -> a instanceof ColumnRef || a instanceof Literal l && l.kind() != Literal.Kind.NULL)
        .findFirst().orElse(null);
    if (typed == null) {
      return;
    }
    SqlType other = UndeclaredParameters.general(value(typed).type());
    for (Expr a : f.args()) {
      String p = UndeclaredParameters.undeclared(bind, a);
      if (p != null) {
        deduced(p, other);
      }
    }
  }

  private static final java.util.Set<String> SAME_TYPE_FUNCTIONS = java.util.Set.of("ISNULL", "COALESCE", "NULLIF");

  /**
   * Binds {@code e} as a value going to {@code target} (an assignment, INSERT VALUES, UPDATE SET,
   * CAST): in metadata discovery an undeclared parameter there takes {@code target}.
   */
  public BoundExpr valueFor(Expr e, SqlType target) {
    String p = UndeclaredParameters.undeclared(bind, e);
    return p == null ? value(e) : deduced(p, target);
  }

  private BoundExpr deduced(String name, SqlType type) {
    VariableScope.Variable v = bind.undeclared().deduce(bind.variables(), name, type, false);
    return new VariableExpr(v.slot(), v.name(), v.type());
  }

  /** Converts {@code e} to {@code target} as assignment does; error 257 when not implicit. */
  public BoundExpr implicit(BoundExpr e, SqlType target) {
    if (e.type().equals(target)) {
      return e;
    }
    if (isUntypedNull(e)) {
      return new Constant(null, target, "NULL"); // INSERT … VALUES (NULL) into a date column
    }
    if (!Conversions.implicitlyConvertible(e.type(), target)) {
      if ((VectorRules.involved(e.type(), target) || JsonOperands.involved(e.type(), target))
          && !Conversions.explicitlyConvertible(e.type(), target)) {
        throw SqlErrors.OPERAND_TYPE_CLASH.raise(SqlTypes.name(e.type().id()), SqlTypes.name(target.id()));
      }
      throw SqlErrors.IMPLICIT_CONVERSION_NOT_ALLOWED.raise(
          SqlTypes.name(e.type().id()), SqlTypes.name(target.id()));
    }
    return Folding.fold(new ConvertExpr(e, target, Conversions.NO_STYLE, false, e.toSql()), bind.foldContext(),
        bind.dateSettingsChanged());
  }

  ColumnScope columns() {
    return columns;
  }

  static SqlException compileError(SqlValueException ex) {
    return new SqlException(ex.number(), ex.severity(), ex.state(), ex.text(), Abort.COMPILE);
  }

  private static SqlException syntaxNear(Expr e) {
    String sql = e.toSql();
    String near = sql.contains("=") ? "=" : sql;
    return TokenStream.errorNear(new Token(TokenType.SYMBOL, near, near, 1, 0));
  }

  private static String lastWord(String sql) {
    String[] words = sql.trim().split("\\s+");
    return words[words.length - 1];
  }
}
