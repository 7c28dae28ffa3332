package dev.quern.engine.proc.describe;

import dev.quern.catalog.meta.Procedure;
import dev.quern.engine.ast.DeleteStatement;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.ast.InsertStatement;
import dev.quern.engine.ast.MergeStatement;
import dev.quern.engine.ast.OutputStatement;
import dev.quern.engine.ast.ParameterDefinition;
import dev.quern.engine.ast.SourceSpan;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.ast.UpdateStatement;
import dev.quern.engine.binder.BatchBinder;
import dev.quern.engine.binder.BindContext;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.binder.MergeBinder;
import dev.quern.engine.binder.ParameterTypes;
import dev.quern.engine.binder.UndeclaredParameters;
import dev.quern.engine.binder.VariableScope;
import dev.quern.engine.error.DescribeErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.func.FunctionRegistry;
import dev.quern.engine.parser.ParameterListParser;
import dev.quern.engine.parser.ParsedBatch;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.StoreSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A batch compiled for metadata discovery and never run: parsed, then bound statement by statement
 * inside one table statement (so names resolve against the catalog of this moment), with its
 * undeclared parameters deduced ({@link UndeclaredParameters}) and its DML, which the engine
 * otherwise binds only when it runs, bound too. Errors are SQL Server's: a syntax error is reported
 * and followed by 11501; a statement that fails to bind is reported and followed by 11529 (first
 * result set) or 11501 (undeclared parameters); an undeclared parameter whose type decides a result
 * column is 11521.
 */
final class BatchAnalysis {
  private static final FunctionRegistry FUNCTIONS = FunctionRegistry.builtins();

  private final String tsql;
  private final List<StatementPlan> statements = new ArrayList<>();
  private final Map<StatementPlan, String> texts = new IdentityHashMap<>();
  /** The parsed statement each plan was bound from, where the parser placed it in the text. */
  private final Map<StatementPlan, Statement> sources = new IdentityHashMap<>();
  private final UndeclaredParameters undeclared = new UndeclaredParameters();
  private final boolean quoted;

  private BatchAnalysis(String tsql, boolean quoted) {
    this.tsql = tsql;
    this.quoted = quoted;
  }

  /** Analyses {@code tsql} with the parameters {@code params} declares; {@code forResultSet}: see class. */
  static BatchAnalysis of(String tsql, String params, Discovery host, boolean forResultSet) {
    return of(tsql, params == null ? List.of() : ParameterListParser.parse(params), host, forResultSet);
  }

  /** Analyses a stored procedure's body, its parameters declared, for its first result set. */
  static BatchAnalysis ofProcedure(Procedure p, Discovery host) {
    boolean quoted = host.state().sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    Parser.StoredProcedure parsed = Parser.parseProcedure(p.definition(), quoted);
    return of(parsed.body(), parsed.parameters().stream().map(ProcedureParameter::definition).toList(), host, true);
  }

