package dev.quern.catalog.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Property tests: for random values of each type, key byte order equals SQL Server's order. */
class KeyEncoderOrderTest {
  private static final int PAIRS = 3000;
  private final Random random = new Random(20261125);

  private static byte[] key(KeyColumn col, Object v) {
    return KeyEncoder.withPrefix(new byte[0]).add(col, v).toBytes();
  }

  private <T> void assertOrder(SqlType type, Function<Random, T> gen, Comparator<T> sqlOrder) {
    KeyColumn asc = KeyColumn.asc(type);
    KeyColumn desc = KeyColumn.desc(type);
    for (int i = 0; i < PAIRS; i++) {
      T a = random.nextInt(50) == 0 ? null : gen.apply(random);
      T b = random.nextInt(3) == 0 ? a : gen.apply(random);
      int expected = a == null ? (b == null ? 0 : -1) : b == null ? 1 : sqlOrder.compare(a, b);
      int actual = Arrays.compareUnsigned(key(asc, a), key(asc, b));
      assertThat(Integer.signum(actual))
          .as("%s: %s vs %s", type, a, b)
          .isEqualTo(Integer.signum(expected));
      int actualDesc = Arrays.compareUnsigned(key(desc, a), key(desc, b));
      assertThat(Integer.signum(actualDesc))
          .as("DESC %s vs %s", a, b)
          .isEqualTo(-Integer.signum(expected));
    }
  }

  @Test
  void integersOrderNumerically() {
    assertOrder(SqlType.of(TypeId.TINYINT), r -> r.nextInt(256), Integer::compare);
    assertOrder(SqlType.of(TypeId.SMALLINT), r -> r.nextInt(65536) - 32768, Integer::compare);
    assertOrder(SqlType.of(TypeId.INT), Random::nextInt, Integer::compare);
    assertOrder(SqlType.of(TypeId.BIGINT), Random::nextLong, Long::compare);
    assertOrder(SqlType.of(TypeId.BIT), Random::nextBoolean, Boolean::compare);
  }

  @Test
  void decimalsOrderNumericallyForAnyPrecisionAndScale() {
    Function<Random, BigDecimal> gen =
        r -> {
          BigInteger unscaled = new BigInteger(r.nextInt(126) + 1, r);
          if (r.nextBoolean()) {
            unscaled = unscaled.negate();
          }
          if (r.nextInt(20) == 0) {
            unscaled = BigInteger.ZERO;
          }
          return new BigDecimal(unscaled, r.nextInt(39));
        };
    assertOrder(SqlType.decimal(38, 10), gen, BigDecimal::compareTo);
    assertThat(key(KeyColumn.asc(SqlType.decimal(10, 2)), new BigDecimal("1.00")))
        .isEqualTo(key(KeyColumn.asc(SqlType.decimal(10, 1)), new BigDecimal("1.0")));
  }

  @Test
  void moneyOrdersNumerically() {
    assertOrder(
        SqlType.of(TypeId.MONEY), r -> BigDecimal.valueOf(r.nextLong(), 4), BigDecimal::compareTo);
    assertOrder(
        SqlType.of(TypeId.SMALLMONEY),
        r -> BigDecimal.valueOf(r.nextInt(), 4),
        BigDecimal::compareTo);
  }

  @Test
  void floatsOrderNumericallyWithNegativeZeroEqualToZero() {
    double[] specials = {
      0.0,
      -0.0,
      Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      Double.MAX_VALUE,
      -Double.MAX_VALUE
    };
    Function<Random, Double> gen =
        r ->
            r.nextInt(4) == 0
                ? specials[r.nextInt(specials.length)]
                : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
    Comparator<Double> sql =
        (a, b) -> a.doubleValue() == b.doubleValue() ? 0 : Double.compare(a, b);
    assertOrder(SqlType.of(TypeId.FLOAT), gen, sql);
    assertOrder(
        SqlType.of(TypeId.REAL),
        r -> gen.apply(r).floatValue(),
        (a, b) -> a.floatValue() == b.floatValue() ? 0 : Float.compare(a, b));
    KeyColumn f = KeyColumn.asc(SqlType.of(TypeId.FLOAT));
    assertThat(Arrays.compareUnsigned(key(f, Double.NaN), key(f, Double.POSITIVE_INFINITY)))
        .isPositive();
    assertThat(key(f, Double.NaN)).isEqualTo(key(f, Double.longBitsToDouble(0x7FF0000000000123L)));
  }

