package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.varchar;

import dev.quern.catalog.meta.Schema;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * INFORMATION_SCHEMA.SCHEMATA ("SCHEMATA (Transact-SQL)"): one row per schema of the current
 * database, as sys.schemas lists them, with its owner's name. SQL Server leaves the character-set
 * catalog and schema NULL and names the default character set of the server collation: iso_1 for
 * the Latin1 code page 1252 collations Quern runs on.
 */
final class InformationSchemaSchemataView implements SystemView {
  private static final String DEFAULT_CHARACTER_SET = "iso_1";
  private static final List<ResultColumn> COLUMNS =
      List.of(
          nvarchar("CATALOG_NAME", 128, true), sysname("SCHEMA_NAME", false), nvarchar("SCHEMA_OWNER", 128, true),
          varchar("DEFAULT_CHARACTER_SET_CATALOG", 6, true), varchar("DEFAULT_CHARACTER_SET_SCHEMA", 3, true),
          sysname("DEFAULT_CHARACTER_SET_NAME", true));

  @Override
  public String name() {
    return "schemata";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    List<Schema> schemas = CatalogObjects.metadata(session).schemas(session.databaseId());
    for (Schema schema : schemas) {
      String owner = session.databasePrincipalName(schema.principalId()).orElse(null);
      out.add(new Object[] {session.databaseName(), schema.name(), owner, null, null, DEFAULT_CHARACTER_SET});
    }
    // The fixed roles' schemas the catalog does not hold yet, as sys.schemas lists them.
    for (var role : dev.quern.catalog.meta.FixedRoleSchemas.all()) {
      if (schemas.stream().noneMatch(s -> s.name().equalsIgnoreCase(role.getKey()))) {
        out.add(new Object[] {session.databaseName(), role.getKey(), role.getKey(), null, null, DEFAULT_CHARACTER_SET});
      }
    }
    return out;
  }
}
