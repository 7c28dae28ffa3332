package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.View;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code sp_help [[@objname =] 'name']} ("sp_help (Transact-SQL)"). Without a name: every object
 * of the current database (Name, Owner, Object_type), then the user-defined types (none). For a
 * table: the object's row (Name, Owner, Type, Created_datetime) and then, as {@link TableHelp}
 * lays them out, its columns, identity, ROWGUIDCOL, filegroup, indexes and constraints; for a
 * view: its row, its columns, identity and ROWGUIDCOL; for a stored procedure: its row and its
 * parameters; for anything else, its row. 15009 for a name that
 * is no object. Quern keeps no creation times: Created_datetime is NULL.
 */
public final class HelpProcedure implements SystemProcedure {
  private static final SqlType NVARCHAR_128 = SqlType.ofLength(TypeId.NVARCHAR, 128);
  private static final List<ResultColumn> OBJECT =
      List.of(
          new ResultColumn("Name", NVARCHAR_128, false),
          new ResultColumn("Owner", NVARCHAR_128, true),
          new ResultColumn("Type", SqlType.ofLength(TypeId.NVARCHAR, 31), true),
          new ResultColumn("Created_datetime", dev.quern.catalog.type.SqlTypes.DATETIME, true));
  private static final List<ResultColumn> OBJECTS =
      List.of(
          new ResultColumn("Name", NVARCHAR_128, false),
          new ResultColumn("Owner", NVARCHAR_128, true),
          new ResultColumn("Object_type", SqlType.ofLength(TypeId.NVARCHAR, 31), true));
  private static final List<ResultColumn> USER_TYPES =
      List.of(
          new ResultColumn("User_type", NVARCHAR_128, false),
          new ResultColumn("Storage_type", NVARCHAR_128, true),
          new ResultColumn("Length", dev.quern.catalog.type.SqlTypes.SMALLINT, true),
          new ResultColumn("Prec", dev.quern.catalog.type.SqlTypes.INT, true),
          new ResultColumn("Scale", dev.quern.catalog.type.SqlTypes.INT, true),
          new ResultColumn("Nullable", SqlType.ofLength(TypeId.VARCHAR, 35), true),
          new ResultColumn("Default_name", NVARCHAR_128, true),
          new ResultColumn("Rule_name", NVARCHAR_128, true),
          new ResultColumn("Collation", NVARCHAR_128, true));

  @Override
  public String name() {
    return "sp_help";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, List.of("@objname"), name());
    String objname = a.string(0);
    CatalogScope scope = CatalogScope.of(host.state(), null);
    if (objname == null) {
      listObjects(scope, host.sink());
      return 0;
    }
    SessionState state = host.state();
    int id = state.objectId(objname, null)
        .orElseThrow(() -> SqlErrors.HELPTEXT_NO_OBJECT.raise(objname, state.databaseName()));
    Optional<SchemaObject> object = scope.metadata().object(id);
    if (object.isPresent()) {
      SchemaObject o = object.get();
      String owner = scope.schemaName(o.schemaId());
      // A view is described by binding it, a nested query that must run before our first result.
      List<ResultColumn> viewColumns = o instanceof View ? ViewColumns.of(host, owner, o.name()) : null;
      result(host.sink(), OBJECT, List.<Object[]>of(new Object[] {o.name(), owner, typeName(o.typeCode()), null}));
      switch (o) {
        case Table t -> new TableHelp(scope, t, objname, host.sink()).write();
        case Procedure p -> ProcedureHelp.write(p, state, host.sink());
        case View v -> TableHelp.writeView(viewColumns, host.sink());
        default -> {}
      }
    } else {
      constraintRow(scope, id).ifPresent(row -> result(host.sink(), OBJECT, List.<Object[]>of(row)));
    }
    return 0;
  }

  private static Optional<Object[]> constraintRow(CatalogScope scope, int id) {
    for (CatalogScope.Entry e : scope.objects(null, null, false)) {
      if (e.object() instanceof Table t) {
        for (Constraint c : t.constraints()) {
          if (c.objectId() == id) {
            return Optional.of(new Object[] {c.name(), e.schema().name(), typeName(c.typeCode()), null});
          }
        }
      }
    }
    return Optional.empty();
  }

  private static void listObjects(CatalogScope scope, ResultSink sink) {
    List<Object[]> rows = new ArrayList<>();
    for (CatalogScope.Entry e : scope.objects(null, null, false)) {
      Schema s = e.schema();
      rows.add(new Object[] {e.object().name(), s.name(), typeName(e.object().typeCode())});
      if (e.object() instanceof Table t) {
        for (Constraint c : t.constraints()) {
          rows.add(new Object[] {c.name(), s.name(), typeName(c.typeCode())});
        }
      }
    }
    rows.sort(Comparator.comparing((Object[] r) -> (String) r[0], String.CASE_INSENSITIVE_ORDER)
        .thenComparing(r -> (String) r[1], String.CASE_INSENSITIVE_ORDER));
    result(sink, OBJECTS, rows);
    result(sink, USER_TYPES, List.of());
  }

  static void result(ResultSink sink, List<ResultColumn> columns, List<Object[]> rows) {
    sink.columns(columns);
    rows.forEach(sink::row);
    sink.done(rows.size(), true);
  }

  /** The words sp_help uses for each sys.objects type (spt_values, type O9T). */
  static String typeName(String code) {
    return switch (code.trim()) {
      case "U" -> "user table";
      case "V" -> "view";
      case "P" -> "stored procedure";
      case "SO" -> "sequence object";
      case "PK" -> "primary key cns";
      case "UQ" -> "unique key cns";
      case "F" -> "foreign key cns";
      case "C" -> "check cns";
      case "D" -> "default (maybe cns)";
      case "FN" -> "scalar function";
      case "IF" -> "inline function";
      case "TF" -> "table function";
      default -> code;
    };
  }
}
