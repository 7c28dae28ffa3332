package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlValueException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SWITCHOFFSET(datetimeoffset, offset) keeps the instant and changes the offset;
 * TODATETIMEOFFSET(datetime2, offset) keeps the local time and attaches the offset. The offset is
 * '[+|-]hh:mm' or a number of minutes.
 */
final class OffsetFunctions {
  private static final Pattern TEXT = Pattern.compile("\\s*([+-])(\\d{1,2}):(\\d{2})\\s*");
  private static final int MAX_MINUTES = 14 * 60;

  private OffsetFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Switch(), new To());
  }

  static ZoneOffset offset(Arguments a, int i) {
    String fn = a.function().toLowerCase(java.util.Locale.ROOT);
    int minutes;
    if (SqlTypes.isCharacter(a.type(i).id())) {
      Matcher m = TEXT.matcher(a.string(i));
      if (!m.matches()) {
        throw invalid(fn);
      }
      minutes = Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
      minutes = m.group(1).equals("-") ? -minutes : minutes;
    } else {
      minutes = a.integer(i);
    }
    if (Math.abs(minutes) > MAX_MINUTES) {
      throw invalid(fn);
    }
    return ZoneOffset.ofTotalSeconds(minutes * 60);
  }

  private static SqlValueException invalid(String function) {
    return SqlValueException.of(
        9812, "The timezone provided to builtin function " + function + " is invalid.");
  }

  private static SqlType offsetType(SqlType t) {
    int scale = t.id() == TypeId.DATETIME2 || t.id() == TypeId.DATETIMEOFFSET ? t.scale() : 7;
    return SqlType.withScale(TypeId.DATETIMEOFFSET, scale);
  }

  static final class Switch extends BuiltinFunction {
    Switch() {
      super("SWITCHOFFSET", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return offsetType(t.get(0));
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      OffsetDateTime o = (OffsetDateTime) a.as(0, resultType(List.of(a.type(0), a.type(1))));
      return o.withOffsetSameInstant(offset(a, 1));
    }
  }

  static final class To extends BuiltinFunction {
    To() {
      super("TODATETIMEOFFSET", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return offsetType(t.get(0));
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      SqlType type = resultType(List.of(a.type(0), a.type(1)));
      OffsetDateTime o = (OffsetDateTime) a.as(0, type);
      return o.withOffsetSameLocal(offset(a, 1));
    }
  }
}
