package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.CatalogProcedureErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.odbc.OdbcColumnType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code sp_special_columns [@table_name =] 'name' [, [@table_owner =] 'owner'] [, [@qualifier =]
 * 'qualifier'] [, [@col_type =] 'R' | 'V'] [, [@scope =] 'C' | 'T'] [, [@nullable =] 'U' | 'O'] [,
 * [@ODBCVer =] n]} ("sp_special_columns (Transact-SQL)"), what SQLSpecialColumns (pyodbc's
 * cursor.rowIdColumns / rowVerColumns) and JDBC's getBestRowIdentifier / getVersionColumns call;
 * {@code sp_special_columns_100} is its form that knows the SQL Server 2008 date and time types.
 *
 * <p>R (best row identifier): the key columns, in key order, of the table's unique index with the
 * lowest index id (the primary key's or clustered one first, as SQL Server numbers them); with
 * {@code @nullable = 'O'} only an index none of whose key columns allows NULL. SCOPE is 0
 * (SQL_SCOPE_CURROW), as SQL Server always returns. V (row version): the rowversion column, SCOPE
 * NULL. PSEUDO_COLUMN is 1 (SQL_PC_NOT_PSEUDO). Names are exact, not patterns; a name that names no
 * table gives an empty result. A coded argument out of its set is 15251.
 */
public final class SpecialColumnsProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("SCOPE", SqlTypes.SMALLINT, true),
          new ResultColumn("COLUMN_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("DATA_TYPE", SqlTypes.SMALLINT, true),
          new ResultColumn("TYPE_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("PRECISION", SqlTypes.INT, true),
          new ResultColumn("LENGTH", SqlTypes.INT, true),
          new ResultColumn("SCALE", SqlTypes.SMALLINT, true),
          new ResultColumn("PSEUDO_COLUMN", SqlTypes.SMALLINT, true));
  private static final List<String> PARAMETERS =
      List.of("@table_name", "@table_owner", "@qualifier", "@col_type", "@scope", "@nullable", "@odbcver");

  private final String name;
  private final boolean knowsTypesSince2008;

  private SpecialColumnsProcedure(String name, boolean knowsTypesSince2008) {
    this.name = name;
    this.knowsTypesSince2008 = knowsTypesSince2008;
  }

  public static SpecialColumnsProcedure legacy() {
    return new SpecialColumnsProcedure("sp_special_columns", false);
  }

  public static SpecialColumnsProcedure v100() {
    return new SpecialColumnsProcedure("sp_special_columns_100", true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name);
    String table = a.required(0, "@table_name");
    CatalogScope scope = CatalogScope.of(host.state(), a.string(2));
    char colType = code(a.string(3), 'R', "col_type", "'R' or 'V'", "RV");
    code(a.string(4), 'T', "scope", "'C' or 'T'", "CT");
    boolean nonNullOnly = code(a.string(5), 'U', "nullable", "'O' or 'U'", "OU") == 'O';
    boolean odbc3 = a.integer(6, 2) >= 3;
    List<Object[]> rows = new ArrayList<>();
    Optional<CatalogScope.Entry> found = NamedTable.find(host.state(), scope, table, a.string(1));
    if (found.isPresent() && found.get().object() instanceof Table t) {
      List<Column> columns = colType == 'V'
          ? t.rowversionColumn().stream().toList()
          : bestRowIdentifier(t, nonNullOnly);
      for (Column c : columns) {
        rows.add(row(colType == 'V' ? null : 0, c, odbc3));
      }
    }
    HelpProcedure.result(host.sink(), COLUMNS, rows);
    return 0;
  }

  /** The first letter of a char(1) argument, upper case; 15251 when it is not one of {@code allowed}. */
  private static char code(String value, char otherwise, String parameter, String allowedText, String allowed) {
    if (value == null) {
      return otherwise;
    }
    char c = value.isEmpty() ? ' ' : Character.toUpperCase(value.charAt(0));
    if (allowed.indexOf(c) < 0) {
      throw CatalogProcedureErrors.INVALID_CODE.raise(parameter, allowedText);
    }
    return c;
  }

  private static List<Column> bestRowIdentifier(Table t, boolean nonNullOnly) {
    return t.indexes().stream()
        .filter(i -> i.unique() && !i.disabled() && i.filter() == null)
        .filter(i -> !nonNullOnly || i.keys().stream().noneMatch(k -> t.columnById(k.columnId()).nullable()))
        .min(Comparator.comparingInt(Index::indexId))
        .map(i -> i.keys().stream().map(IndexColumn::columnId).map(t::columnById).toList())
        .orElse(List.of());
  }

  private Object[] row(Integer scope, Column c, boolean odbc3) {
    OdbcColumnType type = OdbcColumnType.of(c.type(), false, c.nullable(), odbc3, knowsTypesSince2008);
    String typeName = c.rowversion() ? "timestamp" : type.typeName().toLowerCase(Locale.ROOT);
    return new Object[] {scope, c.name(), type.dataType(), typeName, type.precision(), type.length(), type.scale(), 1};
  }
}
