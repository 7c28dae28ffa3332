package dev.quern.engine.sys;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;

/**
 * The vector columns SQL Server 2025 added to sys.columns: vector_dimensions, vector_base_type (0
 * for float32, the only base type Quern has) and vector_base_type_desc; NULL for other types.
 */
final class VectorFacets {
  private VectorFacets() {}

  static Integer dimensions(SqlType t) {
    return t.id() == TypeId.VECTOR ? t.length() : null;
  }

  static Integer baseType(SqlType t) {
    return t.id() == TypeId.VECTOR ? 0 : null;
  }

  static String baseTypeDesc(SqlType t) {
    return t.id() == TypeId.VECTOR ? "float32" : null;
  }
}
