package dev.quern.engine.binder;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.ColumnExpr;
import java.util.List;
import java.util.Locale;

/**
 * The columns a query block can name: those of its FROM source, under the source's name. {@code
 * guards} (null for none, else one per column, null where nothing is checked) run when a name
 * resolves to their column: a table whose columns carry their own permissions checks each column
 * a statement references (230), not the ones it leaves alone.
 */
public record ColumnScope(String qualifier, List<ResultColumn> columns, List<String> qualifiers, List<Runnable> guards) {
  public static final ColumnScope EMPTY = new ColumnScope(null, List.of());

  /** One source's columns, all under {@code qualifier}. */
  public ColumnScope(String qualifier, List<ResultColumn> columns) {
    this(qualifier, columns, null, null);
  }

  public ColumnScope(String qualifier, List<ResultColumn> columns, List<String> qualifiers) {
    this(qualifier, columns, qualifiers, null);
  }

  /** The same columns, each reference to column {@code i} first running {@code guards.get(i)}. */
  public ColumnScope guarded(List<Runnable> columnGuards) {
    return new ColumnScope(qualifier, columns, qualifiers, columnGuards);
  }

  /** The guard of column {@code i}, null when none. */
  public Runnable guardOf(int column) {
    return guards == null ? null : guards.get(column);
  }

  private ColumnExpr referenced(int i) {
    Runnable guard = guardOf(i);
    if (guard != null) {
      guard.run();
    }
    ResultColumn c = columns.get(i);
    return new ColumnExpr(i, c.name(), c.type(), c.nullable())
        .fromTableColumn(c.identity(), c.rowversion())
        .withCollation(c.collation());
  }

  /** The qualifier of each column (joins carry one per column). */
  public String qualifierOf(int column) {
    return qualifiers == null ? qualifier : qualifiers.get(column);
  }

  /** Resolves {@code name} or {@code qualifier.name}; error 207 (or 4104) when absent. */
  public ColumnExpr resolve(List<String> parts) {
    if (qualifiers != null) {
      return resolveJoined(parts);
    }
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
        return referenced(i);
      }
    }
    throw SqlErrors.INVALID_COLUMN.raise(name);
  }

  /** Over joined sources: qualified names pick their source; bare names must be unambiguous. */
  private ColumnExpr resolveJoined(List<String> parts) {
    String name = parts.getLast();
    String q = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
    int found = -1;
    boolean qualifierSeen = false;
    for (int i = 0; i < columns.size(); i++) {
      if (q != null && (qualifiers.get(i) == null || !qualifiers.get(i).equalsIgnoreCase(q))) {
        continue;
      }
      qualifierSeen = true;
      if (columns.get(i).name().equalsIgnoreCase(name)) {
        if (found >= 0) {
          throw SqlErrors.AMBIGUOUS_COLUMN.raise(name);
        }
        found = i;
      }
    }
    if (found < 0) {
      if (q != null && !qualifierSeen) {
        throw SqlErrors.MULTIPART_NOT_BOUND.raise(String.join(".", parts));
      }
      throw SqlErrors.INVALID_COLUMN.raise(name);
    }
    return referenced(found);
  }
}
