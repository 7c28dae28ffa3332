package dev.quern.engine.binder;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.TableSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds VECTOR_SEARCH: its query as a derived table's, its columns under two names as in SQL Server
 * (the table's columns under the table's alias, {@code distance} under the result's alias, or the
 * table's when the result has none).
 */
final class VectorSearches {
  private VectorSearches() {}

  static SourceBinder.Bound bind(BindContext bind, TableSource.VectorSearch v) {
    QueryBinder.Bound b = new QueryBinder(bind).bindQuery(v.query());
    List<ResultColumn> columns = b.plan().columns();
    List<String> qualifiers = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      boolean distance = i == columns.size() - 1;
      qualifiers.add(distance && v.alias() != null ? v.alias() : v.sourceQualifier());
    }
    return new SourceBinder.Bound(b.plan().root(), new ColumnScope(null, columns, List.copyOf(qualifiers)), true);
  }
}
