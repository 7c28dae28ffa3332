package dev.quern.engine.proc.odbc;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code sp_datatype_info [[@data_type =] code] [, [@ODBCVer =] version]} and its SQL Server 2008
 * form {@code sp_datatype_info_100} ("sp_datatype_info (Transact-SQL)"): what ODBC drivers answer
 * SQLGetTypeInfo with. FreeTDS ODBC (pyodbc) asks at connect and takes the first row per type as
 * the bound's size: datetime2's precision 27 gives datetime parameters their fractions, and
 * nvarchar's 4000 tells longer strings to go as ntext instead of being cut.
 *
 * <p>Rows are ordered by DATA_TYPE, AUTO_INCREMENT, MONEY, USERTYPE as SQL Server orders them.
 * ODBC 2 callers get the ODBC 2 date/time codes (9, 10, 11); the pre-2008 procedure shows date,
 * time, datetime2 and datetimeoffset as the nvarchar that down-level clients receive them as.
 */
public final class DatatypeInfoProcedure implements SystemProcedure {
  private static final SqlType VARCHAR_32 = SqlType.ofLength(TypeId.VARCHAR, 32);
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("TYPE_NAME", SqlTypes.SYSNAME, false),
      new ResultColumn("DATA_TYPE", SqlTypes.SMALLINT, false),
      new ResultColumn("PRECISION", SqlTypes.INT, true),
      new ResultColumn("LITERAL_PREFIX", VARCHAR_32, true),
      new ResultColumn("LITERAL_SUFFIX", VARCHAR_32, true),
      new ResultColumn("CREATE_PARAMS", VARCHAR_32, true),
      new ResultColumn("NULLABLE", SqlTypes.SMALLINT, false),
      new ResultColumn("CASE_SENSITIVE", SqlTypes.SMALLINT, false),
      new ResultColumn("SEARCHABLE", SqlTypes.SMALLINT, false),
      new ResultColumn("UNSIGNED_ATTRIBUTE", SqlTypes.SMALLINT, true),
      new ResultColumn("MONEY", SqlTypes.SMALLINT, false),
      new ResultColumn("AUTO_INCREMENT", SqlTypes.SMALLINT, true),
      new ResultColumn("LOCAL_TYPE_NAME", SqlTypes.SYSNAME, true),
      new ResultColumn("MINIMUM_SCALE", SqlTypes.SMALLINT, true),
      new ResultColumn("MAXIMUM_SCALE", SqlTypes.SMALLINT, true),
      new ResultColumn("SQL_DATA_TYPE", SqlTypes.SMALLINT, false),
      new ResultColumn("SQL_DATETIME_SUB", SqlTypes.SMALLINT, true),
      new ResultColumn("NUM_PREC_RADIX", SqlTypes.INT, true),
      new ResultColumn("INTERVAL_PRECISION", SqlTypes.SMALLINT, true),
      new ResultColumn("USERTYPE", SqlTypes.SMALLINT, true));

  private static final List<String> PARAMETERS = List.of("@data_type", "@odbcver");
  private static final List<String> TYPES_SINCE_2008 =
      List.of("date", "time", "datetime2", "datetimeoffset");
  private static final int WVARCHAR = -9;

  /** SQL Server orders by DATA_TYPE, AUTO_INCREMENT, MONEY, USERTYPE (NULLs first). */
  private static final Comparator<DataTypeInfo> ORDER =
      Comparator.comparingInt(DataTypeInfo::dataType)
          .thenComparing(DataTypeInfo::autoIncrement,
              Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingInt(DataTypeInfo::money)
          .thenComparingInt(DataTypeInfo::userType);

  private final String name;
  private final boolean knowsTypesSince2008;

  private DatatypeInfoProcedure(String name, boolean knowsTypesSince2008) {
    this.name = name;
    this.knowsTypesSince2008 = knowsTypesSince2008;
  }

  /** {@code sp_datatype_info}: the SQL Server 2005 view of the types. */
  public static DatatypeInfoProcedure legacy() {
    return new DatatypeInfoProcedure("sp_datatype_info", false);
  }

  /** {@code sp_datatype_info_100}: date, time, datetime2 and datetimeoffset as themselves. */
  public static DatatypeInfoProcedure v100() {
    return new DatatypeInfoProcedure("sp_datatype_info_100", true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    ProcArg[] bound = bind(args);
    Integer dataType = bound[0] == null ? Integer.valueOf(0) : intOrNull(bound[0]);
    Integer odbcVersion = bound[1] == null ? Integer.valueOf(2) : intOrNull(bound[1]);
    boolean odbc3 = odbcVersion != null && odbcVersion >= 3;
    List<DataTypeInfo> rows = DataTypeInfo.ALL.stream()
        .map(t -> asSeenBy(t, odbc3))
        // SQL Server filters with DATA_TYPE = @data_type: a NULL code matches nothing.
        .filter(t -> dataType != null && (dataType == 0 || t.dataType() == dataType))
        .sorted(ORDER)
        .toList();
    host.sink().columns(COLUMNS);
    for (DataTypeInfo t : rows) {
      host.sink().row(row(t));
    }
    host.sink().done(rows.size(), true);
    return 0;
  }

  private DataTypeInfo asSeenBy(DataTypeInfo t, boolean odbc3) {
    if (!knowsTypesSince2008 && TYPES_SINCE_2008.contains(t.typeName())) {
      return new DataTypeInfo(t.typeName(), WVARCHAR, t.precision(), "N'", "'", null, 1, 1, 3,
          null, 0, null, null, null, WVARCHAR, null, null, 0);
    }
    if (odbc3) {
      return t;
    }
    // ODBC 2 codes for SQL_TYPE_DATE/TIME/TIMESTAMP (91/92/93 → 9/10/11).
    int code = switch (t.dataType()) {
      case 91 -> 9;
      case 92 -> 10;
      case 93 -> 11;
      default -> t.dataType();
    };
    return new DataTypeInfo(t.typeName(), code, t.precision(), t.literalPrefix(),
        t.literalSuffix(), t.createParams(), t.nullable(), t.caseSensitive(), t.searchable(),
        t.unsignedAttribute(), t.money(), t.autoIncrement(), t.minimumScale(), t.maximumScale(),
        t.sqlDataType(), t.sqlDatetimeSub(), t.numPrecRadix(), t.userType());
  }

  private static Object[] row(DataTypeInfo t) {
    return new Object[] {t.typeName(), t.dataType(), t.precision(), t.literalPrefix(),
        t.literalSuffix(), t.createParams(), t.nullable(), t.caseSensitive(), t.searchable(),
        t.unsignedAttribute(), t.money(), t.autoIncrement(), t.typeName(), t.minimumScale(),
        t.maximumScale(), t.sqlDataType(), t.sqlDatetimeSub(), t.numPrecRadix(), null,
        t.userType()};
  }

  /** Positional arguments first, then by name (any case), as for any procedure. */
  private ProcArg[] bind(List<ProcArg> args) {
    if (args.size() > PARAMETERS.size()) {
      throw SqlErrors.TOO_MANY_ARGUMENTS.raise(name);
    }
    ProcArg[] bound = new ProcArg[PARAMETERS.size()];
    for (int i = 0; i < args.size(); i++) {
      ProcArg a = args.get(i);
      int slot = i;
      if (a.name() != null) {
        slot = PARAMETERS.indexOf(a.name().toLowerCase(Locale.ROOT));
        if (slot < 0) {
          throw SqlErrors.NOT_A_PARAMETER.raise(a.name(), name);
        }
      }
      bound[slot] = a.isDefault() ? null : a;
    }
    return bound;
  }

  private Integer intOrNull(ProcArg a) {
    Object v = a.value();
    if (v == null) {
      return null;
    }
    if (v instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.parseInt(v.toString().strip());
    } catch (NumberFormatException e) {
      throw SqlErrors.CONVERSION_FAILED.raise("nvarchar", v, "int");
    }
  }
}
