package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.ast.SecurityStatement;
import dev.quern.engine.error.SqlErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The columns a GRANT, DENY or REVOKE names ("GRANT Object Permissions": {@code permission (column
 * [, …])} or {@code ON object (column [, …])}): SELECT, UPDATE and REFERENCES on a table's columns,
 * kept as one permission row per column with its column_id as minor_id. Quern keeps column
 * permissions on tables only: a view's columns are refused with 40517.
 */
final class ColumnPermissions {
  private static final Set<String> ON_COLUMNS = Set.of("SELECT", "UPDATE", "REFERENCES");

  private ColumnPermissions() {}

  /** The column ids of {@code g}'s column list on {@code object}: 207 for a column it does not have. */
  static List<Integer> columnIds(SecurityStatement.Grant g, List<String> permissions, SchemaObject object) {
    for (String p : permissions) {
      if (!ON_COLUMNS.contains(p)) {
        throw SqlErrors.SYNTAX_NEAR.raise(p);
      }
    }
    if (!(object instanceof Table table)) {
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise("column permissions on a view");
    }
    List<Integer> ids = new ArrayList<>();
    for (String name : g.columns()) {
      Column c = table.columns().stream().filter(col -> col.name().equalsIgnoreCase(name)).findFirst()
          .orElseThrow(() -> SqlErrors.INVALID_COLUMN.raise(name));
      if (!ids.contains(c.columnId())) {
        ids.add(c.columnId());
      }
    }
    return ids;
  }
}
