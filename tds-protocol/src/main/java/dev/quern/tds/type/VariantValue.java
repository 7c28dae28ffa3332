package dev.quern.tds.type;

import java.util.Objects;

/**
 * A sql_variant value as it travels on the wire: its base type (a fixed type such as INT4, or
 * NVARCHAR/DECIMALN/… with their properties) and the value in that type [MS-TDS §2.2.5.5.4].
 */
public record VariantValue(TypeInfo baseType, Object value) {
  public VariantValue {
    Objects.requireNonNull(baseType, "baseType");
    Objects.requireNonNull(value, "value"); // a NULL sql_variant is a null value, not a variant
  }
}
