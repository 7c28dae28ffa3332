package dev.quern.engine.proc;

import dev.quern.catalog.meta.UserFunction;
import dev.quern.catalog.type.SqlType;
import dev.quern.engine.ast.ParameterDefinition;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.binder.ParameterTypes;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.List;
import java.util.Optional;

/**
 * User-defined functions (CREATE FUNCTION) as calls see them: found in the catalog by name, their
 * definition parsed once per text and session, a scalar one's body compiled (like a stored
 * procedure's, its parameters the first variables and its value the next) and run nested, with
 * nothing reaching the client; an error in it ends the calling statement.
 */
public final class UserFunctions {
  private UserFunctions() {}

  /**
   * A function found: its catalog entry, its parsed definition, and a multi-statement one's
   * columns (as its table declares them; empty for the other kinds).
   */
  public record Found(
      UserFunction function, Parser.StoredFunction definition, List<dev.quern.engine.api.ResultColumn> tableColumns,
      SessionState state) {
    Found(UserFunction function, Parser.StoredFunction definition, SessionState state) {
      this(function, definition, definition.kind().equals("TF") ? columnsOf(table(definition), state) : List.of(), state);
    }

    public List<ProcedureParameter> parameters() {
      return definition.parameters();
    }

    /** The declared type of each parameter (sql_variant stands for a table-valued one). */
    public List<SqlType> parameterTypes() {
      List<ProcedureParameter> params = parameters();
      List<dev.quern.catalog.meta.UserType> tables = tableTypes();
      return java.util.stream.IntStream.range(0, params.size())
          .mapToObj(i -> tables.get(i) != null ? dev.quern.catalog.type.SqlTypes.SQL_VARIANT
              : ParameterTypes.resolve(params.get(i).definition(), i + 1, state))
          .toList();
    }

    /** Each parameter's table type (a READONLY table-valued parameter), or null. */
    public List<dev.quern.catalog.meta.UserType> tableTypes() {
      return TableParameters.types(parameters(), state);
    }

    /** A multi-statement function's table: its DECLARE, whose columns are the function's. */
    public dev.quern.engine.ast.DeclareTableStatement table() {
      return table(definition);
    }

    private static dev.quern.engine.ast.DeclareTableStatement table(Parser.StoredFunction definition) {
      String declare = "DECLARE " + definition.tableVariable() + " TABLE " + definition.tableColumns();
      return (dev.quern.engine.ast.DeclareTableStatement) Parser.parseBatch(declare, true).getFirst();
    }

    private static List<dev.quern.engine.api.ResultColumn> columnsOf(
        dev.quern.engine.ast.DeclareTableStatement table, SessionState state) {
      var columns = table.definition().columns();
      return java.util.stream.IntStream.range(0, columns.size())
          .mapToObj(i -> new dev.quern.engine.api.ResultColumn(
              columns.get(i).name(),
              ParameterTypes.resolve(new ParameterDefinition(columns.get(i).name(), columns.get(i).type(), false), i + 1, state),
              columns.get(i).nullable() == null || columns.get(i).nullable()))
          .toList();
    }

    /** A scalar function's RETURNS type. */
    public SqlType returns() {
      return ParameterTypes.resolve(new ParameterDefinition("@r", definition.returns(), false), 1, state);
    }
  }

  /** The function {@code parts} names ({@code schema.name} or {@code db.schema.name}), if any. */
  public static Optional<Found> find(SessionState state, List<String> parts) {
    List<String> named = ObjectNames.followSynonym(state.store(), state.databaseName(), parts);
    return ObjectNames.object(state.store(), state.databaseName(), named)
        .map(o -> o.object() instanceof UserFunction f ? f : null)
        .map(f -> new Found(f, parsed(state, f.definition()), state));
  }

  private static Parser.StoredFunction parsed(SessionState state, String definition) {
    boolean quoted = state.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    String key = (quoted ? "FQ:" : "FN:") + definition;
    if (state.storedProcedurePlans().get(key) instanceof Parser.StoredFunction cached) {
      return cached;
    }
    Parser.StoredFunction parsed = Parser.parseFunction(definition, quoted);
    state.storedProcedurePlans().put(key, parsed);
    return parsed;
  }