  private static BatchAnalysis of(String tsql, List<ParameterDefinition> params, Discovery host, boolean forResultSet) {
    SessionState state = host.state();
    BatchAnalysis a = new BatchAnalysis(tsql, state.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER));
    BindContext bind = new BindContext(declared(params), FUNCTIONS, state, true);
    bind.discoverParameters(a.undeclared);
    ParsedBatch parsed;
    try {
      parsed = Parser.parse(tsql, a.quoted);
    } catch (SqlException e) {
      host.report().accept(e.toMessage());
      throw DescribeErrors.COMPILE_ERRORS.raise();
    }
    StoreSession store = state.store();
    store.beginStatement(); // inside INSERT … EXEC this shares the running statement
    try {
      a.bindAll(parsed, bind, state, host, forResultSet);
    } finally {
      store.endStatement(true);
    }
    return a;
  }

  private static VariableScope declared(List<ParameterDefinition> defs) {
    VariableScope vars = new VariableScope();
    int ordinal = 0;
    for (ParameterDefinition p : defs) {
      vars.declare(p.name(), ParameterTypes.resolve(p, ++ordinal));
    }
    return vars;
  }

  private void bindAll(ParsedBatch parsed, BindContext bind, SessionState state, Discovery host, boolean forResultSet) {
    BatchBinder binder = new BatchBinder(bind);
    DmlBinder dml = new DmlBinder(bind, state);
    Map<SourceSpan, Statement> bySpan = new HashMap<>();
    parsed.spans().forEach((statement, span) -> bySpan.putIfAbsent(span, statement));
    for (Statement s : parsed.statements()) {
      String text = text(parsed.spans().get(s));
      try {
        BatchPlan one = binder.bind(List.of(s), tsql, parsed.spans());
        one.spans().forEach((plan, span) -> {
          texts.put(plan, text(span));
          if (bySpan.containsKey(span)) {
            sources.put(plan, bySpan.get(span));
          }
        });
        for (StatementPlan p : one.statements()) {
          texts.putIfAbsent(p, text);
          sources.putIfAbsent(p, s);
          forEach(p, late -> bindLate(late, bind, dml));
          statements.add(p);
        }
      } catch (SqlException e) {
        throw failure(e, text, host, forResultSet);
      }
    }
  }

  /** Binds what the engine binds only when it runs: DML (a SELECT late here named a missing table). */
  private static void bindLate(StatementPlan.LateBound l, BindContext bind, DmlBinder dml) {
    if (l.error() != null) {
      throw l.error();
    }
    bindDml(l.statement(), bind, dml);
  }

  private static void bindDml(Statement s, BindContext bind, DmlBinder dml) {
    switch (s) {
      case InsertStatement i -> dml.insert(i);
      case UpdateStatement u -> dml.update(u);
      case DeleteStatement d -> dml.delete(d);
      case MergeStatement m -> new MergeBinder(bind, dml).bind(m);
      case OutputStatement o -> bindDml(o.dml(), bind, dml);
      default -> {} // DDL: nothing to describe
    }
  }

  private static SqlException failure(SqlException e, String text, Discovery host, boolean forResultSet) {
    int n = e.number();
    if (forResultSet && (n == DescribeErrors.CANNOT_DEDUCE.number() || n == DescribeErrors.TWO_UNTYPED.number())) {
      return DescribeErrors.UNDECLARED_AFFECTS_METADATA.raise(text);
    }
    if (n / 100 == 115) {
      // Discovery's own errors stand alone; a deduction error (a compile error of the analysed
      // batch) ends only the call, as any error of a procedure does.
      return e.withAbort(dev.quern.engine.error.Abort.STATEMENT);
    }
    host.report().accept(e.toMessage());
    return forResultSet ? DescribeErrors.EVERY_PATH_ERRORS.raise() : DescribeErrors.COMPILE_ERRORS.raise();
  }

  /** Calls {@code late} for every late-bound statement in {@code p}, in text order. */
  static void forEach(StatementPlan p, Consumer<StatementPlan.LateBound> late) {
    switch (p) {
      case StatementPlan.LateBound l -> late.accept(l);
      case StatementPlan.If i -> {
        forEach(i.then(), late);
        if (i.otherwise() != null) {
          forEach(i.otherwise(), late);
        }
      }
      case StatementPlan.Block b -> b.body().forEach(s -> forEach(s, late));
      case StatementPlan.While w -> forEach(w.body(), late);
      case StatementPlan.TryCatch t -> {
        t.tryBody().forEach(s -> forEach(s, late));
        t.catchBody().forEach(s -> forEach(s, late));
      }
      default -> {}
    }
  }

  private String text(SourceSpan span) {
    return span == null ? "" : tsql.substring(span.start(), Math.min(span.end(), tsql.length())).strip();
  }

  List<StatementPlan> statements() {
    return statements;
  }

  /** The text of a statement of the batch (its source as written), "" when unknown. */
  String text(StatementPlan p) {
    return texts.getOrDefault(p, "");
  }

  /** The parsed statement {@code p} was bound from; null when unknown. */
  Statement source(StatementPlan p) {
    return sources.get(p);
  }

  UndeclaredParameters undeclared() {
    return undeclared;
  }

  String tsql() {
    return tsql;
  }

  boolean quotedIdentifier() {
    return quoted;
  }
}
