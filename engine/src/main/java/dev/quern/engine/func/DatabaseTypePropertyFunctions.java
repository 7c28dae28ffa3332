package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import java.util.List;
import java.util.Locale;

/**
 * DATABASEPROPERTYEX(database, property) (sql_variant, with SQL Server's base type per property)
 * and TYPEPROPERTY(type, property) (int). Quern's databases are all online, read-write,
 * multi-user, in the server collation; the recovery model is the database's (as sys.databases
 * shows it). An unknown database, type or property gives NULL.
 */
final class DatabaseTypePropertyFunctions {
  private DatabaseTypePropertyFunctions() {}

  /** The database version number of SQL Server 2022 (DATABASEPROPERTYEX's Version). */

  static List<ScalarFunction> all() {
    return List.of(new DatabasePropertyEx(), new TypeProperty());
  }

  private static final class DatabasePropertyEx extends BuiltinFunction {
    DatabasePropertyEx() {
      super("DATABASEPROPERTYEX", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.SQL_VARIANT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String database = a.string(0).strip();
      var id = ctx.databaseId(database);
      if (id.isEmpty()) {
        return null;
      }
      var collation = ctx.databaseCollation(id.get());
      return switch (a.string(1).strip().toUpperCase(Locale.ROOT)) {
        case "COLLATION" -> text(collation.name());
        case "STATUS" -> text("ONLINE");
        case "UPDATEABILITY" -> text("READ_WRITE");
        case "USERACCESS" -> text("MULTI_USER");
        case "RECOVERY" -> text(ctx.recoveryModel(database));
        case "SQLSORTORDER" -> integer(collation.sortId());
        case "LCID" -> integer(collation.lcid());
        case "COMPARISONSTYLE" -> integer(collation.comparisonStyle());
        case "VERSION" -> integer(ServerVersion.DATABASE_VERSION);
        case "ISAUTOCREATESTATISTICS", "ISAUTOUPDATESTATISTICS", "ISNULLCONCAT", "ISFULLTEXTENABLED" -> integer(1);
        case "ISAUTOCLOSE", "ISAUTOSHRINK", "ISANSINULLDEFAULT", "ISANSINULLSENABLED", "ISANSIPADDINGENABLED",
            "ISANSIWARNINGSENABLED", "ISARITHMETICABORTENABLED", "ISAUTOCREATESTATISTICSINCREMENTAL",
            "ISCLONE", "ISCLOSECURSORSONCOMMITENABLED", "ISINSTANDBY",
            "ISLOCALCURSORSDEFAULT", "ISMEMORYOPTIMIZEDELEVATETOSNAPSHOTENABLED", "ISMERGEPUBLISHED",
            "ISNUMERICROUNDABORTENABLED", "ISPARAMETERIZATIONFORCED", "ISQUOTEDIDENTIFIERSENABLED",
            "ISPUBLISHED", "ISRECURSIVETRIGGERSENABLED", "ISSUBSCRIBED", "ISSYNCWITHBACKUP",
            "ISTORNPAGEDETECTIONENABLED", "ISVERIFIEDCLONE", "ISXTPSUPPORTED" -> integer(0);
        default -> null;
      };
    }

    private static SqlVariant text(String value) {
      return new SqlVariant(SqlType.ofLength(TypeId.NVARCHAR, 128), value);
    }

    private static SqlVariant integer(int value) {
      return new SqlVariant(SqlTypes.INT, value);
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  /** TYPEPROPERTY('type', property): AllowsNull, Precision, Scale, IsTableType. */
  private static final class TypeProperty extends BuiltinFunction {
    TypeProperty() {
      super("TYPEPROPERTY", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String name = a.string(0).strip();
      TypeId id = SqlTypes.lookup(name);
      if (id == null || !SqlTypes.name(id).equalsIgnoreCase(name) && !name.equalsIgnoreCase("sysname")) {
        return null; // synonyms (integer, double precision) are not type names in sys.types
      }
      boolean sysname = name.equalsIgnoreCase("sysname");
      return switch (a.string(1).strip().toUpperCase(Locale.ROOT)) {
        case "ALLOWSNULL" -> sysname ? 0 : 1;
        case "PRECISION" -> sysname ? 128 : precision(id);
        case "SCALE" -> scale(id);
        case "ISTABLETYPE" -> 0;
        default -> null;
      };
    }

    /** Digits for numbers, characters a date/time prints as, the longest length for strings. */
    private static int precision(TypeId id) {
      return switch (id) {
        case CHAR, VARCHAR, BINARY, VARBINARY -> SqlTypes.MAX_BYTES;
        case NCHAR, NVARCHAR -> SqlTypes.MAX_NCHARS;
        case TEXT, IMAGE -> Integer.MAX_VALUE;
        case NTEXT -> Integer.MAX_VALUE / 2;
        case XML -> -1;
        case UNIQUEIDENTIFIER -> 36;
        case SQL_VARIANT -> 0;
        case DECIMAL, NUMERIC -> SqlTypes.MAX_PRECISION;
        default -> dev.quern.engine.sys.TypeFacets.precision(SqlType.withScale(id, SqlTypes.DEFAULT_TIME_SCALE));
      };
    }

    private static Integer scale(TypeId id) {
      return switch (id) {
        case TINYINT, SMALLINT, INT, BIGINT, BIT, REAL, FLOAT, SMALLDATETIME, DATE -> 0;
        case MONEY, SMALLMONEY -> 4;
        case DATETIME -> 3;
        case TIME, DATETIME2, DATETIMEOFFSET -> SqlTypes.DEFAULT_TIME_SCALE;
        case DECIMAL, NUMERIC -> SqlTypes.MAX_PRECISION; // sys.types' scale of the type itself
        default -> null;
      };
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }
}
