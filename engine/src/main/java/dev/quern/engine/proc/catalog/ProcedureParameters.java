package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import java.util.List;
import java.util.Locale;

/** A stored procedure's parameters, read from its definition's head as a call compiles it. */
final class ProcedureParameters {
  /** One parameter: its name with '@', type as written (lower case) and resolved, and OUTPUT. */
  record Parameter(String name, String typeName, SqlType type, boolean output) {}

  private ProcedureParameters() {}

  static List<Parameter> of(Procedure p, SessionState state) {
    boolean quoted = state.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    List<ProcedureParameter> params = Parser.parseProcedure(p.definition(), quoted).parameters();
    return params.stream()
        .map(q -> new Parameter(q.name(), q.type().name().toLowerCase(Locale.ROOT), SqlTypes.parse(q.type().toSql()),
            q.output()))
        .toList();
  }
}