  @Test
  void caseInsensitiveStringsOrderAsSqlServerForLettersDigitsAndSpaces() {
    String alphabet = "aAbBzZ09 ";
    Function<Random, String> gen =
        r -> {
          StringBuilder sb = new StringBuilder();
          int n = r.nextInt(6);
          for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
          }
          return sb.toString();
        };
    // For this alphabet SQL Server's CI order is: trailing spaces dropped, case folded, then
    // space < digits < letters, shorter prefix first; which is ASCII order of the lower case.
    Comparator<String> sql =
        Comparator.comparing(s -> KeyCollation.stripTrailingSpaces(s).toLowerCase(Locale.ROOT));
    assertOrder(SqlType.ofLength(TypeId.NVARCHAR, 10), gen, sql);
    assertOrder(SqlType.ofLength(TypeId.VARCHAR, 10), gen, sql);
  }

  @Test
  void binaryOrdersBytewiseIgnoringTrailingZeros() {
    Function<Random, byte[]> gen =
        r -> {
          byte[] b = new byte[r.nextInt(5)];
          for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (r.nextInt(3) == 0 ? 0 : r.nextInt(256));
          }
          return b;
        };
    Comparator<byte[]> sql = (a, b) -> Arrays.compareUnsigned(pad(a, 8), pad(b, 8));
    assertOrder(SqlType.ofLength(TypeId.VARBINARY, 10), gen, sql);
  }

  private static byte[] pad(byte[] b, int n) {
    return Arrays.copyOf(b, n);
  }

  @Test
  void temporalTypesOrderChronologically() {
    Function<Random, LocalDate> date =
        r ->
            LocalDate.ofEpochDay(
                r.nextLong(
                    LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay()));
    Function<Random, LocalTime> time =
        r -> LocalTime.ofNanoOfDay(r.nextLong(86_400_000_000_000L) / 100 * 100);
    assertOrder(SqlType.of(TypeId.DATE), date, LocalDate::compareTo);
    assertOrder(SqlType.withScale(TypeId.TIME, 7), time, LocalTime::compareTo);
    assertOrder(
        SqlType.withScale(TypeId.DATETIME2, 7),
        r -> LocalDateTime.of(date.apply(r), time.apply(r)),
        LocalDateTime::compareTo);
    assertOrder(
        SqlType.of(TypeId.DATETIME),
        r -> LocalDateTime.of(date.apply(r), time.apply(r)),
        LocalDateTime::compareTo);
    Function<Random, OffsetDateTime> dto =
        r ->
            OffsetDateTime.of(
                LocalDateTime.of(
                    LocalDate.of(2000 + r.nextInt(3), 1, 1), LocalTime.of(r.nextInt(3), 0)),
                ZoneOffset.ofHours(r.nextInt(5) - 2));
    assertOrder(
        SqlType.withScale(TypeId.DATETIMEOFFSET, 7),
        dto,
        Comparator.comparing(OffsetDateTime::toInstant));
  }

  @Test
  void guidsOrderAsSqlServerUniqueidentifier() {
    Function<Random, UUID> gen =
        r -> new UUID(r.nextInt(4) == 0 ? 0 : r.nextLong(), r.nextInt(4) == 0 ? 0 : r.nextLong());
    assertOrder(SqlType.of(TypeId.UNIQUEIDENTIFIER), gen, KeyEncoderOrderTest::sqlGuidCompare);
    KeyColumn g = KeyColumn.asc(SqlType.of(TypeId.UNIQUEIDENTIFIER));
    // The last group is the most significant, the first group the least.
    assertThat(
            Arrays.compareUnsigned(
                key(g, UUID.fromString("ffffffff-ffff-ffff-ffff-000000000000")),
                key(g, UUID.fromString("00000000-0000-0000-0000-000000000001"))))
        .isNegative();
    assertThat(
            Arrays.compareUnsigned(
                key(g, UUID.fromString("00000000-0000-0000-ff00-000000000000")),
                key(g, UUID.fromString("00000000-0000-0000-00ff-000000000000"))))
        .isPositive();
  }

  /**
   * SqlGuid.CompareTo: the .NET byte array (first three fields little-endian) in this byte order.
   */
  private static int sqlGuidCompare(UUID a, UUID b) {
    int[] order = {10, 11, 12, 13, 14, 15, 8, 9, 6, 7, 4, 5, 0, 1, 2, 3};
    byte[] x = dotNetBytes(a);
    byte[] y = dotNetBytes(b);
    for (int i : order) {
      int c = Integer.compare(x[i] & 0xFF, y[i] & 0xFF);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static byte[] dotNetBytes(UUID u) {
    byte[] s = new byte[16];
    for (int i = 0; i < 8; i++) {
      s[i] = (byte) (u.getMostSignificantBits() >>> (56 - 8 * i));
      s[8 + i] = (byte) (u.getLeastSignificantBits() >>> (56 - 8 * i));
    }
    byte[] d = s.clone();
    d[0] = s[3];
    d[1] = s[2];
    d[2] = s[1];
    d[3] = s[0];
    d[4] = s[5];
    d[5] = s[4];
    d[6] = s[7];
    d[7] = s[6];
    return d;
  }

  @Test
  void compositeKeysOrderColumnByColumn() {
    List<KeyColumn> cols =
        List.of(
            KeyColumn.asc(SqlType.ofLength(TypeId.VARCHAR, 5)),
            KeyColumn.desc(SqlType.of(TypeId.INT)));
    for (int i = 0; i < PAIRS; i++) {
      Object[] a = {
        random.nextBoolean() ? "ab" : random.nextBoolean() ? "a" : null, random.nextInt(3)
      };
      Object[] b = {
        random.nextBoolean() ? "ab" : random.nextBoolean() ? "a" : null, random.nextInt(3)
      };
      int c0 =
          a[0] == null
              ? (b[0] == null ? 0 : -1)
              : b[0] == null ? 1 : ((String) a[0]).compareTo((String) b[0]);
      int expected = c0 != 0 ? c0 : -Integer.compare((Integer) a[1], (Integer) b[1]);
      int actual =
          Arrays.compareUnsigned(
              KeyEncoder.encode(new byte[] {7}, cols, a),
              KeyEncoder.encode(new byte[] {7}, cols, b));
      assertThat(Integer.signum(actual))
          .as("%s vs %s", Arrays.toString(a), Arrays.toString(b))
          .isEqualTo(Integer.signum(expected));
    }
  }

  @Test
  void sqlVariantOrdersByFamilyThenValue() {
    KeyColumn v = KeyColumn.asc(SqlType.of(TypeId.SQL_VARIANT));
    byte[] int5 = key(v, new SqlVariant(SqlType.of(TypeId.INT), 5));
    byte[] big5 = key(v, new SqlVariant(SqlType.of(TypeId.BIGINT), 5L));
    byte[] dec6 = key(v, new SqlVariant(SqlType.decimal(5, 1), new BigDecimal("6.0")));
    byte[] str = key(v, new SqlVariant(SqlType.ofLength(TypeId.NVARCHAR, 5), "zzz"));
    byte[] flt = key(v, new SqlVariant(SqlType.of(TypeId.FLOAT), -1.0));
    assertThat(int5).isEqualTo(big5);
    assertThat(Arrays.compareUnsigned(int5, dec6)).isNegative();
    assertThat(Arrays.compareUnsigned(str, int5)).isNegative();
    assertThat(Arrays.compareUnsigned(dec6, flt)).isNegative();
  }
}
