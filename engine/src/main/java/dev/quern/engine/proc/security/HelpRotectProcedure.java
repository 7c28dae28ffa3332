package dev.quern.engine.proc.security;

import static dev.quern.engine.proc.security.LegacyPrincipalProcedure.literal;
import static dev.quern.engine.proc.security.SecurityResults.column;
import static dev.quern.engine.proc.security.SecurityResults.sysname;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.PrincipalProcedureErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code sp_helprotect [[@name =] 'object' | 'statement'] [, [@username =] 'principal'] [,
 * [@grantorname =] 'grantor'] [, [@permissionarea =] 'o s']} ("sp_helprotect (Transact-SQL)"): the
 * object permissions (o) and the database's statement permissions (s) granted or denied in the
 * current database, read from sys.database_permissions. Owner is the object's schema ('.' for a
 * statement permission), ProtectType char(10) Grant, Grant_WGO or Deny, Action the old mixed-case
 * name where SQL Server 2000 had one ('Select', 'Create Table', 'Backup Transaction') and the
 * permission's own name otherwise ('ALTER', 'VIEW DEFINITION'). Column: the column of a column
 * permission; for SELECT, UPDATE or REFERENCES on a whole table '(All+New)', or '(New)' beside
 * column rows of the same grantee, grantor and action, when the table-wide row is also listed once
 * per column without a row of its own; '(All)' or '.' for a view; '.' otherwise. Object rows come
 * first. Schema permissions, which came after this procedure, are not listed, as in SQL Server. No
 * row to report is 15330.
 */
final class HelpRotectProcedure implements SystemProcedure {
  private static final List<String> PARAMS = List.of("@name", "@username", "@grantorname", "@permissionarea");
  private static final List<ResultColumn> COLUMNS = List.of(
      sysname("Owner"), sysname("Object"), sysname("Grantee"), sysname("Grantor"),
      column("ProtectType", SqlType.ofLength(TypeId.CHAR, 10)), column("Action", SqlType.ofLength(TypeId.NVARCHAR, 60)),
      sysname("Column"));
  private static final String PERMISSIONS = """
      SELECT p.class, s.name, o.name, o.type, gee.name, gor.name, p.state, p.permission_name, p.minor_id, c.name,
        p.major_id, p.grantee_principal_id, p.grantor_principal_id
      FROM sys.database_permissions p
      JOIN sys.database_principals gee ON gee.principal_id = p.grantee_principal_id
      LEFT JOIN sys.database_principals gor ON gor.principal_id = p.grantor_principal_id
      LEFT JOIN sys.objects o ON p.class = 1 AND o.object_id = p.major_id
      LEFT JOIN sys.schemas s ON s.schema_id = o.schema_id
      LEFT JOIN sys.columns c ON p.class = 1 AND c.object_id = p.major_id AND c.column_id = p.minor_id
      WHERE (p.class = 0 OR p.class = 1 AND o.object_id IS NOT NULL)%s""";

  /** One permission row as read, with the cells still to be worded. */
  private record Grant(boolean statement, String owner, String object, boolean table, String grantee, String grantor,
      String state, String permission, int columnId, String columnName, int objectId, int granteeId, int grantorId) {
    boolean columnCapable() {
      return !statement && (permission.equals("SELECT") || permission.equals("UPDATE") || permission.equals("REFERENCES"));
    }

    boolean sameGrant(Grant o) {
      return objectId == o.objectId && granteeId == o.granteeId && grantorId == o.grantorId && permission.equals(o.permission);
    }
  }

  /** A report row and what it sorts by. */
  private record Row(Grant grant, int columnOrdinal, String column) {}

