package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.*;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.ArithmeticExpr;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.VariableExpr;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.option.SetOption;
import dev.quern.engine.session.option.SetOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a parsed batch into a {@link BatchPlan}. Everything the batch declares is resolved in
 * text order; any error here is a compile error, so no statement of the batch runs.
 */
public final class BatchBinder {
  private final BindContext bind;
  private final QueryBinder queries;
  /** Where the statements being bound stand in the text; null when binding one late. */
  private java.util.Map<Statement, SourceSpan> spans;
  private final java.util.Map<StatementPlan, SourceSpan> planSpans = new java.util.IdentityHashMap<>();
  /** The labels GOTO may name; null while binding one statement late (its batch checked them). */
  private GotoLabels labels;
  private int loopDepth;
  private int catchDepth;
  private boolean deferred;

  public BatchBinder(BindContext bind) {
    this.bind = bind;
    this.queries = new QueryBinder(bind);
  }

  /**
   * Binds the statements parsed from {@code text}; {@code spans} (where each stands in {@code
   * text}) carry over to their plans.
   */
  public BatchPlan bind(List<Statement> statements, String text, java.util.Map<Statement, SourceSpan> spans) {
    this.spans = spans;
    this.labels = GotoLabels.of(statements);
    var outerUse = dev.quern.engine.expr.DatabaseCollation.afterUse();
    List<StatementPlan> out;
    try {
      out = statements.stream().map(this::statement).toList();
    } finally {
      dev.quern.engine.expr.DatabaseCollation.bindAfterUse(outerUse);
    }
    return new BatchPlan(
        out, bind.variables().names(), bind.variables().types(), !deferred, text,
        java.util.Collections.unmodifiableMap(planSpans), new dev.quern.engine.plan.PlanAttachment());
  }

  private ExpressionBinder exprs() {
    return new ExpressionBinder(bind, ColumnScope.EMPTY, null, "");
  }

  /** Binds one statement (also used to bind a statement late, when it runs). */
  public StatementPlan statement(Statement s) {
    bind.learned().startStatement();
    try {
      StatementPlan plan = bindStatement(s);
      SourceSpan span = spans == null ? null : spans.get(s);
      if (span != null) {
        planSpans.put(plan, span);
      }
      return plan;
    } catch (dev.quern.engine.error.SqlException e) {
      throw e.at(s.line(), null);
    }
  }

  private StatementPlan bindStatement(Statement s) {
    return switch (s) {
      case SelectStatement sel -> select(sel);
      case DeclareStatement d -> declare(d);
      case SetVariableStatement sv ->
          new StatementPlan.SetVariable(sv.line(), assignment(sv.variable(), sv.op(), sv.value()));
      case SetOptionStatement so -> setOption(so);
      case PrintStatement p -> new StatementPlan.Print(p.line(), exprs().value(p.value()));
      case WaitForStatement w -> new StatementPlan.WaitFor(w.line(), w.delay(), exprs().value(w.value()));
      case UseStatement u -> use(u);
      case IfStatement i ->
          new StatementPlan.If(
              i.line(), lateCondition(i.condition()), statement(i.then()),
              i.otherwise() == null ? null : statement(i.otherwise()));
      case BlockStatement b -> new StatementPlan.Block(b.line(), list(b.body()));
      case WhileStatement w -> whileLoop(w);
      case BreakStatement b -> {
        if (loopDepth == 0) {
          throw SqlErrors.BREAK_OUTSIDE_WHILE.raise();
        }
        yield new StatementPlan.Break(b.line());
      }
      case ContinueStatement c -> {
        if (loopDepth == 0) {
          throw SqlErrors.CONTINUE_OUTSIDE_WHILE.raise();
        }
        yield new StatementPlan.Continue(c.line());
      }
      case LabelStatement l -> new StatementPlan.Label(l.line(), GotoLabels.key(l.name()));
      case GotoStatement g -> {
        if (labels != null) {
          labels.requireDeclared(g.label());
        }
        yield new StatementPlan.Goto(g.line(), GotoLabels.key(g.label()));
      }
      case ReturnStatement r -> returnStatement(r);
      case TryCatchStatement t -> tryCatch(t);
      case ThrowStatement t -> throwStatement(t);
      case RaiserrorStatement r -> raiserror(r);
      case ExecuteStatement e -> new ExecuteBinder(bind, exprs()).bind(e);
      case ExecuteStringStatement e -> executeString(e);
      case TransactionStatement t -> transaction(t);
      case dev.quern.engine.ast.StorageStatement st -> new StatementPlan.LateBound(st.line(), st, bind, null);
      case dev.quern.engine.ast.ReconfigureStatement r -> new StatementPlan.Reconfigure(r.line());
      case dev.quern.engine.ast.ResourceGovernorStatement g -> new StatementPlan.ResourceGovernor(g);
      case dev.quern.engine.ast.KillStatement k -> new StatementPlan.Kill(k.line(), k.sessionId());
      case CursorStatement c -> CursorBinder.bind(c, bind, exprs());
      case dev.quern.engine.ast.DbccStatement d ->
          new StatementPlan.Dbcc(d.line(), d.command(), d.arguments().stream().map(a -> exprs().value(a)).toList(), d.options());
    };
  }