  /** 313 for fewer arguments than parameters, 8144 for more ({@code written}: the name as called). */
  public static void checkArity(int arguments, int parameters, String written) {
    if (arguments < parameters) {
      throw SqlErrors.TOO_FEW_ARGUMENTS.raise(written);
    }
    if (arguments > parameters) {
      throw SqlErrors.TOO_MANY_ARGUMENTS.raise(written);
    }
  }

  /** A body compiled, with the plans of its parameters' defaults. */
  record Compiled(BatchPlan body, List<BatchPlan> defaults) {}

  /**
   * Calls the scalar function {@code parts}: {@code args} already converted to the parameter types
   * the call was bound with ({@code defaulted[i]}: the DEFAULT keyword); the value converted to
   * {@code returns}, the type the call was bound with.
   */
  public static Object invokeScalar(
      SessionState state, List<String> parts, String written, Object[] args, boolean[] defaulted,
      List<SqlType> argTypes, SqlType returns, FunctionCallSite site) {
    Found found = site.resolve(state, parts)
        .filter(f -> f.function().typeCode().equals("FN"))
        .orElseThrow(() -> SqlErrors.FUNCTION_NOT_FOUND.raise(parts.get(parts.size() - 2), written));
    int n = found.parameters().size();
    checkArity(args.length, n, written);
    ProcedureHost host = state.host();
    Compiled c = site.compiled(state, host, found);
    Object[] frame = frame(host, c, found, args, defaulted, argTypes);
    Object value = run(state, host, c, found, frame, args, defaulted);
    return ParameterizedStatement.convert(value, c.body().variableTypes().get(n), returns);
  }

  /** Binds the table-valued parameters in the call's own (just entered) table-variable scope. */
  private static void bindTables(Found found, Object[] args, boolean[] defaulted, ProcedureHost host) {
    List<dev.quern.catalog.meta.UserType> tables = found.tableTypes();
    for (int i = 0; i < tables.size(); i++) {
      if (tables.get(i) != null) {
        ProcArg a = new ProcArg(null, null, args[i], false, defaulted[i]);
        TableParameters.bind(found.parameters().get(i).name(), tables.get(i), a, host);
      }
    }
  }

  /** Runs a scalar body on {@code frame} (null: RETURNS NULL ON NULL INPUT applied) and returns its value. */
  private static Object run(
      SessionState state, ProcedureHost host, Compiled c, Found found, Object[] frame, Object[] args, boolean[] defaulted) {
    if (frame == null) {
      return null; // the body does not run
    }
    // Each call has table variables of its own, dropped when it returns.
    state.store().tableVariables().enter();
    try {
      bindTables(found, args, defaulted, host);
      FunctionCallStats call = FunctionCallStats.start(state, c.body(), found);
      host.runFunction(c.body(), frame, found.function().name());
      if (call != null) {
        call.ended();
      }
    } finally {
      state.store().exitTableVariableScope();
    }
    return frame[found.parameters().size()];
  }

  /**
   * Calls the multi-statement table-valued function {@code parts}: runs its body with its return
   * table declared first, and returns that table's rows.
   */
  public static List<Object[]> invokeTable(
      SessionState state, List<String> parts, String written, Object[] args, boolean[] defaulted, List<SqlType> argTypes,
      FunctionCallSite site) {
    Found found = site.resolve(state, parts)
        .filter(f -> f.function().typeCode().equals("TF"))
        .orElseThrow(() -> SqlErrors.INVALID_OBJECT.raise(written));
    checkArity(args.length, found.parameters().size(), written);
    ProcedureHost host = state.host();
    Compiled c = site.compiled(state, host, found);
    Object[] frame = frame(host, c, found, args, defaulted, argTypes);
    state.store().tableVariables().enter();
    try {
      bindTables(found, args, defaulted, host);
      host.runFunction(c.body(), frame, found.function().name());
      return TableVariableRows.read(state, found.definition().tableVariable(), found.tableColumns());
    } finally {
      state.store().exitTableVariableScope();
    }
  }

