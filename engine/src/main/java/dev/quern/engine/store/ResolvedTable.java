package dev.quern.engine.store;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.Table;

/** A table found by name: where it lives and its definition as the statement sees it. */
public record ResolvedTable(Catalog catalog, Database database, Schema schema, Table table) {
  /** {@code schema.table}, as SQL Server names a table in messages (547, 2627). */
  public String schemaQualified() {
    return schema.name() + "." + TableVariables.displayName(table.name());
  }

  /** {@code database.schema.table} (515, 2628); a table variable is its name alone. */
  public String fullyQualified() {
    String shown = TableVariables.displayName(table.name());
    return shown.startsWith("@") ? shown : database.name() + "." + schemaQualified();
  }
}
