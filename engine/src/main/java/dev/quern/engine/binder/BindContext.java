package dev.quern.engine.binder;

import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.func.FunctionContext;
import dev.quern.engine.func.FunctionRegistry;

/**
 * What binding one batch needs: its variables, the built-in functions, and a context to fold
 * constants with (session facts for deterministic built-ins).
 */
public final class BindContext implements dev.quern.engine.plan.BindingScope {
  private final VariableScope variables;
  private final FunctionRegistry functions;
  private final EvalContext fold;
  private final boolean inProcedure;
  /** Whether a SET DATEFORMAT, DATEFIRST or LANGUAGE was bound earlier in this batch. */
  private boolean dateSettingsChanged;

  public BindContext(
      VariableScope variables, FunctionRegistry functions, FunctionContext session, boolean inProcedure) {
    this.variables = variables;
    this.functions = functions;
    this.fold = new EvalContext(new Object[0], session);
    this.inProcedure = inProcedure;
  }

  /** Sources bound early to learn their columns, and a count of binds (see {@link LearnedSources}). */
  private final LearnedSources learned = new LearnedSources();

  LearnedSources learned() {
    return learned;
  }

  /**
   * Ends binding with the request's cancellation (ATTENTION, KILL, a query timeout): a query that
   * takes long to compile stops as one that takes long to run does.
   */
  void checkCancelled() {
    if (fold.functions instanceof dev.quern.engine.session.SessionState state) {
      state.checkCancelled();
    }
  }

  public VariableScope variables() {
    return variables;
  }

  public FunctionRegistry functions() {
    return functions;
  }

  /** The session facts functions fold with (the session's state when compiling for one). */
  public FunctionContext session() {
    return fold.functions;
  }

  EvalContext foldContext() {
    return fold;
  }

  boolean dateSettingsChanged() {
    return dateSettingsChanged;
  }

  /** A SET of DATEFORMAT, DATEFIRST or LANGUAGE: what follows may run under other values. */
  void noteDateSettingsChange() {
    dateSettingsChanged = true;
  }

  /** The base tables bound in FROM clauses so far, by lower-cased qualifier: CONTAINS finds its table here. */
  private final java.util.Map<String, dev.quern.engine.store.ResolvedTable> tableSources = new java.util.HashMap<>();

  void noteTableSource(String qualifier, dev.quern.engine.store.ResolvedTable table) {
    tableSources.put(qualifier.toLowerCase(java.util.Locale.ROOT), table);
  }

  java.util.Map<String, dev.quern.engine.store.ResolvedTable> tableSources() {
    return tableSources;
  }

  /**
   * The recursive common table expressions whose recursive part is being bound, by lower-cased
   * name: what a reference to one of them reads.
   */
  private final java.util.Map<String, dev.quern.engine.plan.WorkTableScanNode> workTables = new java.util.HashMap<>();

  private int workTableIds;

  /** A work table id not used yet in this batch. */
  int newWorkTableId() {
    return ++workTableIds;
  }

  /** While the recursive part of {@code node}'s expression is bound, its name reads {@code node}. */
  void enterRecursion(dev.quern.engine.plan.WorkTableScanNode node) {
    workTables.put(node.name().toLowerCase(java.util.Locale.ROOT), node);
  }

  void leaveRecursion(dev.quern.engine.plan.WorkTableScanNode node) {
    workTables.remove(node.name().toLowerCase(java.util.Locale.ROOT));
  }

