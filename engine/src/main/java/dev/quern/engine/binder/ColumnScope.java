package dev.quern.engine.binder;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.ColumnExpr;
import java.util.List;
import java.util.Locale;

/** The columns a query block can name: those of its FROM source, under the source's name. */
public record ColumnScope(String qualifier, List<ResultColumn> columns) {
  public static final ColumnScope EMPTY = new ColumnScope(null, List.of());

  /** Resolves {@code name} or {@code qualifier.name}; error 207 (or 4104) when absent. */
  public ColumnExpr resolve(List<String> parts) {
    String name = parts.getLast();
    if (parts.size() > 1) {
      String q = parts.get(parts.size() - 2);
      if (qualifier == null || !qualifier.equalsIgnoreCase(q)) {
        throw SqlErrors.MULTIPART_NOT_BOUND.raise(String.join(".", parts));
      }
    }
    for (int i = 0; i < columns.size(); i++) {
      ResultColumn c = columns.get(i);
      if (c.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return new ColumnExpr(i, c.name(), c.type(), c.nullable());
      }
    }
    throw SqlErrors.INVALID_COLUMN.raise(name);
  }
}
