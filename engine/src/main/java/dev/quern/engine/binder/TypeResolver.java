package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeFacetException;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.ast.TypeName;
import dev.quern.engine.error.SqlErrors;

/** Turns a written type name into a {@link SqlType} (DECLARE and CAST defaults differ). */
final class TypeResolver {
  private TypeResolver() {}

  /** For DECLARE and parameters: a missing length is 1; unknown types are error 2715. */
  static SqlType forDeclare(TypeName t, int ordinal) {
    if (t.xml() != null) {
      return SqlTypes.XML; // no session to find the collection in: only describing the batch
    }
    if (JsonOperands.jsonWithWidth(t)) {
      throw dev.quern.engine.error.JsonTypeErrors.WIDTH_IN_DECLARATION.raise(ordinal);
    }
    try {
      return SqlTypes.parse(t.toSql());
    } catch (TypeFacetException e) {
      throw facetError(e);
    } catch (IllegalArgumentException e) {
      throw SqlErrors.CANNOT_FIND_TYPE.raise(ordinal, t.name());
    }
  }

  /**
   * As {@link #forDeclare(TypeName, int)}, user-defined alias types of the session's database
   * included (a table type is 2715 where a scalar is declared).
   */
  static SqlType forDeclare(TypeName t, int ordinal, dev.quern.engine.func.FunctionContext session) {
    DeclaredType d = DeclaredType.resolve(t, ordinal, session);
    if (d.isTableType()) {
      throw SqlErrors.CANNOT_FIND_TYPE.raise(ordinal, t.displayName());
    }
    return d.type();
  }

  /** As {@link #forCast(TypeName)}, typed xml of the session's database included. */
  static SqlType forCast(TypeName t, dev.quern.engine.func.FunctionContext session) {
    return t.xml() != null ? DeclaredType.typedXml(t, session) : forCast(t);
  }

  /** For CAST/CONVERT: a missing length is 30; unknown types are error 243. */
  static SqlType forCast(TypeName t) {
    if (JsonOperands.jsonWithWidth(t)) {
      throw dev.quern.engine.error.JsonTypeErrors.WIDTH_IN_CAST.raise();
    }
    try {
      return SqlTypes.parseForCast(t.toSql());
    } catch (TypeFacetException e) {
      throw facetError(e);
    } catch (IllegalArgumentException e) {
      throw SqlErrors.NOT_A_SYSTEM_TYPE.raise(t.name());
    }
  }

  /** A known type with an impossible facet, e.g. 131 for varchar(9000): its own number and text. */
  private static SqlException facetError(TypeFacetException e) {
    return new SqlException(e.number(), 16, 1, e.text(), Abort.COMPILE);
  }
}