  @Override
  public String name() {
    return "sp_helprotect";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMS, name());
    String area = a.string(3) == null ? "o s" : a.string(3).toLowerCase(Locale.ROOT);
    StringBuilder where = new StringBuilder();
    if (!area.contains("o")) {
      where.append(" AND p.class = 0");
    }
    if (!area.contains("s")) {
      where.append(" AND p.class = 1");
    }
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
    List<Grant> grants = NestedQuery.rows(host, String.format(Locale.ROOT, PERMISSIONS, where)).stream()
        .map(HelpRotectProcedure::grant).toList();
    List<Row> rows = rows(host, grants);
    if (rows.isEmpty()) {
      throw PrincipalProcedureErrors.NO_MATCHING_ROWS.raise();
    }
    rows.sort(Comparator.comparing((Row r) -> r.grant().statement())
        .thenComparing(r -> r.grant().owner(), String.CASE_INSENSITIVE_ORDER)
        .thenComparing(r -> r.grant().object(), String.CASE_INSENSITIVE_ORDER)
        .thenComparing(r -> r.grant().grantee(), String.CASE_INSENSITIVE_ORDER)
        .thenComparing(r -> String.valueOf(r.grant().grantor()), String.CASE_INSENSITIVE_ORDER)
        .thenComparing(r -> protectType(r.grant().state()))
        .thenComparing(r -> action(r.grant().permission()))
        .thenComparingInt(Row::columnOrdinal));
    List<Object[]> out = new ArrayList<>();
    for (Row r : rows) {
      Grant g = r.grant();
      out.add(new Object[] {g.owner(), g.object(), g.grantee(), g.grantor(), protectType(g.state()), action(g.permission()),
          r.column()});
    }
    SecurityResults.send(host.sink(), COLUMNS, out);
    return 0;
  }

  private static Grant grant(Object[] v) {
    boolean statement = ((Number) v[0]).intValue() == 0;
    String type = v[3] == null ? "" : v[3].toString().strip();
    return new Grant(statement, statement ? "." : (String) v[1], statement ? "." : (String) v[2], type.equals("U"),
        (String) v[4], (String) v[5], String.valueOf(v[6]).strip(), (String) v[7], ((Number) v[8]).intValue(),
        (String) v[9], ((Number) v[10]).intValue(), ((Number) v[11]).intValue(), ((Number) v[12]).intValue());
  }

  /** The report rows: column cells worded, and table-wide rows beside column rows repeated per column. */
  private static List<Row> rows(ProcedureHost host, List<Grant> grants) {
    List<Row> rows = new ArrayList<>();
    for (Grant g : grants) {
      if (!g.columnCapable()) {
        rows.add(new Row(g, 0, "."));
      } else if (g.columnId() != 0) {
        rows.add(new Row(g, g.columnId(), g.columnName()));
      } else {
        List<Grant> peers = grants.stream().filter(o -> o.columnId() != 0 && o.sameGrant(g)).toList();
        rows.add(new Row(g, 0, g.table() ? (peers.isEmpty() ? "(All+New)" : "(New)") : (peers.isEmpty() ? "(All)" : ".")));
        if (!peers.isEmpty()) {
          for (Object[] c : NestedQuery.rows(host, "SELECT column_id, name FROM sys.columns WHERE object_id = "
              + g.objectId() + " ORDER BY column_id")) {
            int columnId = ((Number) c[0]).intValue();
            if (peers.stream().noneMatch(p -> p.columnId() == columnId)) {
              rows.add(new Row(g, columnId, (String) c[1]));
            }
          }
        }
      }
    }
    return rows;
  }

  /** 'G' Grant, 'W' Grant_WGO, 'D' Deny, blank-padded as the char(10) column holds them. */
  private static String protectType(String state) {
    String word = switch (state) {
      case "D" -> "Deny";
      case "W" -> "Grant_WGO";
      default -> "Grant";
    };
    return String.format(Locale.ROOT, "%-10s", word);
  }

  /** The names SQL Server 2000 gave the permissions it had; the permission's own name for the rest. */
  static String action(String permission) {
    return switch (permission) {
      case "BACKUP DATABASE" -> "Backup Database";
      case "BACKUP LOG" -> "Backup Transaction";
      case "CREATE DATABASE" -> "Create Database";
      case "CREATE DEFAULT" -> "Create Default";
      case "CREATE FUNCTION" -> "Create Function";
      case "CREATE PROCEDURE" -> "Create Procedure";
      case "CREATE RULE" -> "Create Rule";
      case "CREATE TABLE" -> "Create Table";
      case "CREATE VIEW" -> "Create View";
      case "DELETE" -> "Delete";
      case "EXECUTE" -> "Execute";
      case "INSERT" -> "Insert";
      case "REFERENCES" -> "References";
      case "SELECT" -> "Select";
      case "UPDATE" -> "Update";
      default -> permission;
    };
  }
}
