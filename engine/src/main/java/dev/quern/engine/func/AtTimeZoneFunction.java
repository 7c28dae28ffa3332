package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.catalog.value.WindowsTimeZones;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The {@code inputdate AT TIME ZONE timezone} operator ("AT TIME ZONE (Transact-SQL)"), which the
 * binder calls as a function of its two operands (it has no name a query can call). A
 * datetimeoffset keeps its instant and takes the zone's offset then; a smalldatetime, datetime or
 * datetime2 is read as the zone's local time and given its offset. A local time in the gap of a
 * clock set ahead moves forward by the gap and takes the offset after it; one in the overlap of a
 * clock set back takes the offset before the change (daylight time) — java.time's default
 * resolution of a local time, which is the documented rule.
 *
 * <p>The result is datetimeoffset with the input's fractional digits (datetime 3, smalldatetime 0).
 * A type other than these four is 8116; an unknown zone is 9820 when the row is evaluated.
 * Nondeterministic, as SQL Server classes it (time zone rules change outside the database): never
 * folded, and a PERSISTED computed column or an index refuses it.
 */
public final class AtTimeZoneFunction implements ScalarFunction {
  public static final AtTimeZoneFunction INSTANCE = new AtTimeZoneFunction();

  /** The name SQL Server's messages give the operator. */
  private static final String NAME = "AT TIME ZONE";

  private AtTimeZoneFunction() {}

  @Override
  public String name() {
    return NAME;
  }

  /** datetimeoffset of the input's precision; 8116 for another input type or a zone not text. */
  @Override
  public SqlType returnType(List<SqlType> argTypes) {
    SqlType input = argTypes.get(0);
    int scale = switch (input.id()) {
      case DATETIMEOFFSET, DATETIME2 -> input.scale();
      case DATETIME -> 3;
      case SMALLDATETIME -> 0;
      default -> throw invalidType(input, 1);
    };
    if (!SqlTypes.isCharacter(argTypes.get(1).id())) {
      throw invalidType(argTypes.get(1), 2);
    }
    return SqlType.withScale(TypeId.DATETIMEOFFSET, scale);
  }

  @Override
  public Object invoke(Object[] args, List<SqlType> argTypes, FunctionContext ctx) {
    if (args[0] == null || args[1] == null) {
      return null;
    }
    ZoneId zone = zone((String) args[1]);
    SqlType result = returnType(argTypes);
    OffsetDateTime out = switch (args[0]) {
      case OffsetDateTime o -> o.atZoneSameInstant(zone).toOffsetDateTime();
      default -> {
        // datetime's 1/300 s ticks are rounded to the result's 3 digits first, as CAST would.
        SqlType local = SqlType.withScale(TypeId.DATETIME2, result.scale());
        LocalDateTime t = (LocalDateTime) Conversions.convert(args[0], argTypes.get(0), local);
        yield ZonedDateTime.ofLocal(t, zone, null).toOffsetDateTime();
      }
    };
    if (out.getYear() < 1 || out.getYear() > 9999) {
      throw SqlValueException.of(517, "Adding a value to a 'datetimeoffset' column caused an overflow.");
    }
    return out;
  }

  /** The zone's rules; 9820 names the text as given. */
  private static ZoneId zone(String name) {
    return WindowsTimeZones.find(name)
        .map(WindowsTimeZones.Zone::rules)
        .orElseThrow(() -> SqlValueException.of(
            9820, "The time zone parameter '" + name + "' provided to AT TIME ZONE clause is invalid."));
  }

  private static SqlValueException invalidType(SqlType type, int position) {
    return SqlValueException.of(8116, "Argument data type " + SqlTypes.name(type.id())
        + " is invalid for argument " + position + " of " + NAME + " function.");
  }

  @Override
  public boolean deterministic() {
    return false;
  }
}
