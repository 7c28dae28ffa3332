package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/**
 * Conversions to and from hierarchyid, as SQL Server runs them through the CLR type: a string is
 * parsed ({@code '/1/2/'}, 24001 when it is no node), bytes are read as the type's encoding (24000
 * when they are none); a hierarchyid becomes its ToString() text (then fitted to the string type)
 * or its bytes.
 */
final class ToHierarchyId {
  private static final SqlType TEXT = SqlType.ofLength(TypeId.NVARCHAR, SqlTypes.MAX_NCHARS);

  private ToHierarchyId() {}

  static byte[] convert(Object v, SqlType from) {
    return switch (v) {
      case String s -> HierarchyId.parse(s).bytes();
      case byte[] b when from.id() == TypeId.HIERARCHYID -> b;
      case byte[] b -> HierarchyId.fromBytes(b).bytes();
      default -> throw ValueErrors.explicitNotAllowed(from.id(), TypeId.HIERARCHYID);
    };
  }

  /** A hierarchyid converted to a string or binary type. */
  static Object from(byte[] v, SqlType to, int style) {
    if (SqlTypes.isBinary(to.id())) {
      return ToBinary.convert(v, SqlTypes.VARBINARY_MAX, to, Conversions.NO_STYLE);
    }
    return ToText.convert(HierarchyId.fromBytes(v).toString(), TEXT, to, Conversions.NO_STYLE);
  }
}
