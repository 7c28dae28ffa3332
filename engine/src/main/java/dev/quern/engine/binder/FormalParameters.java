package dev.quern.engine.binder;

import dev.quern.catalog.meta.Procedure;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.List;
import java.util.Locale;

/**
 * The declared parameters of the stored procedure an EXEC calls, for metadata discovery: an
 * undeclared parameter passed as an argument takes the formal parameter's type ("the declared
 * data type of the parameter to which this argument is passed") and reports its name as
 * formal_parameter_name. Empty when the procedure is not a user procedure of the catalog.
 */
record FormalParameters(List<ProcedureParameter> parameters) {
  static final FormalParameters NONE = new FormalParameters(List.of());

  static FormalParameters of(BindContext bind, List<String> procName) {
    if (procName == null || procName.isEmpty() || !(bind.session() instanceof SessionState state)
        || !state.store().inStatement()) {
      return NONE;
    }
    return ObjectNames.object(state.store(), state.databaseName(), procName)
        .filter(o -> o.object() instanceof Procedure)
        .map(o -> Parser.parseProcedure(((Procedure) o.object()).definition(),
            state.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER)))
        .map(p -> new FormalParameters(p.parameters()))
        .orElse(NONE);
  }

  /** The parameter an argument goes to: by {@code name} when given, else by 0-based {@code position}; null when none. */
  ProcedureParameter find(String name, int position) {
    if (name == null) {
      return position < parameters.size() ? parameters.get(position) : null;
    }
    String key = name.toLowerCase(Locale.ROOT);
    return parameters.stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(key)).findFirst().orElse(null);
  }

  /** The 1-based ordinal of {@code p} among the parameters (DECLARE-style type resolution uses it). */
  int ordinal(ProcedureParameter p) {
    return parameters.indexOf(p) + 1;
  }
}
