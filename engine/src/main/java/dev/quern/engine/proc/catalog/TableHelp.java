package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.FkAction;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.sys.ConstraintDefinition;
import dev.quern.engine.sys.MaxLength;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * sp_help's result sets for a table, in SQL Server's order: columns; identity; ROWGUIDCOL;
 * filegroup; indexes (or message 15472); constraints (or 15469), a foreign key followed by its
 * REFERENCES line; the foreign keys that reference the table (or 15470). Prec and Scale are
 * char(5) as sp_help converts them, blank for types without digits; TrimTrailingBlanks and
 * FixedLenNullInSource are '(n/a)' except for char, varchar, binary and varbinary (ANSI_PADDING is
 * always on). Everything lives on filegroup PRIMARY.
 */
final class TableHelp {
  private static final SqlType NVARCHAR_128 = SqlType.ofLength(TypeId.NVARCHAR, 128);
  private static final SqlType VARCHAR_35 = SqlType.ofLength(TypeId.VARCHAR, 35);
  private static final SqlType CHAR_5 = SqlType.ofLength(TypeId.CHAR, 5);
  private static final SqlType KEYS = SqlType.ofLength(TypeId.NVARCHAR, 2126);

  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("Column_name", SqlTypes.SYSNAME, true), new ResultColumn("Type", NVARCHAR_128, true),
          new ResultColumn("Computed", VARCHAR_35, true), new ResultColumn("Length", SqlTypes.INT, true),
          new ResultColumn("Prec", CHAR_5, true), new ResultColumn("Scale", CHAR_5, true),
          new ResultColumn("Nullable", VARCHAR_35, true), new ResultColumn("TrimTrailingBlanks", VARCHAR_35, true),
          new ResultColumn("FixedLenNullInSource", VARCHAR_35, true), new ResultColumn("Collation", SqlTypes.SYSNAME, true));
  private static final List<ResultColumn> IDENTITY =
      List.of(
          new ResultColumn("Identity", SqlTypes.SYSNAME, true),
          new ResultColumn("Seed", SqlType.decimal(38, 0), true),
          new ResultColumn("Increment", SqlType.decimal(38, 0), true),
          new ResultColumn("Not For Replication", SqlTypes.INT, true));
  private static final List<ResultColumn> ROWGUIDCOL = List.of(new ResultColumn("RowGuidCol", SqlTypes.SYSNAME, true));
  private static final List<ResultColumn> FILEGROUP =
      List.of(new ResultColumn("Data_located_on_filegroup", SqlTypes.SYSNAME, true));
  private static final List<ResultColumn> INDEXES =
      List.of(
          new ResultColumn("index_name", SqlTypes.SYSNAME, true),
          new ResultColumn("index_description", SqlType.ofLength(TypeId.VARCHAR, 210), true),
          new ResultColumn("index_keys", KEYS, true));
  private static final List<ResultColumn> CONSTRAINTS =
      List.of(
          new ResultColumn("constraint_type", SqlType.ofLength(TypeId.NVARCHAR, 146), true),
          new ResultColumn("constraint_name", SqlTypes.SYSNAME, true),
          new ResultColumn("delete_action", SqlType.ofLength(TypeId.NVARCHAR, 9), true),
          new ResultColumn("update_action", SqlType.ofLength(TypeId.NVARCHAR, 9), true),
          new ResultColumn("status_enabled", SqlType.ofLength(TypeId.VARCHAR, 8), true),
          new ResultColumn("status_for_replication", SqlType.ofLength(TypeId.VARCHAR, 19), true),
          new ResultColumn("constraint_keys", KEYS, true));
  private static final List<ResultColumn> REFERENCED_BY =
      List.of(new ResultColumn("Table is referenced by foreign key", SqlType.ofLength(TypeId.NVARCHAR, 516), true));

  /** The types sp_help gives a precision and scale (ColumnProperty 'precision', OdbcScale). */
  private static final Set<TypeId> WITH_DIGITS =
      Set.of(TypeId.TINYINT, TypeId.SMALLINT, TypeId.INT, TypeId.BIGINT, TypeId.DECIMAL, TypeId.NUMERIC,
          TypeId.REAL, TypeId.FLOAT, TypeId.MONEY, TypeId.SMALLMONEY, TypeId.DATE, TypeId.TIME,
          TypeId.DATETIME2, TypeId.DATETIMEOFFSET);
  private static final Set<TypeId> PADDED = Set.of(TypeId.CHAR, TypeId.VARCHAR, TypeId.BINARY, TypeId.VARBINARY);

  private final CatalogScope scope;
  private final Table table;
  private final String objname;
  private final ResultSink sink;

  TableHelp(CatalogScope scope, Table table, String objname, ResultSink sink) {
    this.scope = scope;
    this.table = table;
    this.objname = objname;
    this.sink = sink;
  }

  /**
   * The table {@code objname} names for sp_helpindex and sp_helpconstraint: 15009 when there is
   * none (or it is not a table).
   */
  static Table named(String objname, dev.quern.engine.session.SessionState state, CatalogScope scope) {
    int id = state.objectId(objname, null)
        .orElseThrow(() -> dev.quern.engine.error.SqlErrors.HELPTEXT_NO_OBJECT.raise(objname, state.databaseName()));
    if (!(scope.metadata().object(id).orElse(null) instanceof Table t)) {
      throw dev.quern.engine.error.SqlErrors.HELPTEXT_NO_OBJECT.raise(objname, state.databaseName());
    }
    return t;
  }

  void write() {
    HelpProcedure.result(sink, COLUMNS, table.columns().stream().map(TableHelp::columnRow).toList());
    HelpProcedure.result(sink, IDENTITY, List.<Object[]>of(identityRow()));
    HelpProcedure.result(sink, ROWGUIDCOL, List.<Object[]>of(new Object[] {"No rowguidcol column defined."}));
    HelpProcedure.result(sink, FILEGROUP, List.<Object[]>of(new Object[] {"PRIMARY"}));
    indexes();
    constraints();
    referencedBy();
  }

  private static Object[] columnRow(Column c) {
    Object[] row = columnRow(c.name(), c.type(), c.computed() != null, c.nullable(), c.collation());
    if (c.rowversion()) {
      row[1] = "timestamp";
    }
    return row;
  }

  private static Object[] columnRow(String name, SqlType t, boolean computed, boolean nullable, String collation) {
    boolean digits = WITH_DIGITS.contains(t.id());
    boolean padded = PADDED.contains(t.id());
    return new Object[] {name, SqlTypes.name(t.id()), computed ? "yes" : "no", MaxLength.of(t),
        digits ? char5(dev.quern.engine.proc.odbc.OdbcColumnType.of(t, false, true, true, true).precision()) : "     ",
        digits ? char5(scale(t)) : "     ", nullable ? "yes" : "no", padded ? "no" : "(n/a)",
        padded ? (nullable ? "yes" : "no") : "(n/a)", collation};
  }

  /**
   * A view's result sets after its object row: its columns (as binding it gives them), then no
   * identity and no ROWGUIDCOL, as sp_help shows a view.
   */
  static void writeView(List<ResultColumn> columns, ResultSink sink) {
    HelpProcedure.result(sink, COLUMNS, columns.stream()
        .map(c -> columnRow(c.name(), c.type(), false, c.nullable(),
            !SqlTypes.isCharacter(c.type().id()) ? null
                : c.collation() != null ? c.collation().name() : dev.quern.catalog.meta.Database.DEFAULT_COLLATION))
        .toList());
    HelpProcedure.result(sink, IDENTITY, List.<Object[]>of(new Object[] {"No identity column defined.", null, null, null}));
    HelpProcedure.result(sink, ROWGUIDCOL, List.<Object[]>of(new Object[] {"No rowguidcol column defined."}));
  }

  /** sp_help's OdbcScale: NULL for the binary floats, the type's scale for the rest. */
  private static Integer scale(SqlType t) {
    return switch (t.id()) {
      case REAL, FLOAT -> null;
      case MONEY, SMALLMONEY -> 4;
      case DECIMAL, NUMERIC, TIME, DATETIME2, DATETIMEOFFSET -> t.scale();
      default -> 0;
    };
  }

  /** convert(char(5), n): left-aligned, blank-padded; NULL stays NULL. */
  private static String char5(Integer n) {
    return n == null ? null : String.format("%-5s", n);
  }

  private Object[] identityRow() {
    return table.identityColumn()
        .map(c -> new Object[] {c.name(), BigDecimal.valueOf(c.identity().seed()),
            BigDecimal.valueOf(c.identity().increment()), 0})
        .orElse(new Object[] {"No identity column defined.", null, null, null});
  }

  /** sp_helpconstraint: the constraints, then the foreign keys that reference the table. */
  void writeConstraints() {
    constraints();
    referencedBy();
  }

  /** sp_helpindex: the indexes result set alone (or 15472). */
  void writeIndexes() {
    indexes();
  }

  private void indexes() {
    List<Object[]> rows = new ArrayList<>();
    for (Index i : table.indexes()) {
      if (i.kind() != IndexKind.HEAP) {
        // A columnstore has no key columns: SQL Server's index_keys is NULL for it.
        rows.add(new Object[] {i.name(), indexDescription(i), i.columnstore() ? null : keys(i.keys())});
      }
    }
    if (rows.isEmpty()) {
      info(15472, "The object '" + objname + "' does not have any indexes, or you do not have permissions.");
      return;
    }
    rows.sort(Comparator.comparing((Object[] r) -> (String) r[0], String.CASE_INSENSITIVE_ORDER));
    HelpProcedure.result(sink, INDEXES, rows);
  }

  private static String indexDescription(Index i) {
    StringBuilder d = new StringBuilder(i.holdsRows() ? "clustered" : "nonclustered");
    if (i.columnstore()) {
      d.append(" columnstore");
    }
    if (i.unique()) {
      d.append(", unique");
    }
    if (i.primaryKey()) {
      d.append(", primary key");
    } else if (i.uniqueConstraint()) {
      d.append(", unique key");
    }
    if (i.filter() != null) {
      d.append(", filtered");
    }
    return d.append(" located on PRIMARY").toString();
  }

  private String keys(List<IndexColumn> keys) {
    return keys.stream()
        .map(k -> table.columnById(k.columnId()).name() + (k.descending() ? "(-)" : ""))
        .collect(Collectors.joining(", "));
  }

  private void constraints() {
    List<Object[]> rows = new ArrayList<>();
    List<Constraint> sorted = new ArrayList<>(table.constraints());
    sorted.sort(Comparator.comparing((Constraint c) -> constraintType(c), String.CASE_INSENSITIVE_ORDER)
        .thenComparing(Constraint::name, String.CASE_INSENSITIVE_ORDER));
    for (Constraint c : sorted) {
      rows.add(constraintRow(c));
      if (c instanceof Constraint.ForeignKey fk) {
        rows.add(new Object[] {" ", " ", " ", " ", " ", " ", references(fk)});
      }
    }
    if (rows.isEmpty()) {
      info(15469, "No constraints are defined on object '" + objname + "', or you do not have permissions.");
      return;
    }
    HelpProcedure.result(sink, CONSTRAINTS, rows);
  }

  private Object[] constraintRow(Constraint c) {
    return switch (c) {
      case Constraint.PrimaryKey pk -> keyRow(c, pk.indexId());
      case Constraint.Unique uq -> keyRow(c, uq.indexId());
      case Constraint.ForeignKey fk -> new Object[] {constraintType(c), c.name(), action(fk.onDelete()),
          action(fk.onUpdate()), enabled(c), "Is_For_Replication", columnNames(fk.columns())};
      case Constraint.Check ck -> new Object[] {constraintType(c), c.name(), "(n/a)", "(n/a)", enabled(c),
          "Is_For_Replication", ConstraintDefinition.of(ck.expression())};
      case Constraint.Default d -> new Object[] {constraintType(c), c.name(), "(n/a)", "(n/a)", "(n/a)", "(n/a)",
          ConstraintDefinition.of(d.expression())};
    };
  }

  /** sp_help's status_enabled of a FOREIGN KEY or CHECK. */
  private static String enabled(Constraint c) {
    return c.disabled() ? "Disabled" : "Enabled";
  }

  private Object[] keyRow(Constraint c, int indexId) {
    Index i = table.index(indexId).orElseThrow();
    return new Object[] {constraintType(c), c.name(), "(n/a)", "(n/a)", "(n/a)", "(n/a)", keys(i.keys())};
  }

  private String constraintType(Constraint c) {
    return switch (c) {
      case Constraint.PrimaryKey pk -> "PRIMARY KEY (" + kind(pk.indexId()) + ")";
      case Constraint.Unique uq -> "UNIQUE (" + kind(uq.indexId()) + ")";
      case Constraint.ForeignKey fk -> "FOREIGN KEY";
      case Constraint.Check ck -> ck.columnId() == 0
          ? "CHECK Table Level " : "CHECK on column " + table.columnById(ck.columnId()).name();
      case Constraint.Default d -> "DEFAULT on column " + table.columnById(d.columnId()).name();
    };
  }

  private String kind(int indexId) {
    return table.index(indexId).map(i -> i.kind() == IndexKind.CLUSTERED ? "clustered" : "non-clustered").orElse("");
  }

  private static String action(FkAction a) {
    return switch (a) {
      case NO_ACTION -> "No Action";
      case CASCADE -> "Cascade";
      case SET_NULL -> "Set Null";
      case SET_DEFAULT -> "Set Default";
    };
  }

  private String columnNames(List<Integer> ids) {
    return ids.stream().map(id -> table.columnById(id).name()).collect(Collectors.joining(", "));
  }

  private String references(Constraint.ForeignKey fk) {
    Table ref = scope.metadata().object(fk.refTableId()).orElse(null) instanceof Table t ? t : null;
    if (ref == null) {
      return "REFERENCES ?";
    }
    String cols = fk.refColumns().stream().map(id -> ref.columnById(id).name()).collect(Collectors.joining(", "));
    return "REFERENCES " + scope.databaseName() + "." + scope.schemaName(ref.schemaId()) + "." + ref.name() + " (" + cols + ")";
  }

  private void referencedBy() {
    List<Object[]> rows = new ArrayList<>();
    for (CatalogScope.Entry e : scope.objects(null, null, false)) {
      if (e.object() instanceof Table t) {
        for (Constraint c : t.constraints()) {
          if (c instanceof Constraint.ForeignKey fk && fk.refTableId() == table.id()) {
            rows.add(new Object[] {scope.databaseName() + "." + e.schema().name() + "." + t.name() + ": " + fk.name()});
          }
        }
      }
    }
    if (rows.isEmpty()) {
      info(15470, "No foreign keys reference table '" + objname + "', or you do not have permissions.");
      return;
    }
    HelpProcedure.result(sink, REFERENCED_BY, rows);
  }

  /** sp_help's informational messages (severity 10, as raiserror(n, -1, -1) gives them). */
  private void info(int number, String text) {
    sink.message(new SqlMessage(number, 1, 10, text, "sp_help", 1));
  }
}
