package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Collations;
import dev.quern.catalog.value.SqlVariant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * SERVERPROPERTY(name): sql_variant with the base type SQL Server uses for each property (SSMS
 * casts EngineEdition to int and ProductVersion to string; a wrong base type breaks it). Unknown
 * names give NULL.
 */
final class ServerPropertyFunction extends BuiltinFunction {
  private static final Map<String, Function<FunctionContext, SqlVariant>> PROPERTIES =
      Map.ofEntries(
          text("ProductVersion", c -> ServerVersion.PRODUCT_VERSION),
          text("ProductLevel", c -> ServerVersion.PRODUCT_LEVEL),
          text("ProductMajorVersion", c -> Integer.toString(ServerVersion.MAJOR)),
          text("ProductMinorVersion", c -> Integer.toString(ServerVersion.MINOR)),
          text("ProductBuild", c -> Integer.toString(ServerVersion.BUILD)),
          text("ProductBuildType", c -> null),
          text("ProductUpdateLevel", c -> null),
          text("ProductUpdateReference", c -> null),
          text("ResourceVersion", c -> ServerVersion.MAJOR + ".00." + ServerVersion.BUILD),
          text("Edition", c -> ServerVersion.EDITION),
          integer("EngineEdition", c -> ServerVersion.ENGINE_EDITION),
          Map.entry("editionid", c -> new SqlVariant(SqlTypes.BIGINT, ServerVersion.EDITION_ID)),
          text("MachineName", FunctionContext::serverName),
          text("ComputerNamePhysicalNetBIOS", FunctionContext::serverName),
          text("ServerName", FunctionContext::serverName),
          text("InstanceName", c -> null),
          text("Collation", c -> Collations.DEFAULT),
          integer("CollationID", c -> 872468488),
          integer("LCID", c -> 1033),
          integer("ComparisonStyle", c -> 196609),
          tinyint("SqlCharSet", 1),
          text("SqlCharSetName", c -> "iso_1"),
          tinyint("SqlSortOrder", 52),
          text("SqlSortOrderName", c -> "nocase_iso"),
          text("BuildClrVersion", c -> "v4.0.30319"),
          integer("ProcessID", c -> (int) ProcessHandle.current().pid()),
          integer("IsIntegratedSecurityOnly", c -> 0),
          integer("IsHadrEnabled", c -> 0),
          integer("HadrManagerStatus", c -> null),
          integer("IsClustered", c -> 0),
          integer("IsFullTextInstalled", c -> 1),
          integer("IsSingleUser", c -> 0),
          integer("IsLocalDB", c -> 0),
          integer("IsXTPSupported", c -> 0),
          integer("IsPolyBaseInstalled", c -> 0),
          // Quern runs Python in the database, as Machine Learning Services does.
          integer("IsAdvancedAnalyticsInstalled", c -> 1),
          integer("IsExternalGovernanceEnabled", c -> 0),
          integer("IsTempDbMetadataMemoryOptimized", c -> 0),
          integer("FilestreamConfiguredLevel", c -> 0),
          integer("FilestreamEffectiveLevel", c -> 0),
          text("FilestreamShareName", c -> "MSSQLSERVER"));

  ServerPropertyFunction() {
    super("SERVERPROPERTY", 1, 1);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.SQL_VARIANT;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    Function<FunctionContext, SqlVariant> p =
        PROPERTIES.get(a.string(0).trim().toLowerCase(Locale.ROOT));
    return p == null ? null : p.apply(ctx);
  }

  @Override
  public boolean deterministic() {
    return false;
  }

  /** An nvarchar(128) property; a null value is SQL NULL (not a variant holding NULL). */
  private static Map.Entry<String, Function<FunctionContext, SqlVariant>> text(
      String name, Function<FunctionContext, String> read) {
    return Map.entry(
        name.toLowerCase(Locale.ROOT),
        c -> {
          String v = read.apply(c);
          return v == null ? null : new SqlVariant(SqlType.ofLength(TypeId.NVARCHAR, 128), v);
        });
  }

  private static Map.Entry<String, Function<FunctionContext, SqlVariant>> integer(
      String name, Function<FunctionContext, Integer> read) {
    return Map.entry(
        name.toLowerCase(Locale.ROOT),
        c -> {
          Integer v = read.apply(c);
          return v == null ? null : new SqlVariant(SqlTypes.INT, v);
        });
  }

  private static Map.Entry<String, Function<FunctionContext, SqlVariant>> tinyint(
      String name, int value) {
    return Map.entry(name.toLowerCase(Locale.ROOT), c -> new SqlVariant(SqlTypes.TINYINT, value));
  }
}
