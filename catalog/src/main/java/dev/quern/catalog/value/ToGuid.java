package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.util.UUID;

/** Conversions to uniqueidentifier, from strings (8169 when malformed) and binary. */
final class ToGuid {
  private ToGuid() {}

  static Object convert(Object v, SqlType from) {
    return switch (v) {
      case UUID u -> u;
      case String s -> Guids.parse(s);
      case byte[] b -> Guids.fromBytes(b);
      default -> throw ValueErrors.explicitNotAllowed(from.id(), TypeId.UNIQUEIDENTIFIER);
    };
  }
}
