package dev.quern.engine.proc;

import dev.quern.catalog.meta.UserType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.TableArgument;
import dev.quern.engine.ast.ColumnDefinition;
import dev.quern.engine.ast.DeclareTableStatement;
import dev.quern.engine.ast.Names;
import dev.quern.engine.ast.ParameterDefinition;
import dev.quern.engine.ast.ProcedureParameter;
import dev.quern.engine.binder.DeclaredType;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.parser.ParameterListParser;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.TableVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Table-valued parameters of a call ("Use table-valued parameters", SQL Server docs): each is a
 * READONLY table variable of the callee's scope. A caller's table variable is read in place (READONLY
 * means nobody writes it meanwhile); rows a client sent fill a table declared from the type, its
 * constraints and defaults applying; a parameter not passed is an empty table, as in SQL Server.
 */
final class TableParameters {
  private TableParameters() {}

  /** Each parameter's table type, or null for a scalar parameter. */
  static List<UserType> types(List<ProcedureParameter> params, SessionState state) {
    List<UserType> out = new ArrayList<>();
    for (ProcedureParameter p : params) {
      out.add(DeclaredType.tableType(p.type(), state).orElse(null));
    }
    return out;
  }

  static boolean any(List<UserType> types) {
    return types.stream().anyMatch(t -> t != null);
  }

  /**
   * 206 unless {@code a} (null: not passed) can be the table-valued parameter of {@code type}: rows,
   * or a table variable declared of that very type (SQL Server takes no other, however alike).
   */
  static void check(ProcArg a, UserType type, SessionState state) {
    if (a == null || a.isDefault() || a.value() instanceof TableArgument.Rows) {
      return;
    }
    if (a.value() instanceof TableArgument.Variable v) {
      if (v.userTypeId() != type.id()) {
        throw SqlErrors.OPERAND_TYPE_CLASH.raise(typeName(v.userTypeId(), state), type.name());
      }
      return;
    }
    String given = a.type() == null ? "sql_variant" : SqlTypes.name(a.type().id());
    throw SqlErrors.OPERAND_TYPE_CLASH.raise(given, type.name());
  }

  /** How 206 names a table variable's type: its table type, or "table" for DECLARE … TABLE. */
  private static String typeName(int userTypeId, SessionState state) {
    if (userTypeId == 0) {
      return "table";
    }
    var catalog = state.store().storage().catalog(state.databaseId());
    return state.store().snapshot(catalog).userType(userTypeId).map(UserType::name).orElse("table");
  }

  /** Binds parameter {@code name} of {@code type} to {@code a} in the current (the callee's) scope. */
  static void bind(String name, UserType type, ProcArg a, ProcedureHost host) {
    TableVariables vars = host.state().store().tableVariables();
    Object value = a == null || a.isDefault() ? null : a.value();
    if (value instanceof TableArgument.Variable v) {
      vars.bindReadOnly(name, v.storedName());
      vars.typed(name, type.id());
      return;
    }
    DeclareTableStatement declare = declaration(name, type);
    BatchPlan create = host.compile(declare.toSql(), List.of(), "");
    host.run(create, new Object[create.frameSize()], null);
    if (value instanceof TableArgument.Rows rows && !rows.rows().isEmpty()) {
      fill(name, type, declare, rows, host);
    }
    vars.bindReadOnly(name, vars.storedName(name));
    vars.typed(name, type.id());
  }

  private static DeclareTableStatement declaration(String name, UserType type) {
    String sql = "DECLARE " + name + " TABLE " + type.tableDefinition();
    return (DeclareTableStatement) Parser.parseBatch(sql, true).getFirst();
  }

  /** Inserts the client's rows, one INSERT per row with the values as typed parameters. */
  private static void fill(String name, UserType type, DeclareTableStatement declare, TableArgument.Rows rows, ProcedureHost host) {
    List<ColumnDefinition> columns = declare.definition().columns().stream().filter(c -> c.computed() == null).toList();
    if (rows.columnTypes().size() != columns.size()) {
      // Rows of another shape: what SQL Server says of a table of another type passed.
      throw SqlErrors.OPERAND_TYPE_CLASH.raise("table", type.name());
    }
    List<String> params = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      params.add("@c" + i + " " + SqlTypes.sqlName(rows.columnTypes().get(i)));
    }
    String paramText = String.join(", ", params);
    List<ParameterDefinition> defs = ParameterListParser.parse(paramText);
    String sql = "INSERT INTO " + name + " ("
        + columns.stream().map(c -> Names.quote(c.name())).collect(Collectors.joining(", ")) + ") VALUES ("
        + java.util.stream.IntStream.range(0, columns.size()).mapToObj(i -> "@c" + i).collect(Collectors.joining(", "))
        + ")";
    BatchPlan insert = host.compile(sql, defs, paramText);
    for (Object[] row : rows.rows()) {
      Object[] frame = new Object[insert.frameSize()];
      System.arraycopy(row, 0, frame, 0, columns.size());
      host.run(insert, frame, null);
    }
  }
}
