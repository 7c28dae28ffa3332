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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code sp_table_privileges [@table_name =] 'name' [, [@table_owner =] 'owner'] [,
 * [@table_qualifier =] 'qualifier'] [, [@fUsePattern =] bit]} ("sp_table_privileges
 * (Transact-SQL)"), what SQLTablePrivileges and JDBC's getTablePrivileges call: for each table or
 * view matching the name and owner (LIKE patterns unless @fUsePattern is 0), the owner's five
 * privileges (SELECT, INSERT, UPDATE, DELETE, REFERENCES, grantable) and each GRANT of one of them
 * on the whole object; ordered by qualifier, owner, table and PRIVILEGE (then grantee, grantor).
 */
public final class TablePrivilegesProcedure implements SystemProcedure {
  static final SqlType VARCHAR_32 = SqlType.ofLength(TypeId.VARCHAR, 32);
  static final SqlType VARCHAR_3 = SqlType.ofLength(TypeId.VARCHAR, 3);
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("TABLE_QUALIFIER", SqlTypes.SYSNAME, true),
          new ResultColumn("TABLE_OWNER", SqlTypes.SYSNAME, true),
          new ResultColumn("TABLE_NAME", SqlTypes.SYSNAME, true),
          new ResultColumn("GRANTOR", SqlTypes.SYSNAME, true),
          new ResultColumn("GRANTEE", SqlTypes.SYSNAME, true),
          new ResultColumn("PRIVILEGE", VARCHAR_32, true),
          new ResultColumn("IS_GRANTABLE", VARCHAR_3, true));
  private static final List<String> PARAMETERS = List.of("@table_name", "@table_owner", "@table_qualifier", "@fusepattern");
  private static final List<String> OWNER_PRIVILEGES = List.of("DELETE", "INSERT", "REFERENCES", "SELECT", "UPDATE");

  /** One result row, before ordering. */
  record Row(String owner, String table, String grantor, String grantee, String privilege, String grantable) {}

  @Override
  public String name() {
    return "sp_table_privileges";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name());
    String table = a.required(0, "@table_name");
    boolean usePattern = a.integer(3, 1) != 0;
    CatalogScope scope = CatalogScope.of(host.state(), a.string(2));
    ObjectPrivileges privileges = ObjectPrivileges.read(host);
    Set<Row> rows = new LinkedHashSet<>();
    for (CatalogScope.Entry e : scope.objects(table, a.string(1), usePattern)) {
      String owner = privileges.owner(e.object().id());
      if (!(e.object() instanceof Table || e.object() instanceof View) || owner == null) {
        continue;
      }
      String schema = e.schema().name();
      String name = e.object().name();
      OWNER_PRIVILEGES.forEach(p -> rows.add(new Row(schema, name, owner, owner, p, "YES")));
      privileges.grantsOn(e.object().id()).stream().filter(g -> g.columnId() == 0).forEach(g ->
          rows.add(new Row(schema, name, g.grantor(), g.grantee(), g.privilege(), g.grantable() ? "YES" : "NO")));
    }
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(Row::owner, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(Row::table, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(Row::privilege)
        .thenComparing(Row::grantee, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(Row::grantor, String.CASE_INSENSITIVE_ORDER));
    List<Object[]> out = sorted.stream()
        .map(r -> new Object[] {scope.databaseName(), r.owner(), r.table(), r.grantor(), r.grantee(), r.privilege(),
            r.grantable()})
        .toList();
    HelpProcedure.result(host.sink(), COLUMNS, out);
    return 0;
  }
}
