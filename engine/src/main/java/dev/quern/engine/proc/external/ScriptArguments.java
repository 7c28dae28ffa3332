package dev.quern.engine.proc.external;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.ast.ParameterDefinition;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.ValueErrors;
import dev.quern.engine.parser.ParameterListParser;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.ext.spi.ExternalParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The arguments of one sp_execute_external_script call: the procedure's own parameters (by name,
 * or by position in the documented order) and the values of the parameters {@code @params}
 * declares, converted to their declared types.
 */
final class ScriptArguments {
  /** The procedure's parameters in their documented order (positional calls follow it). */
  static final List<String> FIXED =
      List.of(
          "@language", "@script", "@input_data_1", "@input_data_1_name",
          "@input_data_1_order_by_columns", "@input_data_1_partition_by_columns",
          "@output_data_1_name", "@parallel", "@params");

  private final ProcArg[] fixed = new ProcArg[FIXED.size()];
  private final List<ExternalParameter> parameters = new ArrayList<>();
  /** The caller's argument per declared OUTPUT parameter name (lower case), to copy values back. */
  private final Map<String, ProcArg> outputs = new LinkedHashMap<>();
  private int rowsPerRead;

  private ScriptArguments() {}

  static ScriptArguments bind(List<ProcArg> args, ProcedureHost host) {
    ScriptArguments a = new ScriptArguments();
    List<ProcArg> values = a.splitFixed(args);
    a.bindParams(values, host);
    return a;
  }

  private List<ProcArg> splitFixed(List<ProcArg> args) {
    List<ProcArg> values = new ArrayList<>();
    int next = 0;
    for (ProcArg arg : args) {
      int named = arg.name() == null ? -1 : FIXED.indexOf(arg.name().toLowerCase(Locale.ROOT));
      if (named >= 0) {
        fixed[named] = arg;
      } else if (arg.name() == null && values.isEmpty() && next < fixed.length) {
        fixed[next++] = arg;
      } else {
        values.add(arg);
      }
    }
    return values;
  }

  private void bindParams(List<ProcArg> values, ProcedureHost host) {
    String text = text("@params");
    List<ParameterDefinition> defs = text == null ? List.of() : ParameterListParser.parse(text);
    List<SqlType> types =
        defs.isEmpty() ? List.of() : host.compile("RETURN", defs, text).variableTypes();
    ProcArg[] bound = new ProcArg[defs.size()];
    int position = 0;
    for (ProcArg v : values) {
      int index = v.name() == null ? position : indexOf(defs, v.name());
      if (index < 0 || index >= defs.size()) {
        throw v.name() == null
            ? SqlErrors.TOO_MANY_ARGUMENTS.raise(ExternalScriptProcedure.NAME)
            : SqlErrors.NOT_A_PARAMETER.raise(v.name(), ExternalScriptProcedure.NAME);
      }
      if (v.output() && !defs.get(index).output()) {
        throw SqlErrors.NOT_OUTPUT_PARAMETER.raise(defs.get(index).name());
      }
      bound[index] = v;
      position++;
    }
    for (int i = 0; i < defs.size(); i++) {
      ParameterDefinition d = defs.get(i);
      ProcArg v = bound[i];
      if (v == null || v.isDefault()) {
        throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(ExternalScriptProcedure.NAME, d.name());
      }
      Object value = convert(v.value(), v.type(), types.get(i));
      parameters.add(new ExternalParameter(d.name(), types.get(i), value, d.output()));
      if (d.output() && v.output()) {
        outputs.put(d.name().toLowerCase(Locale.ROOT), v);
      }
      if (d.name().equalsIgnoreCase("@r_rowsPerRead") && value instanceof Number n) {
        rowsPerRead = Math.max(0, n.intValue());
      }
    }
  }

  private static int indexOf(List<ParameterDefinition> defs, String name) {
    for (int i = 0; i < defs.size(); i++) {
      if (defs.get(i).name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static Object convert(Object value, SqlType from, SqlType to) {
    if (value == null || from == null || from.equals(to)) {
      return value;
    }
    try {
      return Conversions.convert(value, from, to);
    } catch (SqlValueException e) {
      throw ValueErrors.toSql(e);
    }
  }

  /** The text of a fixed parameter, or null when absent, DEFAULT or NULL. */
  String text(String name) {
    ProcArg a = fixed[FIXED.indexOf(name)];
    return a == null || a.isDefault() || a.value() == null ? null : a.value().toString();
  }

  /** A required fixed parameter: 201 when missing. */
  String required(String name) {
    String v = text(name);
    if (v == null) {
      throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(ExternalScriptProcedure.NAME, name);
    }
    return v;
  }

  boolean parallel() {
    ProcArg a = fixed[FIXED.indexOf("@parallel")];
    Object v = a == null || a.isDefault() ? null : a.value();
    if (v instanceof Boolean b) {
      return b;
    }
    return v instanceof Number n ? n.intValue() != 0 : v != null && !v.toString().strip().equals("0");
  }

  /** A comma-separated column list ({@code a, [b c]}), brackets removed. */
  List<String> columnList(String name) {
    String v = text(name);
    if (v == null || v.isBlank()) {
      return List.of();
    }
    return Arrays.stream(v.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s)
        .toList();
  }

  List<ExternalParameter> parameters() {
    return parameters;
  }

  int rowsPerRead() {
    return rowsPerRead;
  }

  /** Copies the script's OUTPUT values back to the caller's arguments. */
  void setOutputs(Map<String, Object> values) {
    values.forEach(
        (name, value) -> {
          ProcArg arg = outputs.get(name.toLowerCase(Locale.ROOT));
          if (arg != null) {
            SqlType type =
                parameters.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst().orElseThrow().type();
            arg.setOutput(value, type);
          }
        });
  }
}
