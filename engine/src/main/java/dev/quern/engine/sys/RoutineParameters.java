package dev.quern.engine.sys;

import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.UserFunction;
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
 * a call compiles it (sys.parameters, INFORMATION_SCHEMA.ROUTINES and PARAMETERS): stored
 * procedures and user-defined functions.
 */
final class RoutineParameters {
  /** One parameter: {@code sysname} marks a parameter declared as sysname (user_type_id 256). */
  record Parameter(String name, SqlType type, boolean sysname, boolean output, boolean readonly) {}

  /**
   * A routine: {@code kind} as ROUTINE_TYPE says it (PROCEDURE, FUNCTION); {@code returns} is a
   * scalar function's type, null for a procedure or a table-valued function.
   */
  record Routine(CatalogObjects.Entry entry, String kind, List<Parameter> parameters, SqlType returns) {
    boolean procedure() {
      return kind.equals("PROCEDURE");
    }
  }

  private RoutineParameters() {}

  static List<Routine> routines(SessionState session) {
    List<Routine> out = new ArrayList<>();
    boolean quoted = session.sessionOptions().has(SessionOptions.QUOTED_IDENTIFIER);
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      routine(e, quoted, session).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Routine> routine(CatalogObjects.Entry e, boolean quoted, SessionState session) {
    SchemaObject o = e.object();
    if (o instanceof Procedure p) {
      return Optional.of(new Routine(e, "PROCEDURE", parameters(head(p.definition(), quoted), session), null));
    }
    if (o instanceof UserFunction f) {
      Parser.StoredFunction stored = function(f.definition(), quoted);
      SqlType returns = stored.returns() == null ? null : type(stored.returns(), session);
      return Optional.of(new Routine(e, "FUNCTION", parameters(stored.parameters(), session), returns));
    }
    return Optional.empty();
  }

  /** A function's definition as the session's QUOTED_IDENTIFIER reads it, else as the other does. */
  private static Parser.StoredFunction function(String definition, boolean quoted) {
    try {
      return Parser.parseFunction(definition, quoted);
    } catch (SqlException e) {
      return Parser.parseFunction(definition, !quoted);
    }
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

  private static List<Parameter> parameters(List<ProcedureParameter> declared, SessionState session) {
    List<Parameter> out = new ArrayList<>();
    for (ProcedureParameter p : declared) {
      boolean sysname = p.type().name().toLowerCase(Locale.ROOT).equals("sysname");
      out.add(new Parameter(p.name(), type(p.type(), session), sysname, p.output(), p.readOnly()));
    }
    return out;
  }

  /**
   * A parameter's type; an alias type as its base. A table type, or a type that no longer
   * resolves, is shown as sql_variant.
   */
  private static SqlType type(dev.quern.engine.ast.TypeName name, SessionState session) {
    try {
      SqlType t = dev.quern.engine.binder.DeclaredType.resolve(name, 1, session).type();
      return t == null ? SqlTypes.SQL_VARIANT : t;
    } catch (SqlException e) {
      return SqlTypes.SQL_VARIANT;
    }
  }
}
