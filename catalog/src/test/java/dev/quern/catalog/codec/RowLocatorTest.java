package dev.quern.catalog.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link RowCodec.Locator} finds the bytes {@link RowCodec#decode} turns into each value. */
class RowLocatorTest {
  private static final RowLayout LAYOUT =
      RowLayout.of(
          SqlType.of(TypeId.INT),
          SqlType.ofLength(TypeId.NVARCHAR, 20),
          SqlType.decimal(10, 2),
          SqlType.of(TypeId.FLOAT),
          SqlType.of(TypeId.SMALLINT),
          SqlType.ofLength(TypeId.VARCHAR, 5),
          SqlType.of(TypeId.BIGINT),
          SqlType.ofLength(TypeId.NCHAR, 3),
          SqlType.ofLength(TypeId.CHAR, 2),
          SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX));

  @Test
  void copyableSlotsReadAsTheirDecodedValues() {
    Random random = new Random(7);
    RowCodec.Locator locator = RowCodec.locator(LAYOUT);
    for (int round = 0; round < 2000; round++) {
      Object[] values = randomRow(random);
      byte[] row = RowCodec.encode(LAYOUT, values, null);
      Object[] decoded = RowCodec.decode(LAYOUT, row, null);
      locator.locate(row);
      for (int i = 0; i < LAYOUT.size(); i++) {
        if (decoded[i] == null) {
          assertThat(locator.length(i)).isEqualTo(RowCodec.Locator.NULL_SLOT);
          continue;
        }
        assertThat(locator.length(i)).isNotNegative();
        if (RowCodec.copyable(LAYOUT.slots().get(i))) {
          assertThat(read(LAYOUT.type(i), row, locator.start(i), locator.length(i))).isEqualTo(decoded[i]);
        }
      }
    }
  }

  @Test
  void slotsAddedAfterTheRowWasWrittenAreMissingAndDroppedOnesNull() {
    RowLayout old = RowLayout.of(SqlType.of(TypeId.INT), SqlType.ofLength(TypeId.NVARCHAR, 4), SqlType.of(TypeId.BIGINT));
    byte[] row = RowCodec.encode(old, new Object[] {5, "ab", 9L}, null);
    RowLayout now = old.drop(1).with(new RowLayout.Slot(SqlType.of(TypeId.INT), 42, false));
    RowCodec.Locator locator = RowCodec.locator(now);
    locator.locate(row);
    assertThat(locator.length(0)).isEqualTo(4);
    assertThat(RowCodec.readInt(row, locator.start(0))).isEqualTo(5);
    assertThat(locator.length(1)).isEqualTo(RowCodec.Locator.NULL_SLOT);
    assertThat(RowCodec.readLong(row, locator.start(2))).isEqualTo(9L);
    assertThat(locator.length(3)).isEqualTo(RowCodec.Locator.MISSING_SLOT);
  }

  @Test
  void onlyInRowIntsFloatsAndTextAreCopyable() {
    List<Boolean> copyable = LAYOUT.slots().stream().map(RowCodec::copyable).toList();
    assertThat(copyable).containsExactly(true, true, false, true, false, true, true, true, true, false);
    assertThat(RowCodec.copyable(new RowLayout.Slot(SqlType.of(TypeId.INT), null, true))).isFalse();
  }

  @Test
  void corruptRowsFailAsInDecode() {
    byte[] row = RowCodec.encode(LAYOUT, randomRow(new Random(1)), null);
    RowCodec.Locator locator = RowCodec.locator(LAYOUT);
    byte[] format = row.clone();
    format[0] = 9;
    assertThatThrownBy(() -> locator.locate(format)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown row format 9");
    byte[] cut = java.util.Arrays.copyOf(row, row.length - 1);
    assertThatThrownBy(() -> locator.locate(cut)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RowCodec.decode(LAYOUT, cut, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rowsInAReusedBufferLocateAsThemselves() {
    Random random = new Random(11);
    RowCodec.Locator alone = RowCodec.locator(LAYOUT);
    RowCodec.Locator buffered = RowCodec.locator(LAYOUT);
    byte[] buffer = new byte[4096];
    for (int round = 0; round < 500; round++) {
      byte[] row = RowCodec.encode(LAYOUT, randomRow(random), null);
      random.nextBytes(buffer); // what a longer earlier row left behind
      System.arraycopy(row, 0, buffer, 0, row.length);
      alone.locate(row);
      buffered.locate(buffer, row.length);
      for (int i = 0; i < LAYOUT.size(); i++) {
        assertThat(buffered.length(i)).isEqualTo(alone.length(i));
        if (alone.length(i) >= 0) {
          assertThat(buffered.start(i)).isEqualTo(alone.start(i));
        }
      }
    }
  }

  @Test
  void aRowCutShortInAReusedBufferFailsLikeTheCutRow() {
    byte[] row = RowCodec.encode(LAYOUT, new Object[] {1, "abc", null, 2.5, null, "x", 7L, "é", "ab", "tail"}, null);
    RowCodec.Locator locator = RowCodec.locator(LAYOUT);
    byte[] buffer = java.util.Arrays.copyOf(row, row.length + 64);
    for (int length = 1; length < row.length; length++) {
      int cut = length;
      assertThatThrownBy(() -> locator.locate(buffer, cut)).as("cut at %d", cut).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static Object read(SqlType type, byte[] row, int at, int length) {
    return switch (type.id()) {
      case INT -> RowCodec.readInt(row, at);
      case BIGINT -> RowCodec.readLong(row, at);
      case FLOAT -> Double.longBitsToDouble(RowCodec.readLong(row, at));
      default -> new String(row, at, length, StandardCharsets.UTF_8);
    };
  }

  private static Object[] randomRow(Random r) {
    String[] texts = {"", "a", "héllo", "日本語", "😀x", "12345678901234567890"};
    List<Object> v = new ArrayList<>();
    v.add(r.nextBoolean() ? null : r.nextInt());
    v.add(r.nextBoolean() ? null : texts[r.nextInt(texts.length)]);
    v.add(r.nextBoolean() ? null : new BigDecimal(r.nextInt(100000)).movePointLeft(2));
    v.add(r.nextBoolean() ? null : r.nextGaussian() * 1e6);
    v.add(r.nextBoolean() ? null : r.nextInt(-32768, 32768));
    v.add(r.nextBoolean() ? null : texts[r.nextInt(3)]);
    v.add(r.nextBoolean() ? null : r.nextLong());
    v.add(r.nextBoolean() ? null : "é" + r.nextInt(10));
    v.add(r.nextBoolean() ? null : "ab");
    v.add(r.nextBoolean() ? null : texts[r.nextInt(texts.length)]);
    return v.toArray();
  }
}