  /**
   * USE: the statements after it in the batch run in that database, so its collation is their
   * literals' and variables' (a database that does not exist is 911 when the USE runs).
   */
  private StatementPlan use(UseStatement u) {
    bind.session().databaseId(u.database())
        .ifPresent(id -> dev.quern.engine.expr.DatabaseCollation.bindAfterUse(bind.session().databaseCollation(id)));
    return new StatementPlan.Use(u.line(), u.database());
  }

  private List<StatementPlan> list(List<Statement> body) {
    List<StatementPlan> out = new ArrayList<>();
    for (Statement s : body) {
      out.add(statement(s));
    }
    return List.copyOf(out);
  }

  /** A condition naming a table not bound yet (208) is bound when it is evaluated. */
  private BoundExpr lateCondition(Expr condition) {
    try {
      return exprs().condition(condition);
    } catch (dev.quern.engine.error.SqlException e) {
      if (!notBoundYet(e)) {
        throw e;
      }
      return new LateBoundExpr(condition, bind, null);
    }
  }

  private StatementPlan whileLoop(WhileStatement w) {
    BoundExpr cond = lateCondition(w.condition());
    loopDepth++;
    try {
      return new StatementPlan.While(w.line(), cond, statement(w.body()));
    } finally {
      loopDepth--;
    }
  }

  /** 2747 past 20 substitution arguments; 2748 for one whose type can never be substituted. */
  private StatementPlan raiserror(RaiserrorStatement r) {
    if (r.args().size() > 20) {
      throw SqlErrors.TOO_MANY_SUBSTITUTIONS.raise();
    }
    List<BoundExpr> args = r.args().stream().map(exprs()::value).toList();
    for (int i = 0; i < args.size(); i++) {
      if (!dev.quern.engine.exec.RaiserrorFormatter.substitutable(args.get(i).type())) {
        throw SqlErrors.SUBSTITUTION_TYPE_NOT_ALLOWED.raise(
            dev.quern.catalog.type.SqlTypes.sqlName(args.get(i).type()), i + 4);
      }
    }
    return new StatementPlan.Raiserror(
        r.line(), exprs().value(r.message()), exprs().value(r.severity()), exprs().value(r.state()), args, r.options());
  }

  private StatementPlan tryCatch(TryCatchStatement t) {
    List<StatementPlan> tryBody = list(t.tryBody());
    catchDepth++;
    try {
      return new StatementPlan.TryCatch(t.line(), tryBody, list(t.catchBody()));
    } finally {
      catchDepth--;
    }
  }