  /**
   * The function an EXEC statement names, if it names one: a scalar function (a table-valued one
   * is 2809); empty for anything else, which is looked for among the procedures.
   */
  public static Optional<Found> forExec(SessionState state, String name) {
    List<String> parts = StoredProcedures.parts(name);
    if (parts.isEmpty() || parts.size() > 3) {
      return Optional.empty();
    }
    state.store().beginStatement(); // inside INSERT … EXEC this shares the running statement
    Optional<Found> found;
    try {
      found = find(state, parts);
    } finally {
      state.store().endStatement(true);
    }
    if (found.isPresent() && !found.get().function().typeCode().equals("FN")) {
      throw SqlErrors.EXEC_TABLE_FUNCTION.raise(name, name);
    }
    return found;
  }

  /**
   * A scalar function run by EXEC: arguments by position or name as a procedure's, and a
   * parameter left out takes its default (201 when it has none); returns the function's value.
   */
  public static Object exec(SessionState state, Found found, List<ProcArg> args) {
    List<ProcedureParameter> params = found.parameters();
    String name = found.function().name();
    ProcArg[] bound = ParameterizedStatement.byParameter(args, params.stream().map(ProcedureParameter::definition).toList(), name);
    Object[] values = new Object[params.size()];
    boolean[] defaulted = new boolean[params.size()];
    List<SqlType> types = new java.util.ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      ProcArg a = bound[i];
      defaulted[i] = a == null || a.isDefault();
      values[i] = defaulted[i] ? null : a.value();
      types.add(defaulted[i] ? null : a.type());
    }
    ProcedureHost host = state.host();
    Compiled c = compile(state, host, found);
    return run(state, host, c, found, frame(host, c, found, values, defaulted, types), values, defaulted);
  }

  /** The body's first variables: the arguments, or the defaults; null when RETURNS NULL ON NULL INPUT applies. */
  private static Object[] frame(
      ProcedureHost host, Compiled c, Found found, Object[] args, boolean[] defaulted, List<SqlType> argTypes) {
    List<ProcedureParameter> params = found.parameters();
    String name = found.function().name();
    Object[] frame = new Object[c.body().frameSize()];
    List<dev.quern.catalog.meta.UserType> tables = found.tableTypes();
    for (int i = 0; i < params.size(); i++) {
      SqlType declared = c.body().variableTypes().get(i);
      if (tables.get(i) != null) {
        // A table variable of the caller, bound as the call's own when the body runs.
        TableParameters.check(new ProcArg(null, null, args[i], false, defaulted[i]), tables.get(i), host.state());
        continue;
      }
      if (defaulted[i]) {
        if (c.defaults().get(i) == null) {
          throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(name, params.get(i).name());
        }
        Object[] d = new Object[c.defaults().get(i).frameSize()];
        host.runFunction(c.defaults().get(i), d, name);
        frame[i] = d[0];
      } else {
        frame[i] = ParameterizedStatement.convert(args[i], argTypes.get(i), declared);
        if (frame[i] == null && found.definition().nullOnNullInput()) {
          return null;
        }
      }
    }
    return frame;
  }

  /** What a compiled body depends on besides its text: QUOTED_IDENTIFIER, and whether a table statement runs. */
  static int compileKey(SessionState state) {
    boolean quoted = state.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    // As for procedures: compiled inside a table statement, table reads bind at once.
    return (quoted ? 1 : 0) | (state.store().inStatement() ? 2 : 0);
  }

  /**
   * The body compiled, once per definition and session: a scalar one with its value as the
   * variable after the parameters; a multi-statement one with its return table declared first
   * (on the body's first line, so lines stay the definition's).
   */
  static Compiled compile(SessionState state, ProcedureHost host, Found found) {
    String key = "FB" + compileKey(state) + ":" + found.function().definition();
    if (state.storedProcedurePlans().get(key) instanceof Compiled cached) {
      return cached;
    }
    List<ProcedureParameter> params = found.parameters();
    List<ParameterDefinition> defs = params.stream().map(ProcedureParameter::definition).toList();
    String paramText = String.join(", ", defs.stream().map(ParameterDefinition::toSql).toList());
    Parser.StoredFunction d = found.definition();
    BatchPlan body = d.kind().equals("FN")
        ? host.compileFunction(d.body(), defs, paramText, found.returns())
        : host.compile(found.table().toSql() + ";" + d.body(), defs, paramText);
    Compiled c = new Compiled(body, StoredProcedures.defaults(params, host));
    state.storedProcedurePlans().put(key, c);
    return c;
  }
}
