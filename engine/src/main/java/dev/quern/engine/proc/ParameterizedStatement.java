package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.ast.ParameterDefinition;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.ValueErrors;
import dev.quern.engine.parser.ParameterListParser;
import dev.quern.engine.plan.BatchPlan;
import java.util.List;
import java.util.Locale;

/**
 * A statement text with its parameter definitions (what sp_executesql, sp_prepare and
 * sp_prepexec take), compiled once; {@link #run} binds argument values to the parameters by
 * position or by name and copies OUTPUT parameters back.
 */
final class ParameterizedStatement {
  private final String statement;
  private final String paramText;
  private final List<ParameterDefinition> params;
  private final BatchPlan plan;
  /** Each parameter's table type (a table-valued parameter), or null. */
  private final List<dev.quern.catalog.meta.UserType> tableTypes;

  private ParameterizedStatement(
      String statement, String paramText, List<ParameterDefinition> params, BatchPlan plan,
      List<dev.quern.catalog.meta.UserType> tableTypes) {
    this.statement = statement;
    this.paramText = paramText;
    this.params = params;
    this.plan = plan;
    this.tableTypes = tableTypes;
  }

  static ParameterizedStatement compile(String statement, String paramText, ProcedureHost host) {
    String defs = paramText == null ? "" : paramText;
    List<ParameterDefinition> params = ParameterListParser.parse(defs);
    List<dev.quern.catalog.meta.UserType> tables = new java.util.ArrayList<>();
    for (ParameterDefinition p : params) {
      tables.add(dev.quern.engine.binder.DeclaredType.tableType(p.type(), host.state()).orElse(null));
    }
    return new ParameterizedStatement(statement, defs, params, host.compile(statement, params, defs), tables);
  }

  BatchPlan plan() {
    return plan;
  }

  /** Binds {@code values} to the parameters, runs, and writes OUTPUT values back; returns the status. */
  int run(String procName, List<ProcArg> values, ProcedureHost host) {
    Object[] frame = new Object[plan.frameSize()];
    ProcArg[] boundArgs = byParameter(values, params, procName);
    for (int i = 0; i < params.size(); i++) {
      ProcArg a = boundArgs[i];
      SqlType declared = plan.variableTypes().get(i);
      if (tableTypes.get(i) != null) {
        TableParameters.check(a, tableTypes.get(i), host.state()); // a table variable of the statement's scope
        continue;
      }
      if (a == null || a.isDefault()) {
        throw SqlErrors.PARAMETERIZED_QUERY_EXPECTS.raise(
            "(" + paramText + ")" + statement, params.get(i).name());
      }
      frame[i] = convert(a.value(), a.type(), declared);
    }
    int status;
    host.state().enterParameterized();
    try {
      status = runWithTables(frame, boundArgs, host);
    } finally {
      host.state().exitParameterized();
    }
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).output() && boundArgs[i] != null && boundArgs[i].output()) {
        boundArgs[i].setOutput(frame[i], plan.variableTypes().get(i));
      }
    }
    return status;
  }

  /**
   * Runs the plan in a table-variable scope of its own, as SQL Server runs the statement as a batch
   * of its own: its table-valued parameters and the table variables it declares are its alone, and
   * end with it (a second sp_executesql of the same text declares them afresh).
   */
  private int runWithTables(Object[] frame, ProcArg[] boundArgs, ProcedureHost host) {
    host.state().store().tableVariables().enter();
    try {
      for (int i = 0; i < params.size(); i++) {
        if (tableTypes.get(i) != null) {
          TableParameters.bind(params.get(i).name(), tableTypes.get(i), boundArgs[i], host);
        }
      }
      return host.run(plan, frame, null);
    } finally {
      host.state().store().exitTableVariableScope();
    }
  }

  /**
   * Which parameter each argument goes to: by position until the first named one, by name after
   * (119 for a positional one after a name, 8144 for too many, 8145 for an unknown name, 8162 for
   * OUTPUT given to a parameter that is not); a parameter no argument names stays null.
   */
  static ProcArg[] byParameter(List<ProcArg> values, List<ParameterDefinition> params, String procName) {
    ProcArg[] bound = new ProcArg[params.size()];
    boolean named = false;
    int position = 0;
    for (ProcArg a : values) {
      int index;
      // Naming the very parameter its position gives keeps positional passing open (mssql-jdbc
      // names a table-valued argument among unnamed ones).
      boolean atItsPosition = a.name() != null && !named && indexOf(params, a.name()) == position;
      if (a.name() != null && !atItsPosition) {
        named = true;
        index = indexOf(params, a.name());
        if (index < 0) {
          throw SqlErrors.NOT_A_PARAMETER.raise(a.name(), procName);
        }
      } else {
        if (named) {
          throw SqlErrors.NAMED_AFTER_POSITIONAL.raise(position + 1);
        }
        index = position;
        if (index >= params.size()) {
          throw SqlErrors.TOO_MANY_ARGUMENTS.raise(procName);
        }
      }
      position++;
      if (a.output() && !params.get(index).output()) {
        throw SqlErrors.NOT_OUTPUT_PARAMETER.raise(params.get(index).name());
      }
      bound[index] = a;
    }
    return bound;
  }

  private static int indexOf(List<ParameterDefinition> params, String name) {
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  static Object convert(Object value, SqlType from, SqlType to) {
    if (value == null || from == null || from.equals(to)) {
      return value;
    }
    try {
      // A typed xml parameter validates what it is given (a string, untyped or other typed xml).
      return dev.quern.engine.xmlschema.TypedXml.check(Conversions.convert(value, from, to), from, to);
    } catch (SqlValueException e) {
      throw ValueErrors.toSql(e);
    }
  }

  /** The statement text parameters of these procedures must be Unicode (error 214 otherwise). */
  static String unicodeText(ProcArg a, String paramName) {
    if (a == null || a.isDefault()) {
      throw SqlErrors.PROC_EXPECTS_TYPE.raise(paramName, "ntext/nchar/nvarchar");
    }
    if (a.type() != null) {
      TypeId id = a.type().id();
      if (id != TypeId.NVARCHAR && id != TypeId.NCHAR && id != TypeId.NTEXT) {
        throw SqlErrors.PROC_EXPECTS_TYPE.raise(paramName, "ntext/nchar/nvarchar");
      }
    }
    return a.value() == null ? null : a.value().toString();
  }

  static int handleOf(ProcArg a) {
    Object v = a == null ? null : a.value();
    if (v instanceof Number n) {
      return n.intValue();
    }
    if (v instanceof String s) {
      try {
        return Integer.parseInt(s.strip());
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return -1;
  }
}