  private StatementPlan throwStatement(ThrowStatement t) {
    if (t.number() == null) {
      if (catchDepth == 0) {
        throw SqlErrors.THROW_OUTSIDE_CATCH.raise();
      }
      return new StatementPlan.Throw(t.line(), null, null, null);
    }
    ExpressionBinder e = exprs();
    return new StatementPlan.Throw(t.line(), e.value(t.number()), e.value(t.message()), e.value(t.state()));
  }

  private StatementPlan returnStatement(ReturnStatement r) {
    if (r.value() == null) {
      return new StatementPlan.Return(r.line(), null);
    }
    if (bind.functionResult() != null) {
      // A scalar function's RETURN value: the function's result, converted to its RETURNS type.
      VariableScope.Variable result = bind.functionResult();
      ExpressionBinder e = exprs();
      BoundExpr now = boundNow(r.value()); // RETURN (SELECT … FROM t) binds when it runs, as SET does
      BoundExpr value = now == null ? new LateBoundExpr(r.value(), bind, result.type()) : e.implicit(now, result.type());
      StatementPlan.Assignment set = new StatementPlan.Assignment(result.slot(), value);
      return new StatementPlan.Block(
          r.line(), List.of(new StatementPlan.SetVariable(r.line(), set), new StatementPlan.Return(r.line(), null)));
    }
    if (!bind.inProcedure()) {
      throw SqlErrors.RETURN_VALUE_NOT_ALLOWED.raise();
    }
    ExpressionBinder e = exprs();
    return new StatementPlan.Return(r.line(), e.implicit(e.value(r.value()), SqlTypes.INT));
  }

  private StatementPlan declare(DeclareStatement d) {
    if (d.variables().stream().anyMatch(v -> DeclaredType.tableType(v.type(), bind.session()).isPresent())) {
      deferred = true; // the type's shape is read now: a plan cached past a DROP TYPE would keep it
      return TableTypeDeclarations.declare(d, bind, this::declare);
    }
    return declare(d, 0);
  }

  /** DECLARE of scalar variables, the first being the {@code before + 1}-th of its statement (2715 names it). */
  private StatementPlan declare(DeclareStatement d, int before) {
    List<StatementPlan.Assignment> inits = new ArrayList<>();
    int ordinal = before;
    for (DeclareStatement.Variable v : d.variables()) {
      ordinal++;
      DeclaredType declared = DeclaredType.resolve(v.type(), ordinal, bind.session());
      if (declared.isTableType()) {
        throw dev.quern.engine.error.SqlErrors.CANNOT_FIND_TYPE.raise(ordinal, v.type().displayName());
      }
      // An alias type may be dropped and created again as another: such a batch is not cached.
      deferred |= declared.userType() != null;
      SqlType type = declared.type();
      // The initial value is bound before the name exists: DECLARE @a int = @a is error 137.
      BoundExpr init = v.initial() == null ? null : boundNow(v.initial());
      VariableScope.Variable var = bind.variables().declare(v.name(), type);
      if (v.initial() != null) {
        BoundExpr value = init == null ? new LateBoundExpr(v.initial(), bind, type) : exprs().implicit(init, type);
        inits.add(new StatementPlan.Assignment(var.slot(), value));
      }
    }
    return new StatementPlan.Declare(d.line(), List.copyOf(inits));
  }

  /**
   * A DECLARE's initial value bound now; null when it reads a table not bound yet (208: a scalar
   * subquery over a table), which is then bound when it runs, as SET's value is.
   */
  private BoundExpr boundNow(Expr value) {
    try {
      return exprs().value(value);
    } catch (dev.quern.engine.error.SqlException e) {
      if (!notBoundYet(e)) {
        throw e;
      }
      return null;
    }
  }

