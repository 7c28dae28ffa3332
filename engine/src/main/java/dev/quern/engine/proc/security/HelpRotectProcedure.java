package dev.quern.engine.proc.security;

import static dev.quern.engine.proc.security.LegacyPrincipalProcedure.literal;
import static dev.quern.engine.proc.security.SecurityResults.column;
import static dev.quern.engine.proc.security.SecurityResults.sysname;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.DiscardingSink;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.PrincipalProcedureErrors;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code sp_helprotect [[@name =] 'object' | 'statement'] [, [@username =] 'principal'] [,
 * [@grantorname =] 'grantor'] [, [@permissionarea =] 'o s']} ("sp_helprotect (Transact-SQL)"): the
 * object permissions (o) and the database's statement permissions (s) granted or denied in the
 * current database, read from sys.database_permissions as the caller sees it. Owner is the
 * object's schema ('.' for a statement permission), Action the permission in SQL Server's words
 * ('Select', 'Create Table'), Column the column of a column permission, '(All+New)' for SELECT,
 * UPDATE and REFERENCES on a whole table, '.' otherwise. Schema permissions, which came after
 * this procedure, are not listed, as in SQL Server. No row to report is 15330.
 */
final class HelpRotectProcedure implements SystemProcedure {
  private static final List<String> PARAMS = List.of("@name", "@username", "@grantorname", "@permissionarea");
  private static final List<ResultColumn> COLUMNS = List.of(
      sysname("Owner"), sysname("Object"), sysname("Grantee"), sysname("Grantor"),
      column("ProtectType", SqlType.ofLength(TypeId.NVARCHAR, 10)), column("Action", SqlType.ofLength(TypeId.NVARCHAR, 60)),
      sysname("Column"));
  private static final String QUERY = """
      SELECT ISNULL(s.name, N'.'), ISNULL(o.name, N'.'), gee.name, gor.name, p.state, p.permission_name,
        CASE WHEN p.minor_id <> 0 THEN c.name
          WHEN p.class = 1 AND p.permission_name IN ('SELECT', 'UPDATE', 'REFERENCES') THEN N'(All+New)'
          ELSE N'.' END
      FROM sys.database_permissions p
      JOIN sys.database_principals gee ON gee.principal_id = p.grantee_principal_id
      LEFT JOIN sys.database_principals gor ON gor.principal_id = p.grantor_principal_id
      LEFT JOIN sys.objects o ON p.class = 1 AND o.object_id = p.major_id
      LEFT JOIN sys.schemas s ON s.schema_id = o.schema_id
      LEFT JOIN sys.columns c ON p.class = 1 AND c.object_id = p.major_id AND c.column_id = p.minor_id
      WHERE p.class IN (%s)%s
      ORDER BY 1, 2, 3, 4, 6, 7""";

  @Override
  public String name() {
    return "sp_helprotect";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMS, name());
    String area = a.string(3) == null ? "o s" : a.string(3).toLowerCase(Locale.ROOT);
    boolean objects = area.contains("o");
    boolean statements = area.contains("s");
    String classes = objects && statements ? "0, 1" : objects ? "1" : statements ? "0" : "-1";
    StringBuilder where = new StringBuilder();
    String name = a.string(0);
    if (name != null) {
      // A statement permission by its words ('CREATE TABLE'), else an object of the current database.
      where.append(" AND (p.class = 0 AND p.permission_name = ").append(literal(name.strip().toUpperCase(Locale.ROOT)))
          .append(" OR p.class = 1 AND p.major_id = OBJECT_ID(").append(literal(name)).append("))");
    }
    if (a.string(1) != null) {
      where.append(" AND gee.name = ").append(literal(a.string(1)));
    }
    if (a.string(2) != null) {
      where.append(" AND gor.name = ").append(literal(a.string(2)));
    }
    BatchPlan plan = host.compile(String.format(Locale.ROOT, QUERY, classes, where), List.of(), "");
    Capture capture = new Capture();
    host.runCapturing(plan, new Object[plan.frameSize()], capture);
    if (capture.rows.isEmpty()) {
      throw PrincipalProcedureErrors.NO_MATCHING_ROWS.raise();
    }
    SecurityResults.send(host.sink(), COLUMNS, capture.rows);
    return 0;
  }

  /** 'G' Grant, 'W' Grant_WGO, 'D' Deny. */
  private static String protectType(Object state) {
    return switch (String.valueOf(state).strip()) {
      case "D" -> "Deny";
      case "W" -> "Grant_WGO";
      default -> "Grant";
    };
  }

  /** SELECT → Select, CREATE TABLE → Create Table, VIEW DEFINITION → View Definition. */
  static String action(String permission) {
    StringBuilder sb = new StringBuilder();
    for (String word : permission.toLowerCase(Locale.ROOT).split(" ")) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return sb.toString();
  }

  /** Keeps the query's rows in the report's shape. */
  private static final class Capture extends DiscardingSink {
    final List<Object[]> rows = new ArrayList<>();

    @Override
    public void row(Object[] v) {
      rows.add(new Object[] {v[0], v[1], v[2], v[3], protectType(v[4]), action(String.valueOf(v[5])), v[6]});
    }

    @Override
    public void message(SqlMessage message) {}
  }
}
