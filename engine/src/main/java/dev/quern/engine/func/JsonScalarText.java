package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.ValueFormatter;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A SQL value written as a JSON value the way JSON_MODIFY, JSON_OBJECT and JSON_ARRAY (and FOR
 * JSON, but for floats) write it:
 * numbers bare (float in 16-digit scientific form, {@code 1.000000000000000e-001}), bit as
 * true/false, dates in ISO 8601 and binary in base64 as quoted strings, text quoted and escaped, JSON text from another JSON function as it is.
 */
public final class JsonScalarText {
  private JsonScalarText() {}

  /** Appends {@code value} of {@code type}; {@code json} when it is JSON text already. */
  public static void append(StringBuilder sb, Object value, SqlType type, boolean json) {
    if (value == null) {
      sb.append("null");
      return;
    }
    if (value instanceof dev.quern.catalog.value.SqlVariant v) {
      append(sb, v.value(), v.baseType(), json);
      return;
    }
    TypeId id = type.id();
    if ((json || id == TypeId.JSON) && value instanceof String s) {
      sb.append(s);
    } else if (id == TypeId.BIT) {
      sb.append(isTrue(value) ? "true" : "false");
    } else if (SqlTypes.isApproximate(id)) {
      sb.append(scientific(((java.lang.Number) value).doubleValue(), id == TypeId.REAL ? 7 : 15));
    } else if (SqlTypes.isMoney(id)) {
      sb.append(((BigDecimal) value).setScale(4).toPlainString());
    } else if (SqlTypes.isInteger(id) || SqlTypes.isDecimal(id)) {
      sb.append(ValueFormatter.toText(value, type));
    } else if (value instanceof byte[] b) {
      sb.append('"').append(java.util.Base64.getEncoder().encodeToString(b)).append('"');
    } else if (SqlTypes.isTemporal(id)) {
      // ISO 8601 with the T, as CONVERT style 126 writes it.
      JsonEscape.appendQuoted(sb, (String) Conversions.convert(value, type, SqlTypes.NVARCHAR_MAX, 126));
    } else {
      JsonEscape.appendQuoted(sb, ValueFormatter.toText(value, type));
    }
  }

  private static boolean isTrue(Object v) {
    return v instanceof Boolean b ? b : ((java.lang.Number) v).intValue() != 0;
  }

  /** SQL Server's float-to-JSON form: {@code digits} decimals and a signed three-digit exponent. */
  static String scientific(double d, int digits) {
    String s = String.format(Locale.ROOT, "%." + digits + "e", d);
    int e = s.indexOf('e');
    int exp = Integer.parseInt(s.substring(e + 1));
    return s.substring(0, e + 1) + (exp < 0 ? '-' : '+') + String.format(Locale.ROOT, "%03d", Math.abs(exp));
  }
}
