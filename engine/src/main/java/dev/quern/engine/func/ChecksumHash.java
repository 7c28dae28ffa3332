package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The hash CHECKSUM and BINARY_CHECKSUM compute. SQL Server does not document it; what is known
 * of it (from its observed values) is kept: the arguments combine as {@code h = rotl(h, 4) ^ v}
 * in 32 bits starting from 0, NULL is 0x7FFFFFFF, an int is itself, a bigint or float its two
 * 32-bit halves XORed (money by its integer count of 1/10000s), a real its bits, ±0.0 is 0,
 * binary and character data fold their bytes/characters the same way with trailing zeros /
 * spaces dropped, a date is its days since 1900-01-01, datetime those days XOR its 1/300 s ticks,
 * smalldatetime days << 16 | minutes, time and datetime2 their 100 ns ticks (halves XORed, then
 * XOR the days). So BINARY_CHECKSUM gives SQL Server's own values for those types. CHECKSUM folds
 * character data under the default case-insensitive collation (the upper-cased character, so
 * 'abc' and 'ABC' are equal); SQL Server folds the collation's sort weights instead, so
 * CHECKSUM's values for character data (and both functions' for decimal, uniqueidentifier,
 * datetimeoffset and sql_variant, whose SQL Server hashing is not known) differ from SQL Server's.
 */
final class ChecksumHash {
  private ChecksumHash() {}

  static final int NULL_HASH = 0x7FFF_FFFF;
  /** A (max) value longer than this many characters hashes only that many (nvarchar) or to 0. */
  private static final int MAX_TYPE_CHARS = 255;
  private static final LocalDate BASE = LocalDate.of(1900, 1, 1);

  static int combine(int acc, int value) {
    return Integer.rotateLeft(acc, 4) ^ value;
  }

  static int of(Object v, SqlType type, boolean caseInsensitive) {
    return switch (v) {
      case null -> NULL_HASH;
      case Integer i -> i;
      case Long l -> halves(l);
      case Boolean b -> b ? 1 : 0;
      case Double d -> d == 0 ? 0 : halves(Double.doubleToLongBits(d));
      case Float f -> f == 0 ? 0 : Float.floatToIntBits(f);
      case BigDecimal d -> decimal(d, type);
      case String s -> text(s, type, caseInsensitive);
      case byte[] b -> bytes(b, type);
      case LocalDate d -> days(d);
      case LocalTime t -> halves(t.toNanoOfDay() / 100);
      case LocalDateTime dt -> dateTime(dt, type);
      case OffsetDateTime o -> dateTime(o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), SqlType.of(TypeId.DATETIME2));
      case UUID u -> halves(u.getMostSignificantBits() ^ u.getLeastSignificantBits());
      case SqlVariant sv -> of(sv.value(), sv.baseType(), caseInsensitive);
      default -> v.hashCode();
    };
  }

  private static int halves(long v) {
    return (int) (v ^ (v >>> 32));
  }

  private static int days(LocalDate d) {
    return (int) ChronoUnit.DAYS.between(BASE, d);
  }

  private static int dateTime(LocalDateTime dt, SqlType type) {
    int days = days(dt.toLocalDate());
    LocalTime t = dt.toLocalTime();
    return switch (type.id()) {
      case SMALLDATETIME -> days << 16 | t.getHour() * 60 + t.getMinute();
      case DATETIME -> days ^ (int) Math.round(t.toNanoOfDay() * 3 / 10_000_000.0);
      default -> days ^ halves(t.toNanoOfDay() / 100);
    };
  }

  private static int decimal(BigDecimal d, SqlType type) {
    if (SqlTypes.isMoney(type.id())) {
      return halves(d.movePointRight(4).longValue());
    }
    // Not SQL Server's value: the number itself, whatever its declared scale.
    BigDecimal n = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    int h = 0;
    for (byte b : n.unscaledValue().toByteArray()) {
      h = combine(h, b & 0xFF);
    }
    return combine(h, n.scale());
  }

  private static int text(String s, SqlType type, boolean caseInsensitive) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    if (type.isMax() && end > MAX_TYPE_CHARS) {
      if (!SqlTypes.isUnicode(type.id())) {
        return 0;
      }
      end = MAX_TYPE_CHARS;
    }
    int h = 0;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      h = combine(h, caseInsensitive ? Character.toUpperCase(c) : c);
    }
    return h;
  }

  private static int bytes(byte[] b, SqlType type) {
    int end = b.length;
    while (end > 0 && b[end - 1] == 0) {
      end--;
    }
    if (type.isMax() && end > MAX_TYPE_CHARS) {
      return 0;
    }
    int h = 0;
    for (int i = 0; i < end; i++) {
      h = combine(h, b[i] & 0xFF);
    }
    return h;
  }
}
