package dev.quern.tds.type;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Bodies of the date and time types [MS-TDS §2.2.5.5.1.7–§2.2.5.5.1.10]: datetime and
 * smalldatetime (days since 1900-01-01 plus 1/300-second ticks or minutes), and date, time(n),
 * datetime2(n), datetimeoffset(n) (days since 0001-01-01 and 10⁻ⁿ-second ticks since midnight).
 */
final class TemporalCodec {
  private static final long NANOS_PER_DAY = 86_400_000_000_000L;
  private static final long EPOCH_DAY_0001 = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long EPOCH_DAY_1900 = LocalDate.of(1900, 1, 1).toEpochDay();
  /** Largest day number of date (9999-12-31 counted from 0001-01-01). */
  private static final long MAX_DATE_DAYS = LocalDate.of(9999, 12, 31).toEpochDay() - EPOCH_DAY_0001;
  /** datetime: 1753-01-01 .. 9999-12-31, relative to 1900-01-01. */
  private static final long MIN_DATETIME_DAYS = LocalDate.of(1753, 1, 1).toEpochDay() - EPOCH_DAY_1900;
  private static final long MAX_DATETIME_DAYS = LocalDate.of(9999, 12, 31).toEpochDay() - EPOCH_DAY_1900;
  /** datetime ticks are 1/300 second. */
  private static final long DATETIME_TICKS_PER_DAY = 300L * 86_400;
  /** smalldatetime: 1900-01-01 .. 2079-06-06 (day 65535). */
  private static final int MAX_SMALLDATETIME_DAYS = 0xFFFF;
  private static final int MINUTES_PER_DAY = 1440;
  /** datetimeoffset offsets are −14:00..+14:00. */
  private static final int MAX_OFFSET_MINUTES = 840;