  /** The work table a recursive reference to {@code name} reads, if its recursive part is being bound. */
  java.util.Optional<dev.quern.engine.plan.WorkTableScanNode> workTable(String name) {
    return java.util.Optional.ofNullable(workTables.get(name.toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * The column scopes of the queries enclosing the subquery being bound, innermost first: where a
   * column its own FROM does not have is looked for (a correlated subquery).
   */
  private final java.util.Deque<ColumnScope> enclosing = new java.util.ArrayDeque<>();

  /**
   * The FOR SYSTEM_TIME a view was read with, while its definition is bound: it applies to every
   * system-versioned table the view reads (null: none).
   */
  private dev.quern.engine.ast.SystemTimeClause viewSystemTime;

  dev.quern.engine.ast.SystemTimeClause viewSystemTime() {
    return viewSystemTime;
  }

  /** Binds with {@code clause} as the FOR SYSTEM_TIME of the tables read (null: none). */
  <T> T withViewSystemTime(dev.quern.engine.ast.SystemTimeClause clause, java.util.function.Supplier<T> binding) {
    var outer = viewSystemTime;
    viewSystemTime = clause;
    try {
      return binding.get();
    } finally {
      viewSystemTime = outer;
    }
  }

  <T> T inSubqueryOf(ColumnScope scope, java.util.function.Supplier<T> bindSubquery) {
    return inSubqueryOf(scope, null, bindSubquery);
  }

  /**
   * The grouping keys of the enclosing queries, in step with {@link #enclosing}: for a subquery of a
   * grouped query's select list, HAVING or ORDER BY, that query's keys (an expression key such as
   * COALESCE(t.a, '') is read whole there); {@link #NOT_GROUPED} for any other enclosing query.
   */
  private final java.util.Deque<AggregateHandler> enclosingKeys = new java.util.ArrayDeque<>();

  private static final AggregateHandler NOT_GROUPED = new AggregateHandler() {
    @Override
    public dev.quern.engine.expr.BoundExpr aggregate(dev.quern.engine.ast.FunctionCall call) {
      return null;
    }

    @Override
    public dev.quern.engine.expr.BoundExpr aggregate(
        dev.quern.engine.ast.FunctionCall call, java.util.List<dev.quern.engine.ast.QuerySpec.OrderItem> order) {
      return null;
    }

    @Override
    public dev.quern.engine.expr.BoundExpr key(dev.quern.engine.ast.Expr e) {
      return null;
    }
  };

  /**
   * How many references to an enclosing query's row have been bound so far: a subquery during
   * whose binding it does not change is uncorrelated, its value the same for every row.
   */
  private int outerReferences;

  int outerReferences() {
    return outerReferences;
  }

  /** Binds a subquery of a query whose columns are {@code scope}, grouped by {@code keys} (null: not grouped). */
  <T> T inSubqueryOf(ColumnScope scope, AggregateHandler keys, java.util.function.Supplier<T> bindSubquery) {
    enclosing.push(scope);
    enclosingKeys.push(keys == null ? NOT_GROUPED : keys);
    try {
      return bindSubquery.get();
    } finally {
      enclosing.pop();
      enclosingKeys.pop();
    }
  }

  /**
   * {@code e} as a grouping key of an enclosing grouped query, the nearest that has it (its value
   * in the grouped row the subquery runs for); null when none has it.
   */
  dev.quern.engine.expr.OuterColumnExpr enclosingKey(dev.quern.engine.ast.Expr e) {
    int depth = 0;
    for (AggregateHandler keys : enclosingKeys) {
      depth++;
      if (keys.key(e) instanceof dev.quern.engine.expr.ColumnExpr c) {
        outerReferences++;
        return new dev.quern.engine.expr.OuterColumnExpr(depth, c.index(), e.toSql(), c.type(), c.nullable());
      }
    }
    return null;
  }

  /** Whether a grouped query encloses the subquery being bound. */
  boolean inGroupedSubquery() {
    for (AggregateHandler keys : enclosingKeys) {
      if (keys != NOT_GROUPED) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code parts} as a column of an enclosing query, the nearest that has it; null when none does
   * (or the subquery is not in one).
   */
  dev.quern.engine.expr.OuterColumnExpr enclosingColumn(java.util.List<String> parts) {
    int depth = 0;
    for (ColumnScope scope : enclosing) {
      depth++;
      if (scope.columns().isEmpty()) {
        continue;
      }
      try {
        dev.quern.engine.expr.ColumnExpr c = scope.resolve(parts);
        outerReferences++;
        return new dev.quern.engine.expr.OuterColumnExpr(depth, c.index(), String.join(".", parts), c.type(), c.nullable());
      } catch (dev.quern.engine.error.SqlException e) {
        if (e.number() != 207 && e.number() != 4104) {
          throw e; // ambiguous there: as SQL Server, an error rather than a look further out
        }
      }
    }
    return null;
  }

  private int recursiveReferences;

  /** Counts a recursive reference bound as a row source (see {@link #recursiveReferences()}). */
  void countRecursiveReference() {
    recursiveReferences++;
  }

  /** How many recursive references were bound as row sources so far in this batch. */
  int recursiveReferences() {
    return recursiveReferences;
  }

  /** How many inline table-valued functions are being expanded, one inside another. */
  private int inlineExpansions;

  /**
   * Binds an inline function's query: 217 past SQL Server's 32 levels (a function that reads
   * itself, which SQL Server refuses when it is created, would otherwise expand without end).
   */
  <T> T expandingInline(java.util.function.Supplier<T> expand) {
    if (inlineExpansions >= 32) {
      throw dev.quern.engine.error.SqlErrors.NESTING_TOO_DEEP.raise();
    }
    inlineExpansions++;
    try {
      return expand.get();
    } finally {
      inlineExpansions--;
    }
  }

  /** In a scalar function's body, where RETURN puts the function's value; null elsewhere. */
  private VariableScope.Variable functionResult;

  /** Binds a scalar function's body: RETURN value sets {@code result} and returns. */
  public void returnInto(VariableScope.Variable result) {
    this.functionResult = result;
  }

  VariableScope.Variable functionResult() {
    return functionResult;
  }

  /** While a batch is bound for metadata discovery, its undeclared parameters; null otherwise. */
  private UndeclaredParameters undeclared;

  /** Binds for metadata discovery: undeclared parameters are deduced into {@code into}. */
  public void discoverParameters(UndeclaredParameters into) {
    this.undeclared = into;
  }

  UndeclaredParameters undeclared() {
    return undeclared;
  }

  /** Is this a procedure body or sp_executesql (RETURN may carry a value)? */
  public boolean inProcedure() {
    return inProcedure;
  }
}
