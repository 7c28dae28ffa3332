package dev.quern.engine.exec;

import dev.quern.engine.ast.ParameterDefinition;
import dev.quern.engine.binder.BatchBinder;
import dev.quern.engine.binder.BindContext;
import dev.quern.engine.binder.ParameterTypes;
import dev.quern.engine.binder.VariableScope;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.func.FunctionRegistry;
import dev.quern.engine.parser.ParsedBatch;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses and binds batches, keeping the last plans per session so a statement the client sends
 * again (a prepared statement, sp_executesql with the same text, a repeated batch) is not
 * compiled again. Plans depend on QUOTED_IDENTIFIER (how "x" lexes), on whether a table
 * statement was running and on the current database's collation, so all are part of the key.
 */
public final class Compiler {
  private static final int CACHE_SIZE = 256;
  private static final FunctionRegistry FUNCTIONS = FunctionRegistry.builtins();

  private final SessionState state;
  private final Map<String, BatchPlan> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BatchPlan> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  /** The plan cache's generation when this session's plans were compiled. */
  private long cacheGeneration;

  public Compiler(SessionState state) {
    this.state = state;
  }

  /** A plain batch (no parameters). */
  public BatchPlan batch(String sql, boolean inProc) {
    return compile(sql, List.of(), "", inProc);
  }

  /** A parameterized batch: the parameters are the first variables of its frame, in order. */
  public BatchPlan withParameters(String sql, List<ParameterDefinition> params, String paramText) {
    return compile(sql, params, paramText, true);
  }

  /**
   * A stored procedure's body ({@code body}, its definition from {@code bodyAt} on, blank lines
   * ahead of it), shown as the whole definition: sys.dm_exec_sql_text of its requests gives the
   * CREATE PROCEDURE text, header comments included, and their statement offsets count in it, as
   * in SQL Server.
   */
  public BatchPlan module(String definition, int bodyAt, String body, List<ParameterDefinition> params, String paramText) {
    return compile(body, params, paramText, true, null, new ModuleText(definition, bodyAt));
  }

  /** The text a module's plan shows, its body starting at {@code bodyAt} in it. */
  private record ModuleText(String definition, int bodyAt) {}

  /**
   * A scalar function's body: its parameters are the first variables, the function's value the
   * next one (of type {@code returns}), which RETURN sets.
   */
  public BatchPlan function(String sql, List<ParameterDefinition> params, String paramText, dev.quern.catalog.type.SqlType returns) {
    return compile(sql, params, paramText, true, returns);
  }

  private static java.util.Map<dev.quern.engine.ast.Statement, dev.quern.engine.ast.SourceSpan> shifted(
      java.util.Map<dev.quern.engine.ast.Statement, dev.quern.engine.ast.SourceSpan> spans, int by) {
    if (by == 0) {
      return spans;
    }
    var out = new java.util.IdentityHashMap<dev.quern.engine.ast.Statement, dev.quern.engine.ast.SourceSpan>();
    spans.forEach((s, span) -> out.put(s, new dev.quern.engine.ast.SourceSpan(span.start() + by, span.end() + by)));
    return out;
  }

  private BatchPlan compile(String sql, List<ParameterDefinition> params, String paramText, boolean inProc) {
    return compile(sql, params, paramText, inProc, null, null);
  }

  private BatchPlan compile(
      String sql, List<ParameterDefinition> params, String paramText, boolean inProc,
      dev.quern.catalog.type.SqlType returns) {
    return compile(sql, params, paramText, inProc, returns, null);
  }

  private BatchPlan compile(
      String sql, List<ParameterDefinition> params, String paramText, boolean inProc,
      dev.quern.catalog.type.SqlType returns, ModuleText module) {
    boolean quoted = state.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    // Compiled while a table statement runs (inside INSERT … EXEC), reads of tables bind at once
    // and need such a statement to run in; compiled outside one, they bind as they run.
    // Literals and variables take the current database's collation: a plan bound under another
    // one (after USE, or ALTER DATABASE … COLLATE) is not reused.
    var collation = state.databaseCollation();
    String key = (quoted ? "Q" : "q") + (inProc ? "P" : "b") + (state.store().inStatement() ? "S" : "")
        + (collation.isDefault() ? "" : "C" + collation.name() + ":")
        + (returns == null ? "" : "F" + dev.quern.catalog.type.SqlTypes.sqlName(returns) + ":")
        + (module == null ? "" : "M" + module.bodyAt() + ":" + module.definition().length() + ":" + module.definition())
        + paramText.length() + ":" + paramText + sql;
    long generation = state.server().planCache().generation();
    if (generation != cacheGeneration) {
      // DBCC FREEPROCCACHE ran: this session's plans go too, procedures' and functions' with them.
      cache.clear();
      state.storedProcedurePlans().clear();
      cacheGeneration = generation;
    }
    BatchPlan plan = cache.get(key);
    if (plan != null) {
      return plan;
    }
    VariableScope vars = new VariableScope();
    int ordinal = 0;
    for (ParameterDefinition p : params) {
      ordinal++;
      if (dev.quern.engine.binder.DeclaredType.tableType(p.type(), state).isPresent()) {
        // A table-valued parameter is a table variable of the call's scope, not a value: its slot
        // keeps the parameters' positions under a name no statement can write.
        vars.declare("@ table " + p.name(), dev.quern.catalog.type.SqlTypes.SQL_VARIANT);
        continue;
      }
      vars.declare(p.name(), ParameterTypes.resolve(p, ordinal, state));
    }
    BindContext bind = new BindContext(vars, FUNCTIONS, state, inProc);
    if (returns != null) {
      // A name no batch can write: the function's value, after its parameters.
      bind.returnInto(vars.declare("@ result", returns));
    }
    state.server().performanceCounters().compilation();
    ParsedBatch parsed;
    try {
      parsed = Parser.parse(sql, quoted);
    } catch (StackOverflowError e) {
      // The parser recurses once per level of nesting (parentheses, subqueries, CASE…).
      throw SqlErrors.NESTED_TOO_DEEPLY.raise();
    }
    if (module != null) {
      // The body's text stands at bodyAt in the definition, after the blank lines that keep its
      // line numbers: its statements' spans shift to their places there.
      int blank = (int) sql.chars().takeWhile(c -> c == '\n').count();
      plan = new BatchBinder(bind)
          .bind(parsed.statements(), module.definition(), shifted(parsed.spans(), module.bodyAt() - blank));
    } else {
      // The text shown for a parameterized batch starts with its parameter list: spans shift.
      String prefix = paramText.isEmpty() ? "" : "(" + paramText + ")";
      plan = new BatchBinder(bind)
          .bind(parsed.statements(), prefix + sql, shifted(parsed.spans(), prefix.length()));
    }
    if (plan.cacheable()) {
      cache.put(key, plan);
    }
    return plan;
  }
}
