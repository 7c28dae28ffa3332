package dev.quern.engine.exec.op;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The columnar projection writes an integer's text as Long.toString does, at any position. */
class ColumnarDigitsTest {
  @Test
  void writesWhatLongToStringWrites() {
    long[] edges = {0, 1, -1, 9, 10, 99, 100, 101, 999, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 10, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L};
    for (long v : edges) {
      assertDigits(v);
      assertDigits(-v);
    }
    SplittableRandom random = new SplittableRandom(4);
    for (int i = 0; i < 100_000; i++) {
      long v = random.nextLong() >> random.nextInt(64);
      assertDigits(v);
    }
  }

  private static void assertDigits(long v) {
    byte[] out = new byte[25];
    int end = ColumnarProjection.Digits.write(v, out, 3);
    assertThat(new String(out, 3, end - 3, StandardCharsets.US_ASCII)).isEqualTo(Long.toString(v));
  }
}
