package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.security.Principals;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Names and ids of databases, schemas, users and logins: DB_NAME, DB_ID, SCHEMA_NAME, SCHEMA_ID,
 * USER_NAME, USER_ID, DATABASE_PRINCIPAL_ID, SUSER_SNAME, SUSER_NAME, SUSER_ID, SUSER_SID, IS_SRVROLEMEMBER,
 * IS_MEMBER, HAS_DBACCESS; the principals themselves are {@link Principals}'.
 */
final class MetadataFunctions {
  /** The schemas every database has, by schema_id (fixed database roles own 16384 and up). */
  static final Map<Integer, String> SCHEMAS =
      Map.ofEntries(
          Map.entry(1, "dbo"),
          Map.entry(2, "guest"),
          Map.entry(3, "INFORMATION_SCHEMA"),
          Map.entry(4, "sys"),
          Map.entry(16384, "db_owner"),
          Map.entry(16385, "db_accessadmin"),
          Map.entry(16386, "db_securityadmin"),
          Map.entry(16387, "db_ddladmin"),
          Map.entry(16389, "db_backupoperator"),
          Map.entry(16390, "db_datareader"),
          Map.entry(16391, "db_datawriter"),
          Map.entry(16392, "db_denydatareader"),
          Map.entry(16393, "db_denydatawriter"));

  private MetadataFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(
        new NameById(
            "DB_NAME",
            SqlTypes.SYSNAME,
            (id, c) -> c.databaseName(id),
            FunctionContext::databaseName),
        new IdByName("DB_ID", SqlTypes.INT, (n, c) -> c.databaseId(n), FunctionContext::databaseId),
        new NameById(
            "SCHEMA_NAME",
            SqlTypes.SYSNAME,
            (id, c) -> c.schemaName(id),
            FunctionContext::defaultSchema),
        new IdByName(
            "SCHEMA_ID",
            SqlTypes.INT,
            (n, c) -> c.schemaId(n),
            c -> c.schemaId(c.defaultSchema()).orElse(null)),
        new NameById(
            "USER_NAME",
            SqlTypes.SYSNAME,
            (id, c) -> c.databasePrincipalName(id),
            FunctionContext::userName),
        new IdByName(
            "USER_ID",
            SqlTypes.INT,
            (n, c) -> c.databasePrincipalId(n),
            c -> c.databasePrincipalId(c.userName()).orElse(null)),
        new IdByName(
            "DATABASE_PRINCIPAL_ID",
            SqlTypes.INT,
            (n, c) -> c.databasePrincipalId(n),
            c -> c.databasePrincipalId(c.userName()).orElse(null)),
        new IdByName(
            "IS_MEMBER",
            SqlTypes.INT,
            (n, c) -> c.isMember(n).map(in -> in ? 1 : 0),
            null),
        new NameById(
            "SUSER_SNAME",
            SqlTypes.SYSNAME,
            MetadataFunctions::loginBySid,
            FunctionContext::loginName),
        new NameById(
            "SUSER_NAME",
            SqlTypes.SYSNAME,
            MetadataFunctions::loginBySid,
            FunctionContext::loginName),
        new IdByName(
            "SUSER_ID",
            SqlTypes.INT,
            (n, c) -> c.serverPrincipalId(n),
            FunctionContext::loginId),
        RoleMemberFunction.server(),
        RoleMemberFunction.database(),
        new SuserSidFunction(),
        new HasPermsByNameFunction(),
        new IdByName(
            "HAS_DBACCESS",
            SqlTypes.INT,
            (n, c) -> Optional.of(c.databaseId(n).isPresent() ? 1 : 0),
            null));
  }

  /** SUSER_NAME takes a principal_id, SUSER_SNAME a sid (given as a number here, its principal_id). */
  private static Optional<String> loginBySid(int sid, FunctionContext c) {
    return c.serverPrincipalName(sid);
  }

  static Optional<Integer> fixedSchemaId(String name) {
    return key(SCHEMAS, name);
  }

  private static Optional<Integer> key(Map<Integer, String> map, String name) {
    return map.entrySet().stream()
        .filter(e -> e.getValue().equalsIgnoreCase(name))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** NAME([id]): the current one without an argument, NULL for an unknown id. */
  private static final class NameById extends BuiltinFunction {
    private final SqlType type;
    private final BiFunction<Integer, FunctionContext, Optional<String>> byId;
    private final Function<FunctionContext, String> current;

    NameById(
        String name,
        SqlType type,
        BiFunction<Integer, FunctionContext, Optional<String>> byId,
        Function<FunctionContext, String> current) {
      super(name, 0, 1);
      this.type = type;
      this.byId = byId;
      this.current = current;
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return type;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.size() == 0) {
        return current.apply(ctx);
      }
      if (a.value(0) instanceof byte[] sid && name().equals("SUSER_SNAME")) {
        return ctx.serverPrincipalNameBySid(sid).orElse(null); // a sid, matched whole
      }
      return byId.apply(a.integer(0), ctx).orElse(null);
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }

  /** ID([name]): the current one without an argument, NULL for an unknown name. */
  private static final class IdByName extends BuiltinFunction {
    private final SqlType type;
    private final BiFunction<String, FunctionContext, Optional<Integer>> byName;
    private final Function<FunctionContext, Integer> current;

    IdByName(
        String name,
        SqlType type,
        BiFunction<String, FunctionContext, Optional<Integer>> byName,
        Function<FunctionContext, Integer> current) {
      super(name, current == null ? 1 : 0, 1);
      this.type = type;
      this.byName = byName;
      this.current = current;
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return type;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.size() == 0) {
        return current.apply(ctx);
      }
      return byName.apply(a.string(0), ctx).orElse(null);
    }

    @Override
    public boolean deterministic() {
      return false;
    }
  }
}
