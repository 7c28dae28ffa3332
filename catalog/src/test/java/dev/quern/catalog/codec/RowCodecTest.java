package dev.quern.catalog.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.rocks.RocksKvStore;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowCodecTest {
  private static final RowLayout ALL =
      RowLayout.of(
          SqlType.of(TypeId.TINYINT),
          SqlType.of(TypeId.SMALLINT),
          SqlType.of(TypeId.INT),
          SqlType.of(TypeId.BIGINT),
          SqlType.of(TypeId.BIT),
          SqlType.decimal(38, 6),
          SqlType.of(TypeId.MONEY),
          SqlType.of(TypeId.SMALLMONEY),
          SqlType.of(TypeId.REAL),
          SqlType.of(TypeId.FLOAT),
          SqlType.ofLength(TypeId.VARCHAR, 20),
          SqlType.ofLength(TypeId.NVARCHAR, 20),
          SqlType.ofLength(TypeId.VARBINARY, 20),
          SqlType.of(TypeId.DATE),
          SqlType.withScale(TypeId.TIME, 7),
          SqlType.withScale(TypeId.DATETIME2, 7),
          SqlType.withScale(TypeId.DATETIMEOFFSET, 7),
          SqlType.of(TypeId.UNIQUEIDENTIFIER),
          SqlType.of(TypeId.SQL_VARIANT),
          SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX));

  private static final Object[] SAMPLE = {
    255,
    -32768,
    Integer.MIN_VALUE,
    Long.MAX_VALUE,
    true,
    new BigDecimal("-12345678901234567890123456789012.123456"),
    new BigDecimal("922337203685477.5807"),
    new BigDecimal("-214748.3648"),
    -1.5f,
    Math.PI,
    "héllo",
    "日本語 ok",
    new byte[] {0, 1, 2, (byte) 0xFF},
    LocalDate.of(1, 1, 1),
    LocalTime.of(23, 59, 59, 999_999_900),
    LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_900),
    OffsetDateTime.of(2024, 2, 29, 12, 0, 0, 100, ZoneOffset.ofHoursMinutes(-5, -30)),
    UUID.fromString("6F9619FF-8B86-D011-B42D-00C04FC964FF"),
    new SqlVariant(SqlType.decimal(10, 2), new BigDecimal("3.14")),
    "small max value"
  };

  @Test
  void roundTripsEveryTypeAndEveryNullPattern() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      Object[] row = SAMPLE.clone();
      for (int i = 0; i < row.length; i++) {
        if (random.nextInt(3) == 0) {
          row[i] = null;
        }
      }
      byte[] bytes = RowCodec.encode(ALL, row, null);
      assertThat(RowCodec.decode(ALL, bytes, null)).usingRecursiveComparison().isEqualTo(row);
      for (int i = 0; i < row.length; i++) {
        assertThat(RowCodec.decodeSlot(ALL, bytes, i, null))
            .usingRecursiveComparison()
            .isEqualTo(row[i]);
      }
    }
  }

  @Test
  void decodesOnlyTheWantedSlotsAndLeavesTheOthersNull() {
    Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      Object[] row = SAMPLE.clone();
      boolean[] wanted = new boolean[row.length];
      for (int i = 0; i < row.length; i++) {
        if (random.nextInt(3) == 0) {
          row[i] = null;
        }
        wanted[i] = random.nextBoolean();
      }
      Object[] expected = new Object[row.length];
      for (int i = 0; i < row.length; i++) {
        expected[i] = wanted[i] ? row[i] : null;
      }
      byte[] bytes = RowCodec.encode(ALL, row, null);
      assertThat(RowCodec.decode(ALL, bytes, null, wanted))
          .usingRecursiveComparison()
          .isEqualTo(expected);
    }
  }

  @Test
  void partialDecodeOfAnOldRowGivesMissingValuesOnlyWhereWanted() {
    RowLayout v1 = RowLayout.of(SqlType.of(TypeId.INT), SqlType.ofLength(TypeId.NVARCHAR, 10));
    byte[] old = RowCodec.encode(v1, new Object[] {1, "a"}, null);
    RowLayout v2 =
        v1.with(new RowLayout.Slot(SqlType.of(TypeId.INT), 42, false))
            .with(new RowLayout.Slot(SqlType.of(TypeId.INT), 43, false));
    assertThat(RowCodec.decode(v2, old, null, new boolean[] {false, true, false, true}))
        .containsExactly(null, "a", null, 43);
  }

  @Test
  void allNullRowIsTiny() {
    byte[] bytes = RowCodec.encode(ALL, new Object[ALL.size()], null);
    assertThat(bytes.length).isLessThanOrEqualTo(1 + 1 + 3 + 1);
    assertThat(RowCodec.decode(ALL, bytes, null)).containsOnlyNulls();
  }

  @Test
  void oldRowsReadUnderAnEvolvedLayout() {
    RowLayout v1 =
        RowLayout.of(
            SqlType.of(TypeId.INT),
            SqlType.ofLength(TypeId.NVARCHAR, 10),
            SqlType.of(TypeId.BIGINT));
    byte[] old = RowCodec.encode(v1, new Object[] {1, "a", 9L}, null);
    RowLayout v2 =
        v1.drop(1)
            .with(RowLayout.Slot.of(SqlType.of(TypeId.DATE)))
            .with(new RowLayout.Slot(SqlType.of(TypeId.INT), 42, false));
    assertThat(RowCodec.decode(v2, old, null)).containsExactly(1, null, 9L, null, 42);
    assertThat(RowCodec.decodeSlot(v2, old, 4, null)).isEqualTo(42);
    assertThat(RowCodec.decodeSlot(v2, old, 2, null)).isEqualTo(9L);
    byte[] fresh =
        RowCodec.encode(v2, new Object[] {2, "ignored", 8L, LocalDate.of(2020, 1, 1), 7}, null);
    assertThat(RowCodec.decode(v2, fresh, null))
        .containsExactly(2, null, 8L, LocalDate.of(2020, 1, 1), 7);
  }

  @Test
  void largeValuesLeaveTheRowInChunksAndStreamBack(@TempDir Path dir) throws Exception {
    RowLayout layout =
        RowLayout.of(
            SqlType.of(TypeId.INT),
            SqlType.ofLength(TypeId.VARBINARY, SqlType.MAX),
            SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX));
    byte[] big = new byte[LobStore.CHUNK_SIZE * 3 + 17];
    new Random(1).nextBytes(big);
    String text = "x".repeat(LobStore.INLINE_LIMIT + 1);
    AtomicLong ids = new AtomicLong();
    try (RocksKvStore store = RocksKvStore.open(dir)) {
      byte[] row;
      try (KvTxn t = store.begin()) {
        LobStore lobs = new LobStore(t, new byte[] {9}, ids::incrementAndGet);
        row = RowCodec.encode(layout, new Object[] {1, big, text}, lobs::write);
        assertThat(row.length).isLessThan(100);
        t.commit();
      }
      try (KvTxn t = store.begin()) {
        LobStore lobs = new LobStore(t, new byte[] {9}, ids::incrementAndGet);
        Object[] values = RowCodec.decode(layout, row, lobs::read);
        assertThat((byte[]) values[1]).isEqualTo(big);
        assertThat(values[2]).isEqualTo(text);
        List<LobRef> refs = RowCodec.lobRefs(layout, row);
        assertThat(refs).hasSize(2);
        try (InputStream in = lobs.open(refs.getFirst())) {
          assertThat(in.readAllBytes()).isEqualTo(big);
        }
        assertThat(new String(lobs.read(refs.get(1)), StandardCharsets.UTF_8)).isEqualTo(text);
        lobs.delete(refs.getFirst());
        try (InputStream in = lobs.open(refs.getFirst())) {
          assertThat(in.read()).isEqualTo(-1);
        }
      }
    }
  }

  @Test
  void smallMaxValuesStayInRow() {
    RowLayout layout = RowLayout.of(SqlType.ofLength(TypeId.VARCHAR, SqlType.MAX));
    String v = "y".repeat(LobStore.INLINE_LIMIT);
    byte[] row =
        RowCodec.encode(
            layout,
            new Object[] {v},
            data -> {
              throw new AssertionError("no LOB expected");
            });
    assertThat(RowCodec.decode(layout, row, null)).containsExactly(v);
  }
}