  /** {@code @v op= value} as a plain assignment of the converted result. */
  private StatementPlan.Assignment assignment(String name, String op, Expr value) {
    ExpressionBinder e = exprs();
    if (op.equals("=") && outputParameter(name)) {
      BoundExpr v = e.value(value);
      return new StatementPlan.Assignment(bind.undeclared().deduce(bind.variables(), name, v.type(), true).slot(), v);
    }
    VariableScope.Variable var = bind.variables().resolve(name);
    if (op.equals("=")) {
      try {
        e.valueFor(value, var.type()); // SET @v = @p: an undeclared @p takes @v's type
      } catch (dev.quern.engine.error.SqlException ex) {
        if (ex.number() != SqlErrors.INVALID_OBJECT.number()) {
          throw ex;
        }
        // SET @v = (SELECT … FROM t): bound when it runs.
        return new StatementPlan.Assignment(var.slot(), new LateBoundExpr(value, bind, var.type()));
      }
    }
    try {
      return new StatementPlan.Assignment(var.slot(), e.implicit(compound(e, var, op, e.value(value)), var.type()));
    } catch (dev.quern.engine.error.SqlException ex) {
      if (op.equals("=") || ex.number() != SqlErrors.INVALID_OBJECT.number()) {
        throw ex;
      }
      // SET @v += (SELECT … FROM @t): as SET @v = @v + (…), bound when it runs.
      Expr whole = new dev.quern.engine.ast.BinaryExpr(op.charAt(0), new dev.quern.engine.ast.VariableRef(name), value);
      return new StatementPlan.Assignment(var.slot(), new LateBoundExpr(whole, bind, var.type()));
    }
  }

  static BoundExpr compound(ExpressionBinder e, VariableScope.Variable var, String op, BoundExpr value) {
    if (op.equals("=")) {
      return value;
    }
    BoundExpr current = new VariableExpr(var.slot(), var.name(), var.type());
    if (op.equals("||=")) {
      return ConcatPipes.bind(current, value);
    }
    char c = op.charAt(0);
    SqlType type;
    try {
      type = dev.quern.catalog.value.Arithmetic.resultType(c, var.type(), value.type());
    } catch (dev.quern.catalog.value.SqlValueException ex) {
      throw ExpressionBinder.compileError(ex);
    }
    return new ArithmeticExpr(c, current, value, type);
  }

  /** The SET options that change how dates are read and named ({@link DateSettingsDependence}). */
  private static final java.util.Set<String> DATE_SETTINGS = java.util.Set.of("DATEFORMAT", "DATEFIRST", "LANGUAGE");

  private StatementPlan setOption(SetOptionStatement s) {
    List<SetOption> options = new ArrayList<>();
    for (String n : s.names()) {
      SetOption o = SetOptions.lookup(n).orElseThrow(() -> SqlErrors.NOT_A_SET_OPTION.raise(n));
      if (s.names().size() > 1 && !o.onOff()) {
        throw SqlErrors.SYNTAX_NEAR.raise(n);
      }
      options.add(o);
      if (o.names().stream().anyMatch(DATE_SETTINGS::contains)) {
        bind.noteDateSettingsChange();
      }
    }
    BoundExpr value = s.value() == null ? null : exprs().value(s.value());
    return new StatementPlan.SetOptions(s.line(), List.copyOf(options), s.names(), s.word(), value);
  }

  /** An unknown table is not a compile error: the statement fails with 208 when it runs. */
  private StatementPlan select(SelectStatement s) {
    try {
      return bindSelect(s);
    } catch (dev.quern.engine.error.SqlException e) {
      if (notBoundYet(e)) {
        deferred = true;
        return new StatementPlan.LateBound(s.line(), s, bind, e);
      }
      throw e;
    }
  }

  /**
   * A table the statement reads that is not there yet: 208, or 1087 for a table variable when the
   * batch is compiled inside a running statement (INSERT … EXEC), where reads bind at once and a
   * DECLARE @t TABLE earlier in the batch has not run. Either binds again when the statement runs,
   * and fails then if the table is still missing.
   */
  private static boolean notBoundYet(dev.quern.engine.error.SqlException e) {
    return e.number() == SqlErrors.INVALID_OBJECT.number() || e.number() == SqlErrors.MUST_DECLARE_TABLE_VARIABLE.number();
  }

