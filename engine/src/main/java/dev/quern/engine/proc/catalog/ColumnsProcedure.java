package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.View;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.odbc.OdbcColumnType;
import dev.quern.engine.sys.ConstraintDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code sp_columns [@table_name =] object [, [@table_owner =] owner] [, [@table_qualifier =]
 * qualifier] [, [@column_name =] column] [, [@ODBCVer =] ODBCVer]} ("sp_columns (Transact-SQL)"),
 * what FreeTDS ODBC (pyodbc's cursor.columns()) calls, and {@code sp_columns_100}, its SQL Server
 * 2008 form with {@code [, [@NameScope =] n] [, [@ODBCVer =] v] [, [@fUsePattern =] bit]} and ten more columns (SS_IS_SPARSE …
 * SS_XML_SCHEMACOLLECTION_NAME, before SS_DATA_TYPE), what mssql-jdbc's getColumns inserts into a
 * table variable. Table, owner and column are LIKE patterns (sp_columns_100: unless @fUsePattern
 * is 0). One row per column of each matching table, ordered by qualifier, owner, table and
 * ORDINAL_POSITION; the types as {@link OdbcColumnType} describes them. A view's columns are the
 * ones binding it gives ({@link ViewColumns}).
 */
public final class ColumnsProcedure implements SystemProcedure {
  private static final SqlType VARCHAR_254 = SqlType.ofLength(TypeId.VARCHAR, 254);
  private static final SqlType NVARCHAR_128 = SqlType.ofLength(TypeId.NVARCHAR, 128);

  private static final List<ResultColumn> HEAD =
      List.of(
          new ResultColumn("TABLE_QUALIFIER", SqlTypes.SYSNAME, true),
          new ResultColumn("TABLE_OWNER", SqlTypes.SYSNAME, true),
          new ResultColumn("TABLE_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("COLUMN_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("DATA_TYPE", SqlTypes.SMALLINT, true),
          new ResultColumn("TYPE_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("PRECISION", SqlTypes.INT, true),
          new ResultColumn("LENGTH", SqlTypes.INT, true),
          new ResultColumn("SCALE", SqlTypes.SMALLINT, true),
          new ResultColumn("RADIX", SqlTypes.SMALLINT, true),
          new ResultColumn("NULLABLE", SqlTypes.SMALLINT, true),
          new ResultColumn("REMARKS", VARCHAR_254, true),
          new ResultColumn("COLUMN_DEF", SqlType.ofLength(TypeId.NVARCHAR, 4000), true),
          new ResultColumn("SQL_DATA_TYPE", SqlTypes.SMALLINT, true),
          new ResultColumn("SQL_DATETIME_SUB", SqlTypes.SMALLINT, true),
          new ResultColumn("CHAR_OCTET_LENGTH", SqlTypes.INT, true),
          new ResultColumn("ORDINAL_POSITION", SqlTypes.INT, true),
          new ResultColumn("IS_NULLABLE", VARCHAR_254, true));

  /** sp_columns_100's columns between IS_NULLABLE and SS_DATA_TYPE. */
  private static final List<ResultColumn> SQL_SERVER_2008 =
      List.of(
          new ResultColumn("SS_IS_SPARSE", SqlTypes.SMALLINT, true),
          new ResultColumn("SS_IS_COLUMN_SET", SqlTypes.SMALLINT, true),
          new ResultColumn("SS_IS_COMPUTED", SqlTypes.SMALLINT, true),
          new ResultColumn("SS_IS_IDENTITY", SqlTypes.SMALLINT, true),
          new ResultColumn("SS_UDT_CATALOG_NAME", NVARCHAR_128, true),
          new ResultColumn("SS_UDT_SCHEMA_NAME", NVARCHAR_128, true),
          new ResultColumn("SS_UDT_ASSEMBLY_TYPE_NAME", SqlTypes.NVARCHAR_MAX, true),
          new ResultColumn("SS_XML_SCHEMACOLLECTION_CATALOG_NAME", NVARCHAR_128, true),
          new ResultColumn("SS_XML_SCHEMACOLLECTION_SCHEMA_NAME", NVARCHAR_128, true),
          new ResultColumn("SS_XML_SCHEMACOLLECTION_NAME", NVARCHAR_128, true));

  private static final ResultColumn SS_DATA_TYPE = new ResultColumn("SS_DATA_TYPE", SqlTypes.TINYINT, true);

  private static final List<String> PARAMETERS =
      List.of("@table_name", "@table_owner", "@table_qualifier", "@column_name", "@odbcver");
  /**
   * sp_columns_100 has @NameScope (which sparse columns to list; Quern has none) before @ODBCVer:
   * mssql-jdbc passes NameScope 2 and ODBCVer 3 by position.
   */
  private static final List<String> PARAMETERS_100 =
      List.of("@table_name", "@table_owner", "@table_qualifier", "@column_name", "@namescope", "@odbcver",
          "@fusepattern");

  private final String name;
  private final boolean version100;
  private final List<ResultColumn> columns;

  private ColumnsProcedure(String name, boolean version100) {
    this.name = name;
    this.version100 = version100;
    List<ResultColumn> all = new ArrayList<>(HEAD);
    if (version100) {
      all.addAll(SQL_SERVER_2008);
    }
    all.add(SS_DATA_TYPE);
    this.columns = List.copyOf(all);
  }

  public static ColumnsProcedure legacy() {
    return new ColumnsProcedure("sp_columns", false);
  }

  public static ColumnsProcedure v100() {
    return new ColumnsProcedure("sp_columns_100", true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, version100 ? PARAMETERS_100 : PARAMETERS, name);
    String table = a.required(0, "@table_name");
    boolean usePattern = !version100 || a.integer(6, 1) != 0;
    boolean odbc3 = a.integer(version100 ? 5 : 4, 2) >= 3;
    CatalogScope scope = CatalogScope.of(host.state(), a.string(2));
    Pattern column = CatalogScope.compile(a.string(3), usePattern);
    List<CatalogScope.Entry> objects = new ArrayList<>(scope.objects(table, a.string(1), usePattern).stream()
        .filter(e -> e.object() instanceof Table || e.object() instanceof View).toList());
    objects.sort(java.util.Comparator.comparing((CatalogScope.Entry e) -> e.schema().name(), String.CASE_INSENSITIVE_ORDER)
        .thenComparing(e -> e.object().name(), String.CASE_INSENSITIVE_ORDER));
    // Rows first: describing a view runs a nested query, which must not interleave with our result.
    List<Object[]> rows = new ArrayList<>();
    for (CatalogScope.Entry e : objects) {
      String[] head = {scope.databaseName(), e.schema().name(), e.object().name()};
      int ordinal = 0;
      for (Described c : describe(e, host)) {
        ordinal++;
        if (column == null || column.matcher(c.name()).matches()) {
          rows.add(row(head, c, ordinal, odbc3, xmlCollection(host, e, c.type())));
        }
      }
    }
    HelpProcedure.result(host.sink(), columns, rows);
    return 0;
  }

  /** A column as sp_columns describes it, from a table's definition or a view's binding. */
  private record Described(String name, SqlType type, boolean nullable, boolean identity, boolean computed,
      String defaultText, boolean rowversion) {}

  private static List<Described> describe(CatalogScope.Entry e, ProcedureHost host) {
    if (e.object() instanceof Table t) {
      return t.columns().stream()
          .map(c -> new Described(c.name(), c.type(), c.nullable(), c.identity() != null, c.computed() != null,
              t.defaultExpression(c.columnId()).map(ConstraintDefinition::of).orElse(null), c.rowversion()))
          .toList();
    }
    return ViewColumns.of(host, e.schema().name(), e.object().name()).stream()
        .map(c -> new Described(c.name(), c.type(), c.nullable(), false, false, null, false))
        .toList();
  }

  /** A typed xml column's collection as {database, schema, name}; NULLs for any other column. */
  private static String[] xmlCollection(ProcedureHost host, CatalogScope.Entry e, SqlType type) {
    if (!type.isTypedXml()) {
      return new String[3];
    }
    int db = e.schema().databaseId();
    var m = host.state().store().metadata(host.state().store().storage().catalog(db));
    return m.xmlSchemaCollection(db, type.xmlCollectionId())
        .map(c -> new String[] {m.database(db).map(d -> d.name()).orElse(null),
            m.schema(c.schemaId()).map(sch -> sch.name()).orElse(null), c.name()})
        .orElse(new String[3]);
  }

  private Object[] row(String[] head, Described c, int ordinal, boolean odbc3, String[] xml) {
    OdbcColumnType type = OdbcColumnType.of(c.type(), c.identity(), c.nullable(), odbc3, version100);
    // A rowversion column is binary(8) to ODBC, named timestamp as SQL Server's sp_columns names it.
    String typeName = c.rowversion() ? "timestamp" : type.typeName();
    List<Object> row = new ArrayList<>(List.of(head[0], head[1], head[2], c.name(), type.dataType(), typeName));
    row.addAll(java.util.Arrays.asList(type.precision(), type.length(), type.scale(), type.radix(),
        c.nullable() ? 1 : 0, null, c.defaultText(), type.sqlDataType(), type.sqlDatetimeSub(),
        type.charOctetLength(), ordinal, c.nullable() ? "YES" : "NO"));
    if (version100) {
      row.addAll(java.util.Arrays.asList(0, 0, c.computed() ? 1 : 0, c.identity() ? 1 : 0,
          null, null, null, xml[0], xml[1], xml[2]));
    }
    row.add(type.ssDataType());
    return row.toArray();
  }
}
