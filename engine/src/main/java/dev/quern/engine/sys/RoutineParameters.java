package dev.quern.engine.sys;

import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The routines of the current database and their parameters, read from each definition's head as
 * a call compiles it (sys.parameters, INFORMATION_SCHEMA.ROUTINES and PARAMETERS). Stored
 * procedures only for now: another kind of routine (a user-defined function) adds its branch to
 * {@link #routine} with its kind, its parameters and (for a function) its return type.
 */
final class RoutineParameters {
  /** One parameter: {@code sysname} marks a parameter declared as sysname (user_type_id 256). */
  record Parameter(String name, SqlType type, boolean sysname, boolean output, boolean readonly) {}

  /**
   * A routine: {@code kind} as ROUTINE_TYPE says it (PROCEDURE, FUNCTION); {@code returns} is
   * null for a procedure.
   */
  record Routine(CatalogObjects.Entry entry, String kind, List<Parameter> parameters, SqlType returns) {}

  private RoutineParameters() {}

  static List<Routine> routines(SessionState session) {
    List<Routine> out = new ArrayList<>();
    boolean quoted = session.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      routine(e, quoted).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Routine> routine(CatalogObjects.Entry e, boolean quoted) {
    SchemaObject o = e.object();
    if (o instanceof Procedure p) {
      return Optional.of(new Routine(e, "PROCEDURE", procedureParameters(p.definition(), quoted), null));
    }
    return Optional.empty();
  }

  /**
   * The parameters as the session's QUOTED_IDENTIFIER reads the definition, else as the other
   * setting does (a procedure created under the other setting, a default in double quotes).
   */
  private static List<ProcedureParameter> head(String definition, boolean quoted) {
    try {
      return Parser.parseProcedure(definition, quoted).parameters();
    } catch (SqlException e) {
      return Parser.parseProcedure(definition, !quoted).parameters();
    }
  }

  /** A stored definition parses (CREATE checked it); a type that no longer does is shown as sql_variant. */
  private static List<Parameter> procedureParameters(String definition, boolean quoted) {
    List<Parameter> out = new ArrayList<>();
    for (ProcedureParameter p : head(definition, quoted)) {
      SqlType type;
      try {
        type = SqlTypes.parse(p.type().toSql());
      } catch (IllegalArgumentException e) {
        type = SqlTypes.SQL_VARIANT;
      }
      boolean sysname = p.type().name().toLowerCase(Locale.ROOT).equals("sysname");
      out.add(new Parameter(p.name(), type, sysname, p.output(), false));
    }
    return out;
  }
}
