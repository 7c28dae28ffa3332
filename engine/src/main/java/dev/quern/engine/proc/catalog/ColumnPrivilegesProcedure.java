package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code sp_column_privileges [@table_name =] 'name' [, [@table_owner =] 'owner'] [,
 * [@table_qualifier =] 'qualifier'] [, [@column_name =] 'pattern']} ("sp_column_privileges
 * (Transact-SQL)"), what SQLColumnPrivileges and JDBC's getColumnPrivileges call: for each column
 * of the one table named (exact name; without an owner the caller's default schema's, else dbo's)
 * whose name matches the LIKE pattern, the owner's SELECT, INSERT, UPDATE and REFERENCES
 * (grantable), the GRANTs of those on the whole table, which reach every column, and the GRANTs on
 * that column; ordered by COLUMN_NAME and PRIVILEGE (then grantee, grantor). An unknown table gives
 * an empty result.
 */
public final class ColumnPrivilegesProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("TABLE_QUALIFIER", SqlTypes.SYSNAME, true),
          new ResultColumn("TABLE_OWNER", SqlTypes.SYSNAME, true),
          new ResultColumn("TABLE_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("COLUMN_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("GRANTOR", SqlTypes.SYSNAME, true),
          new ResultColumn("GRANTEE", SqlTypes.SYSNAME, true),
          new ResultColumn("PRIVILEGE", TablePrivilegesProcedure.VARCHAR_32, true),
          new ResultColumn("IS_GRANTABLE", TablePrivilegesProcedure.VARCHAR_3, true));
  private static final List<String> PARAMETERS = List.of("@table_name", "@table_owner", "@table_qualifier", "@column_name");
  private static final List<String> OWNER_PRIVILEGES = List.of("INSERT", "REFERENCES", "SELECT", "UPDATE");

  /** One result row, before ordering. */
  record Row(String column, String grantor, String grantee, String privilege, String grantable) {}

  @Override
  public String name() {
    return "sp_column_privileges";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name());
    String tableName = a.required(0, "@table_name");
    CatalogScope scope = CatalogScope.of(host.state(), a.string(2));
    Pattern columnPattern = CatalogScope.compile(a.string(3), true);
    Optional<CatalogScope.Entry> found = NamedTable.find(host.state(), scope, tableName, a.string(1));
    List<Object[]> out = new ArrayList<>();
    if (found.isPresent() && found.get().object() instanceof Table t) {
      ObjectPrivileges privileges = ObjectPrivileges.read(host);
      String owner = privileges.owner(t.id());
      if (owner != null) {
        for (Row r : rows(t, owner, privileges.grantsOn(t.id()), columnPattern)) {
          out.add(new Object[] {scope.databaseName(), found.get().schema().name(), t.name(), r.column(), r.grantor(),
              r.grantee(), r.privilege(), r.grantable()});
        }
      }
    }
    HelpProcedure.result(host.sink(), COLUMNS, out);
    return 0;
  }

  private static List<Row> rows(Table t, String owner, List<ObjectPrivileges.Grant> grants, Pattern columnPattern) {
    Set<Row> rows = new LinkedHashSet<>();
    for (Column c : t.columns()) {
      if (columnPattern != null && !columnPattern.matcher(c.name()).matches()) {
        continue;
      }
      OWNER_PRIVILEGES.forEach(p -> rows.add(new Row(c.name(), owner, owner, p, "YES")));
      grants.stream()
          .filter(g -> (g.columnId() == 0 || g.columnId() == c.columnId()) && OWNER_PRIVILEGES.contains(g.privilege()))
          .forEach(g -> rows.add(new Row(c.name(), g.grantor(), g.grantee(), g.privilege(), g.grantable() ? "YES" : "NO")));
    }
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(Row::column, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(Row::privilege)
        .thenComparing(Row::grantee, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(Row::grantor, String.CASE_INSENSITIVE_ORDER));
    return sorted;
  }
}
