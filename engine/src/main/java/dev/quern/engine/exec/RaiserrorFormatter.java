package dev.quern.engine.exec;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Formats a RAISERROR or FORMATMESSAGE message the way SQL Server's printf subset does (see
 * {@link PrintfSpecification}); {@code %%} is a percent sign, a missing or NULL argument prints
 * "(null)", extra arguments are ignored, and a message longer than 2,047 characters is cut to 2,044
 * and "...".
 *
 * <p>RAISERROR is strict: an argument of the wrong kind for its conversion is 2786, a malformed
 * conversion 2787. FORMATMESSAGE is lenient about both (SQL Server returns a diagnostic text there
 * instead of raising; Quern formats what it can). Both raise 2748 for a consumed argument whose type
 * can never be substituted.
 */
public final class RaiserrorFormatter {
  /** SQL Server cuts RAISERROR, THROW and FORMATMESSAGE messages to 2,047 characters. */
  public static final int MAX_LENGTH = 2047;

  /**
   * One substitution argument: its value, its type, and whether it was written as a numeric
   * literal (SQL Server passes those as bigint, so {@code 5.5} reads as 5 and {@code 4200000000} does
   * not fit {@code %d}).
   */
  public record Substitution(Object value, SqlType type, boolean numericLiteral) {}

  private final List<Substitution> args;
  private final int firstParameter;
  private final boolean strict;
  private int next;

  private RaiserrorFormatter(List<Substitution> args, int firstParameter, boolean strict) {
    this.args = args;
    this.firstParameter = firstParameter;
    this.strict = strict;
  }

  /** RAISERROR's formatting: its substitution arguments are parameters 4 and on. */
  public static String raiserror(String template, List<Substitution> args) {
    return new RaiserrorFormatter(args, 4, true).format(template);
  }

  /** FORMATMESSAGE's formatting: its substitution arguments are parameters 1 and on. */
  public static String formatMessage(String template, List<Substitution> args) {
    return new RaiserrorFormatter(args, 1, false).format(template);
  }

  /** A message cut to 2,047 characters, the last three of them "..." when it was longer. */
  public static String cut(String message) {
    return message.length() <= MAX_LENGTH ? message : message.substring(0, MAX_LENGTH - 3) + "...";
  }

  /**
   * 2748 when {@code type} can never be a substitution argument: anything but the integer, string
   * and binary types (bit included in "never"); RAISERROR judges decimal and numeric when read (a
   * variable of them is 2748 then, a literal passes as bigint).
   */
  public static boolean substitutable(SqlType type) {
    return switch (type.id()) {
      case TINYINT, SMALLINT, INT, BIGINT, DECIMAL, NUMERIC, CHAR, VARCHAR, NCHAR, NVARCHAR, BINARY, VARBINARY -> true;
      default -> false;
    };
  }

  private String format(String template) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length() && out.length() <= MAX_LENGTH) {
      char c = template.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
      } else if (template.startsWith("%%", i)) {
        out.append('%');
        i += 2;
      } else {
        PrintfSpecification spec;
        try {
          spec = PrintfSpecification.read(template, i);
        } catch (SqlException e) {
          if (strict) {
            throw e;
          }
          out.append(template, i, template.length());
          break;
        }
        out.append(convert(spec));
        i = spec.end();
      }
    }
    return cut(out.toString());
  }

  private String convert(PrintfSpecification spec) {
    if (spec.widthFromArgument()) {
      spec = spec.withWidth(starArgument());
    }
    if (spec.precisionFromArgument()) {
      spec = spec.withPrecision(starArgument());
    }
    int parameter = firstParameter + next;
    if (next >= args.size()) {
      next++;
      return spec.pad("(null)");
    }
    Substitution a = args.get(next++);
    if (a.value() == null) {
      return spec.pad("(null)");
    }
    if (!substitutable(a.type()) || (strict && !a.numericLiteral() && SqlTypes.isDecimal(a.type().id()))) {
      throw SqlErrors.SUBSTITUTION_TYPE_NOT_ALLOWED.raise(SqlTypes.sqlName(a.type()), parameter);
    }
    if (!spec.integral()) {
      if (SqlTypes.isCharacter(a.type().id()) || !strict) {
        return spec.render(a.value().toString());
      }
      throw SqlErrors.SUBSTITUTION_TYPE_MISMATCH.raise(parameter);
    }
    Long v = integer(a, spec.bits());
    if (v == null) {
      if (strict) {
        throw SqlErrors.SUBSTITUTION_TYPE_MISMATCH.raise(parameter);
      }
      v = a.value() instanceof Number n ? n.longValue() : 0L;
    }
    return spec.render(v);
  }

  /**
   * The argument as an integer of the conversion's size, or null when its type does not fit: int
   * and smaller for 32 bits, smallint and tinyint for 16 (h), bigint for 64 (I64), a numeric literal
   * whose whole part fits, and binary read big-endian from its last bytes.
   */
  private static Long integer(Substitution a, int bits) {
    Object v = a.value();
    if (v instanceof byte[] bytes) {
      long x = 0;
      for (int k = Math.max(0, bytes.length - bits / 8); k < bytes.length; k++) {
        x = (x << 8) | (bytes[k] & 0xFF);
      }
      return x;
    }
    if (a.numericLiteral()) {
      long x = v instanceof BigDecimal d ? d.longValue() : ((Number) v).longValue();
      boolean fits = bits == 64 || (bits == 32 ? x == (int) x : x == (short) x);
      return fits ? x : null;
    }
    TypeId t = a.type().id();
    boolean fits = switch (bits) {
      case 16 -> t == TypeId.TINYINT || t == TypeId.SMALLINT;
      case 32 -> t == TypeId.TINYINT || t == TypeId.SMALLINT || t == TypeId.INT;
      default -> t == TypeId.BIGINT;
    };
    return fits && v instanceof Number n ? n.longValue() : null;
  }

  /** A {@code *} width or precision: an int argument; anything else (NULL, missing) is 2786. */
  private int starArgument() {
    int parameter = firstParameter + next;
    Substitution a = next < args.size() ? args.get(next) : null;
    next++;
    Long v = a == null || a.value() == null ? null : integer(a, 32);
    if (v == null) {
      if (strict) {
        throw SqlErrors.SUBSTITUTION_TYPE_MISMATCH.raise(parameter);
      }
      return -1;
    }
    return v.intValue();
  }
}
