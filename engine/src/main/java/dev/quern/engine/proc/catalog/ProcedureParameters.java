package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.error.SqlException;
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
    return head(p.definition(), quoted).stream()
        .map(q -> new Parameter(q.name(), q.type().name().toLowerCase(Locale.ROOT), type(q), q.output()))
        .toList();
  }

  /**
   * The parameters as the session's QUOTED_IDENTIFIER reads the definition, else as the other
   * setting does: a procedure created under the other setting (a default written in double
   * quotes) must still list its parameters.
   */
  static List<ProcedureParameter> head(String definition, boolean quoted) {
    try {
      return Parser.parseProcedure(definition, quoted).parameters();
    } catch (SqlException e) {
      return Parser.parseProcedure(definition, !quoted).parameters();
    }
  }

  /** A type that no longer resolves shows as sql_variant rather than failing the whole listing. */
  private static SqlType type(ProcedureParameter p) {
    try {
      return SqlTypes.parse(p.type().toSql());
    } catch (IllegalArgumentException e) {
      return SqlTypes.SQL_VARIANT;
    }
  }
}
