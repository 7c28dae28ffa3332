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

  /** A function found: its catalog entry and its parsed definition. */
  public record Found(UserFunction function, Parser.StoredFunction definition) {
    public List<ProcedureParameter> parameters() {
      return definition.parameters();
    }

    /** The declared type of each parameter. */
    public List<SqlType> parameterTypes() {
      List<ProcedureParameter> params = parameters();
      return java.util.stream.IntStream.range(0, params.size())
          .mapToObj(i -> ParameterTypes.resolve(params.get(i).definition(), i + 1))
          .toList();
    }

    /** A scalar function's RETURNS type. */
    public SqlType returns() {
      return ParameterTypes.resolve(new ParameterDefinition("@r", definition.returns(), false), 1);
    }
  }

  /** The function {@code parts} names ({@code schema.name} or {@code db.schema.name}), if any. */
  public static Optional<Found> find(SessionState state, List<String> parts) {
    return ObjectNames.object(state.store(), state.databaseName(), parts)
        .map(o -> o.object() instanceof UserFunction f ? f : null)
        .map(f -> new Found(f, parsed(state, f.definition())));
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

  /** A scalar body compiled, with the plans of its parameters' defaults. */
  private record CompiledScalar(BatchPlan body, List<BatchPlan> defaults) {}

  /**
   * Calls the scalar function {@code parts}: {@code args} already converted to the parameter types
   * the call was bound with ({@code defaulted[i]}: the DEFAULT keyword); the value converted to
   * {@code returns}, the type the call was bound with.
   */
  public static Object invokeScalar(
      SessionState state, List<String> parts, String written, Object[] args, boolean[] defaulted,
      List<SqlType> argTypes, SqlType returns) {
    Found found = find(state, parts)
        .filter(f -> f.function().typeCode().equals("FN"))
        .orElseThrow(() -> SqlErrors.FUNCTION_NOT_FOUND.raise(parts.get(parts.size() - 2), written));
    List<ProcedureParameter> params = found.parameters();
    checkArity(args.length, params.size(), written);
    ProcedureHost host = state.host();
    CompiledScalar c = compileScalar(state, host, found);
    Object[] frame = new Object[c.body().frameSize()];
    String name = found.function().name();
    for (int i = 0; i < params.size(); i++) {
      SqlType declared = c.body().variableTypes().get(i);
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
          return null; // RETURNS NULL ON NULL INPUT: the body does not run
        }
      }
    }
    host.runFunction(c.body(), frame, name);
    return ParameterizedStatement.convert(frame[params.size()], c.body().variableTypes().get(params.size()), returns);
  }

  private static CompiledScalar compileScalar(SessionState state, ProcedureHost host, Found found) {
    String definition = found.function().definition();
    boolean quoted = state.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    // As for procedures: compiled inside a table statement, table reads bind at once.
    String key = (quoted ? "FSQ" : "FSN") + (state.store().inStatement() ? "S:" : ":") + definition;
    if (state.storedProcedurePlans().get(key) instanceof CompiledScalar cached) {
      return cached;
    }
    List<ProcedureParameter> params = found.parameters();
    List<ParameterDefinition> defs = params.stream().map(ProcedureParameter::definition).toList();
    String paramText = String.join(", ", defs.stream().map(ParameterDefinition::toSql).toList());
    BatchPlan body = host.compileFunction(found.definition().body(), defs, paramText, found.returns());
    CompiledScalar c = new CompiledScalar(body, StoredProcedures.defaults(params, host));
    state.storedProcedurePlans().put(key, c);
    return c;
  }
}
