package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.error.FunctionErrors;
import dev.quern.engine.locale.Culture;
import dev.quern.engine.locale.Cultures;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The inner call of {@code [TRY_]PARSE(text AS type [USING culture])} (the parser writes it as
 * CAST(PARSE(text, 'type', culture) AS type)): reads culture-formatted text as a number or
 * date/time type and returns it as a sql_variant of that type, which the outer CAST unwraps.
 * Cultures: those of {@link Cultures} (9818 for others); without USING, the session language's.
 * Numbers take the culture's group and decimal separators, a sign before or after, a currency
 * symbol for money, an exponent for float/real; integers need a zero fraction; decimal rounds half
 * away from zero. Dates are read by {@link CultureDateReader}. Text that does not read is 9819
 * (TRY_PARSE: NULL).
 */
final class ParseFunction extends BuiltinFunction {
  private final boolean isTry;

  ParseFunction(String name, boolean isTry) {
    super(name, 3, 3);
    this.isTry = isTry;
  }

  static List<ScalarFunction> all() {
    return List.of(new ParseFunction("PARSE", false), new ParseFunction("TRY_PARSE", true));
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    if (!SqlTypes.isCharacter(types.getFirst().id())) {
      throw Arity.invalidType(name(), types.getFirst(), 1);
    }
    return SqlTypes.SQL_VARIANT;
  }

  @Override
  boolean nullInNullOut() {
    return false; // a NULL culture is the session's; a NULL text gives NULL below
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    SqlType target = SqlTypes.parse(a.string(1));
    if (!SqlTypes.isNumeric(target.id()) && !SqlTypes.isTemporal(target.id()) || target.id() == TypeId.BIT) {
      throw FunctionErrors.PARSE_TYPE.raise(SqlTypes.name(target.id()), name());
    }
    String written = a.isNull(2) ? null : a.string(2);
    Culture culture = written == null
        ? Cultures.ofLanguage(ctx.language())
        : Cultures.find(written).orElseThrow(() -> FunctionErrors.PARSE_CULTURE.raise(written));
    if (a.isNull(0)) {
      return null;
    }
    String text = a.string(0);
    Object value = SqlTypes.isTemporal(target.id()) ? temporal(text, culture, target) : number(text, culture, target);
    if (value == null) {
      if (isTry) {
        return null;
      }
      throw FunctionErrors.PARSE_FAILED.raise(text, SqlTypes.name(target.id()), written == null ? "" : written);
    }
    return new SqlVariant(target, value);
  }

  /** The number in {@code text} as a value of {@code target}, or null when it does not read. */
  private static Object number(String text, Culture c, SqlType target) {
    String s = text.strip();
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1).strip();
    } else if (!s.isEmpty() && (s.endsWith("-") || s.endsWith("+"))) {
      negative = s.endsWith("-");
      s = s.substring(0, s.length() - 1).strip();
    }
    if (SqlTypes.isMoney(target.id())) {
      s = withoutCurrency(s, c.numbers().currencySymbol());
    }
    String group = c.numbers().group() == '\u00a0'
        ? " \u00a0\u202f" // a non-breaking group separator is typed as a plain space too
        : String.valueOf(c.numbers().group());
    boolean approximate = SqlTypes.isApproximate(target.id());
    StringBuilder canonical = new StringBuilder(negative ? "-" : "");
    int i = 0;
    boolean digits = false;
    boolean fraction = false;
    for (; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9') {
        canonical.append(ch);
        digits = true;
      } else if (ch == c.numbers().decimal() && !fraction) {
        canonical.append('.');
        fraction = true;
      } else if (group.indexOf(ch) >= 0 && digits && !fraction && !approximate) {
        continue; // thousands separators only within the integer digits
      } else {
        break;
      }
    }
    if (!digits) {
      return null;
    }
    if (i < s.length()) {
      if (!approximate || (s.charAt(i) != 'e' && s.charAt(i) != 'E')) {
        return null;
      }
      String exponent = s.substring(i + 1);
      if (!exponent.matches("[+-]?[0-9]+")) {
        return null;
      }
      canonical.append('E').append(exponent);
    }
    try {
      if (approximate) {
        double d = Double.parseDouble(canonical.toString());
        return Conversions.convert(d, SqlTypes.FLOAT, target);
      }
      BigDecimal n = new BigDecimal(canonical.toString());
      if (SqlTypes.isInteger(target.id()) && n.stripTrailingZeros().scale() > 0) {
        return null; // an integer takes no fraction
      }
      int scale = Math.max(n.scale(), 0);
      int precision = Math.max(n.precision(), scale + 1);
      if (precision > SqlTypes.MAX_PRECISION) {
        return null;
      }
      return Conversions.convert(n, SqlType.decimal(precision, scale), target);
    } catch (SqlValueException | NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** The date/time in {@code text} as a value of {@code target}, or null when it does not read. */
  private static Object temporal(String text, Culture c, SqlType target) {
    LocalDateTime at = CultureDateReader.read(text, c);
    if (at == null) {
      return null;
    }
    try {
      return Conversions.convert(at, SqlType.withScale(TypeId.DATETIME2, SqlTypes.DEFAULT_TIME_SCALE), target);
    } catch (SqlValueException e) {
      return null;
    }
  }

  /** Money may carry the culture's currency symbol (or $ € £ ¥) before or after the number. */
  private static String withoutCurrency(String s, String symbol) {
    for (String sym : List.of(symbol, "$", "€", "£", "¥")) {
      if (s.startsWith(sym)) {
        return s.substring(sym.length()).strip();
      }
      if (s.endsWith(sym)) {
        return s.substring(0, s.length() - sym.length()).strip();
      }
    }
    return s;
  }
}
