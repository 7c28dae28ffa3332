package dev.quern.engine.sys;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlTypes;
import java.util.Locale;

/**
 * Whether a constraint's definition depends on the database's default collation to evaluate
 * (sys.check_constraints.uses_database_collation): it compares character data, a string literal or
 * a character column of its table, without an explicit COLLATE. A definition over numbers and
 * dates alone does not.
 */
final class CollationDependence {
  private CollationDependence() {}

  /** {@code definition} as sys views print it: column names bracketed, literals quoted. */
  static boolean of(Table t, String definition) {
    String text = definition.toLowerCase(Locale.ROOT);
    if (text.contains(" collate ")) {
      return false;
    }
    if (text.indexOf('\'') >= 0) {
      return true;
    }
    for (Column c : t.columns()) {
      if (SqlTypes.isCharacter(c.type().id()) && text.contains("[" + c.name().toLowerCase(Locale.ROOT) + "]")) {
        return true;
      }
    }
    return false;
  }
}
