package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.error.JsonTypeErrors;
import dev.quern.engine.error.SqlErrors;

/**
 * geometry and geography are not comparable, so SQL Server refuses them as the key of a PRIMARY
 * KEY or UNIQUE constraint (1919, then 1750) and of an index (1978); a spatial index is another
 * statement (CREATE SPATIAL INDEX, not built here).
 */
final class SpatialColumns {
  private SpatialColumns() {}

  private static boolean isSpatial(Column c) {
    return c.type().id() == TypeId.GEOMETRY || c.type().id() == TypeId.GEOGRAPHY;
  }

  static void checkConstraintKey(Column c, String table) {
    if (isSpatial(c)) {
      throw SqlErrors.CONSTRAINT_FAILED.raise().precededBy(JsonTypeErrors.CONSTRAINT_KEY.raise(c.name(), table));
    }
  }

  static void checkIndexKey(Column c, String table) {
    if (isSpatial(c)) {
      throw JsonTypeErrors.INDEX_KEY.raise(c.name(), table);
    }
  }
}