  private static final long[] POW10 = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L
  };

  private TemporalCodec() {}

  // ---- datetime / smalldatetime ---------------------------------------------------------

  static LocalDateTime readDatetime(ByteBuf in, int len) {
    if (len == 4) {
      int days = in.readUnsignedShortLE();
      int minutes = in.readUnsignedShortLE();
      if (minutes >= MINUTES_PER_DAY) {
        throw new TdsProtocolException("Invalid smalldatetime minutes " + minutes);
      }
      return LocalDate.ofEpochDay(EPOCH_DAY_1900 + days).atTime(minutes / 60, minutes % 60);
    }
    if (len != 8) {
      throw new TdsProtocolException("Invalid datetime length " + len);
    }
    long days = in.readIntLE();
    long ticks = in.readUnsignedIntLE();
    if (days < MIN_DATETIME_DAYS || days > MAX_DATETIME_DAYS || ticks >= DATETIME_TICKS_PER_DAY) {
      throw new TdsProtocolException("Invalid datetime days=" + days + " ticks=" + ticks);
    }
    // SQL Server shows 1/300 s ticks as milliseconds rounded: .000, .003, .007, .010, ...
    long millis = (ticks * 10 + 1) / 3;
    return LocalDate.ofEpochDay(EPOCH_DAY_1900 + days)
        .atStartOfDay()
        .plusNanos(millis * 1_000_000L);
  }

  static void writeDatetime(ByteBuf out, TypeInfo type, int len, Object value) {
    LocalDateTime t = Values.as(value, LocalDateTime.class, type);
    long days = t.toLocalDate().toEpochDay() - EPOCH_DAY_1900;
    long nanos = t.toLocalTime().toNanoOfDay();
    if (len == 4) {
      // smalldatetime rounds to the minute; 30 seconds and more round up.
      long minutes = (nanos + 30_000_000_000L) / 60_000_000_000L;
      days += minutes / MINUTES_PER_DAY;
      minutes %= MINUTES_PER_DAY;
      if (days < 0 || days > MAX_SMALLDATETIME_DAYS) {
        throw Values.outOfRange(value, type);
      }
      out.writeShortLE((int) days);
      out.writeShortLE((int) minutes);
      return;
    }
    // Round to the nearest 1/300 s, as SQL Server converts to datetime (.998 -> .997, .999 -> +1 s).
    long ticks = (nanos * 3 + 5_000_000L) / 10_000_000L;
    days += ticks / DATETIME_TICKS_PER_DAY;
    ticks %= DATETIME_TICKS_PER_DAY;
    if (days < MIN_DATETIME_DAYS || days > MAX_DATETIME_DAYS) {
      throw Values.outOfRange(value, type);
    }
    out.writeIntLE((int) days);
    out.writeIntLE((int) ticks);
  }

  // ---- date / time / datetime2 / datetimeoffset -----------------------------------------

  static LocalDate readDate(ByteBuf in) {
    long days = in.readUnsignedMediumLE();
    if (days > MAX_DATE_DAYS) {
      throw new TdsProtocolException("Invalid date day number " + days);
    }
    return LocalDate.ofEpochDay(EPOCH_DAY_0001 + days);
  }

  static void writeDate(ByteBuf out, LocalDate d) {
    out.writeMediumLE((int) (d.toEpochDay() - EPOCH_DAY_0001));
  }

  static LocalTime readTime(ByteBuf in, int scale) {
    int len = TypeInfo.timeLength(scale);
    long ticks = 0;
    for (int i = 0; i < len; i++) {
      ticks |= (long) in.readUnsignedByte() << (8 * i);
    }
    long nanos = ticks * POW10[9 - scale];
    if (nanos >= NANOS_PER_DAY) {
      throw new TdsProtocolException("Invalid time ticks " + ticks + " at scale " + scale);
    }
    return LocalTime.ofNanoOfDay(nanos);
  }

  private static void writeTicks(ByteBuf out, long ticks, int scale) {
    int len = TypeInfo.timeLength(scale);
    for (int i = 0; i < len; i++) {
      out.writeByte((int) (ticks >>> (8 * i)));
    }
  }

  /** Ticks of 10⁻ˢᶜᵃˡᵉ s, rounded half up; may equal one whole day, which callers carry. */
  private static long ticks(long nanoOfDay, int scale) {
    long unit = POW10[9 - scale];
    return (nanoOfDay + unit / 2) / unit;
  }

  static void writeTime(ByteBuf out, TypeInfo type, Object value) {
    LocalTime t = Values.as(value, LocalTime.class, type);
    long ticks = ticks(t.toNanoOfDay(), type.scale());
    long ticksPerDay = 86_400L * POW10[type.scale()];
    writeTicks(out, ticks % ticksPerDay, type.scale()); // 23:59:59.9999999 at scale 0 wraps
  }

  static LocalDateTime readDatetime2(ByteBuf in, int scale) {
    LocalTime time = readTime(in, scale);
    return readDate(in).atTime(time);
  }

  static void writeDatetime2(ByteBuf out, TypeInfo type, Object value) {
    writeDateTime2Parts(out, type, Values.as(value, LocalDateTime.class, type), value);
  }

  static OffsetDateTime readDatetimeOffset(ByteBuf in, int scale) {
    LocalDateTime utc = readDatetime2(in, scale);
    int offset = in.readShortLE();
    if (offset < -MAX_OFFSET_MINUTES || offset > MAX_OFFSET_MINUTES) {
      throw new TdsProtocolException("Invalid datetimeoffset offset " + offset);
    }
    return utc.atOffset(ZoneOffset.UTC)
        .withOffsetSameInstant(ZoneOffset.ofTotalSeconds(offset * 60));
  }

  /** The date and time parts are in UTC; the offset follows in minutes. */
  static void writeDatetimeOffset(ByteBuf out, TypeInfo type, Object value) {
    OffsetDateTime t = Values.as(value, OffsetDateTime.class, type);
    int seconds = t.getOffset().getTotalSeconds();
    if (seconds % 60 != 0 || Math.abs(seconds / 60) > MAX_OFFSET_MINUTES) {
      throw Values.outOfRange(value, type);
    }
    LocalDateTime utc = t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    writeDateTime2Parts(out, type, utc, value);
    out.writeShortLE(seconds / 60);
  }

  private static void writeDateTime2Parts(
      ByteBuf out, TypeInfo type, LocalDateTime t, Object original) {
    long ticks = ticks(t.toLocalTime().toNanoOfDay(), type.scale());
    long ticksPerDay = 86_400L * POW10[type.scale()];
    LocalDate date = t.toLocalDate().plusDays(ticks / ticksPerDay);
    long days = date.toEpochDay() - EPOCH_DAY_0001;
    if (days < 0 || days > MAX_DATE_DAYS) {
      throw Values.outOfRange(original, type);
    }
    writeTicks(out, ticks % ticksPerDay, type.scale());
    out.writeMediumLE((int) days);
  }

  static void writeDateValue(ByteBuf out, TypeInfo type, Object value) {
    LocalDate d = Values.as(value, LocalDate.class, type);
    long days = d.toEpochDay() - EPOCH_DAY_0001;
    if (days < 0 || days > MAX_DATE_DAYS) {
      throw Values.outOfRange(value, type);
    }
    writeDate(out, d);
  }
}