  private StatementPlan bindSelect(SelectStatement s) {
    QuerySpec q = s.query();
    boolean assigns = q.items().stream().anyMatch(i -> i instanceof SelectItem.Assign);
    if (assigns && !q.items().stream().allMatch(i -> i instanceof SelectItem.Assign)) {
      throw SqlErrors.ASSIGN_WITH_RETRIEVAL.raise();
    }
    if (assigns) {
      if (s.forClause() != null) {
        // SQL Server gives FOR XML's message for FOR JSON too here, with state 3.
        throw SqlErrors.FOR_XML_NOT_ALLOWED.raiseWithState(3, "ASSIGNMENT");
      }
      return assignSelect(s);
    }
    QueryBinder.Bound b = queries.bindQuery(q);
    if (s.forClause() != null) {
      return new StatementPlan.Select(s.line(), ForClauses.wrap(b, q, s.forClause(), true), b.readsTable(), s.maxDop());
    }
    return new StatementPlan.Select(s.line(), b.plan(), b.readsTable(), s.maxDop());
  }

  private StatementPlan assignSelect(SelectStatement s) {
    QuerySpec q = s.query();
    List<Expr> items = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (SelectItem item : q.items()) {
      SelectItem.Assign a = (SelectItem.Assign) item;
      if (!outputParameter(a.variable())) {
        bind.variables().resolve(a.variable());
      }
      items.add(a.expr());
      names.add(null);
    }
    QueryBinder.Bound b = queries.bind(q, items, names);
    int[] slots = new int[items.size()];
    List<BoundExpr> converted = new ArrayList<>();
    List<BoundExpr> direct = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      SelectItem.Assign a = (SelectItem.Assign) q.items().get(i);
      BoundExpr selected = b.selectExprs().get(i);
      VariableScope.Variable var =
          a.op().equals("=") && outputParameter(a.variable())
              ? bind.undeclared().deduce(bind.variables(), a.variable(), selected.type(), true)
              : bind.variables().resolve(a.variable());
      slots[i] = var.slot();
      ExpressionBinder e = exprs();
      BoundExpr column = new ColumnExpr(i, "", selected.type(), selected.nullable());
      converted.add(e.implicit(compound(e, var, a.op(), column), var.type()));
      direct.add(e.implicit(compound(e, var, a.op(), selected), var.type()));
    }
    boolean plain = b.plan().root() instanceof dev.quern.engine.plan.ProjectNode;
    dev.quern.engine.plan.QueryPlan plan = b.plan();
    if (!plain) {
      var sorted = SortedAssignment.reorder(plan.root());
      if (sorted != null) {
        plan = new dev.quern.engine.plan.QueryPlan(sorted, plan.columns());
        plain = true;
      }
    }
    return new StatementPlan.AssignSelect(
        s.line(), plan, slots, List.copyOf(converted), plain ? List.copyOf(direct) : null,
        b.readsTable(), s.maxDop());
  }

  /** In metadata discovery, a parameter assigned before it is declared is an output parameter. */
  private boolean outputParameter(String name) {
    return bind.undeclared() != null && !bind.variables().has(name);
  }

  private StatementPlan executeString(ExecuteStringStatement e) {
    ExpressionBinder x = exprs();
    BoundExpr text = x.value(e.parts().getFirst());
    return new StatementPlan.ExecuteString(e.line(), text);
  }

  private StatementPlan transaction(TransactionStatement t) {
    BoundExpr name = null;
    if (t.name() != null) {
      name =
          t.name().startsWith("@")
              ? exprs().value(new VariableRef(t.name()))
              : exprs().value(Literal.string(t.name()));
    }
    return new StatementPlan.Transaction(t.line(), t.kind(), name);
  }
}
