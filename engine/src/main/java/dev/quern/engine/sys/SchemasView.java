package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * sys.schemas: the schemas of the current database, from its catalog, and the fixed database
 * roles' schemas it does not hold yet ({@link dev.quern.catalog.meta.FixedRoleSchemas}).
 */
final class SchemasView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(sysname("name", false), integer("schema_id", false), integer("principal_id", true));

  @Override
  public String name() {
    return "schemas";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new java.util.ArrayList<>();
    List<dev.quern.catalog.meta.Schema> schemas = CatalogObjects.metadata(session).schemas(session.databaseId());
    for (dev.quern.catalog.meta.Schema schema : schemas) {
      out.add(new Object[] {schema.name(), SchemaIds.visible(schema), schema.principalId()});
    }
    for (var role : dev.quern.catalog.meta.FixedRoleSchemas.all()) {
      if (schemas.stream().noneMatch(s -> s.name().equalsIgnoreCase(role.getKey()))) {
        out.add(new Object[] {role.getKey(), role.getValue(), role.getValue()});
      }
    }
    return out;
  }
}
