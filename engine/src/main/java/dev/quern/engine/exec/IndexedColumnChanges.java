package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import java.util.Objects;
import java.util.Set;

/**
 * What ALTER TABLE may do to a column an index uses (as a key or INCLUDEd): DROP COLUMN nothing,
 * ALTER COLUMN only widen a varchar, nvarchar or varbinary column to a length at least its own
 * (not max), with the same nullability and collation, and not in a PRIMARY KEY's index, as SQL
 * Server documents. Anything else is 4922 after 5074 naming the index ("The index 'ix' …", or
 * "The object 'PK_t' …" for one behind a PRIMARY KEY or UNIQUE constraint).
 */
final class IndexedColumnChanges {
  private static final Set<TypeId> WIDENABLE = Set.of(TypeId.VARCHAR, TypeId.NVARCHAR, TypeId.VARBINARY);

  private IndexedColumnChanges() {}

  /** DROP COLUMN of {@code c}: 5074 + 4922 when an index uses it. */
  static void checkDrop(Table table, Column c) {
    for (Index i : table.indexes()) {
      if (uses(i, c)) {
        throw refused("ALTER TABLE DROP COLUMN", i, c);
      }
    }
  }

  /** ALTER COLUMN of {@code old} to {@code changed}: 5074 + 4922 when an index uses it and the change is not a widening. */
  static void checkAlter(Table table, Column old, Column changed) {
    for (Index i : table.indexes()) {
      if (uses(i, old) && (i.primaryKey() || !widens(old, changed))) {
        throw refused("ALTER TABLE ALTER COLUMN", i, old);
      }
    }
  }

  private static boolean uses(Index i, Column c) {
    return i.keys().stream().anyMatch(k -> k.columnId() == c.columnId()) || i.includes().contains(c.columnId());
  }

  private static boolean widens(Column old, Column changed) {
    SqlType from = old.type();
    SqlType to = changed.type();
    return WIDENABLE.contains(from.id()) && from.id() == to.id() && to.length() != SqlType.MAX
        && from.length() != SqlType.MAX && to.length() >= from.length() && old.nullable() == changed.nullable()
        && Objects.equals(old.collation(), changed.collation());
  }

  private static SqlException refused(String operation, Index i, Column c) {
    var dependency = i.primaryKey() || i.uniqueConstraint()
        ? SqlErrors.COLUMN_DEPENDENCY.raise(i.name(), c.name())
        : SqlErrors.INDEX_DEPENDENCY.raise(i.name(), c.name());
    return SqlErrors.COLUMN_ACCESSED.raise(operation, c.name()).precededBy(dependency);
  }
}
