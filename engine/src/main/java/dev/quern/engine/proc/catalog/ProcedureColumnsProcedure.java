package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.odbc.OdbcColumnType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code sp_sproc_columns [[@procedure_name =] 'name'] [, [@procedure_owner =] 'owner'] [,
 * [@procedure_qualifier =] 'qualifier'] [, [@column_name =] 'column_name'] [, [@ODBCVer =]
 * 'ODBCVer'] [, [@fUsePattern =] 'fUsePattern']} ("sp_sproc_columns (Transact-SQL)") and
 * {@code sp_sproc_columns_100} (the 2008 types as themselves): SQLProcedureColumns and
 * getProcedureColumns. Each procedure first has its return value {@code @RETURN_VALUE} (int,
 * COLUMN_TYPE 5 SQL_RETURN_VALUE, ORDINAL_POSITION 0, not nullable), then its parameters in
 * order: COLUMN_TYPE 1 (SQL_PARAM_INPUT), or 2 (SQL_PARAM_INPUT_OUTPUT) for OUTPUT, as SQL Server
 * reports T-SQL output parameters. Types as {@link OdbcColumnType} describes them.
 */
public final class ProcedureColumnsProcedure implements SystemProcedure {
  private static final SqlType VARCHAR_254 = SqlType.ofLength(TypeId.VARCHAR, 254);
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("PROCEDURE_QUALIFIER", SqlTypes.SYSNAME, true),
          new ResultColumn("PROCEDURE_OWNER", SqlTypes.SYSNAME, true),
          new ResultColumn("PROCEDURE_NAME", SqlType.ofLength(TypeId.NVARCHAR, 134), true),
          new ResultColumn("COLUMN_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("COLUMN_TYPE", SqlTypes.SMALLINT, true),
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
          new ResultColumn("IS_NULLABLE", VARCHAR_254, true),
          new ResultColumn("SS_DATA_TYPE", SqlTypes.TINYINT, true));
  private static final List<String> PARAMETERS =
      List.of("@procedure_name", "@procedure_owner", "@procedure_qualifier", "@column_name", "@odbcver",
          "@fusepattern");
  private static final int SQL_PARAM_INPUT = 1;
  private static final int SQL_PARAM_INPUT_OUTPUT = 2;
  private static final int SQL_RETURN_VALUE = 5;

  private final String name;
  private final boolean version100;

  private ProcedureColumnsProcedure(String name, boolean version100) {
    this.name = name;
    this.version100 = version100;
  }

  public static ProcedureColumnsProcedure legacy() {
    return new ProcedureColumnsProcedure("sp_sproc_columns", false);
  }

  public static ProcedureColumnsProcedure v100() {
    return new ProcedureColumnsProcedure("sp_sproc_columns_100", true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name);
    boolean usePattern = a.integer(5, 1) != 0;
    boolean odbc3 = a.integer(4, 2) >= 3;
    CatalogScope scope = CatalogScope.of(host.state(), a.string(2));
    Pattern column = CatalogScope.compile(a.string(3), usePattern);
    List<CatalogScope.Entry> procedures = new ArrayList<>(scope.objects(a.string(0), a.string(1), usePattern).stream()
        .filter(e -> e.object() instanceof Procedure).toList());
    procedures.sort(Comparator.comparing((CatalogScope.Entry e) -> e.schema().name(), String.CASE_INSENSITIVE_ORDER)
        .thenComparing(e -> e.object().name(), String.CASE_INSENSITIVE_ORDER));
    List<Object[]> rows = new ArrayList<>();
    for (CatalogScope.Entry e : procedures) {
      String[] head = {scope.databaseName(), e.schema().name(), e.object().name() + ";1"};
      if (column == null || column.matcher("@RETURN_VALUE").matches()) {
        rows.add(row(head, "@RETURN_VALUE", SQL_RETURN_VALUE, SqlTypes.INT, false, 0, odbc3));
      }
      int ordinal = 0;
      for (ProcedureParameters.Parameter p : ProcedureParameters.of((Procedure) e.object(), host.state())) {
        ordinal++;
        if (column == null || column.matcher(p.name()).matches()) {
          rows.add(row(head, p.name(), p.output() ? SQL_PARAM_INPUT_OUTPUT : SQL_PARAM_INPUT, p.type(), true, ordinal,
              odbc3));
        }
      }
    }
    HelpProcedure.result(host.sink(), COLUMNS, rows);
    return 0;
  }

  private Object[] row(String[] head, String column, int columnType, SqlType t, boolean nullable, int ordinal,
      boolean odbc3) {
    OdbcColumnType type = OdbcColumnType.of(t, false, nullable, odbc3, version100);
    return new Object[] {head[0], head[1], head[2], column, columnType, type.dataType(), type.typeName(),
        type.precision(), type.length(), type.scale(), type.radix(), nullable ? 1 : 0, null, null, type.sqlDataType(),
        type.sqlDatetimeSub(), type.charOctetLength(), ordinal, nullable ? "YES" : "NO", type.ssDataType()};
  }
}
