package dev.quern.server.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.ListRowBatch;
import dev.quern.catalog.value.RowBatch.Layout;
import dev.quern.engine.api.ResultColumn;
import dev.quern.tds.type.TdsVersion;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rows sent as a batch are byte for byte the rows sent one by one, in every fallback case. */
class RowBatchEncoderTest {
  private static final SqlType NVARCHAR_5 = SqlType.ofLength(TypeId.NVARCHAR, 5);
  private static final SqlType NVARCHAR_MAX = SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX);

  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("i", SqlType.of(TypeId.INT), true),
          new ResultColumn("b", SqlType.of(TypeId.BIGINT), true),
          new ResultColumn("f", SqlType.of(TypeId.FLOAT), true),
          new ResultColumn("s", NVARCHAR_5, true),
          new ResultColumn("m", NVARCHAR_MAX, true),
          new ResultColumn("d", SqlType.decimal(10, 2), true));
  private static final Layout[] LAYOUTS = {
    Layout.INT32, Layout.INT64, Layout.FLOAT64, Layout.UTF8, Layout.UTF8, Layout.OTHER
  };

  private static final Object[][] ROWS = {
    {1, 2L, 0.5, "abcde", "x", new BigDecimal("1.25")},
    {null, null, null, null, null, null},
    {Integer.MIN_VALUE, Long.MAX_VALUE, Double.NaN, "", "", null},
    {7, null, -0.0, "é✓\uD83D\uDE00", "ж".repeat(5000), new BigDecimal("-0.01")},
    {null, 3L, 1.0, "a", "y".repeat(4001), null},
    {0, 0L, null, "\u0080\u07FF\uFFFF", null, BigDecimal.ZERO.setScale(2)},
  };

  @ParameterizedTest(name = "TDS {0}")
  @ValueSource(ints = {TdsVersion.V7_2, TdsVersion.V7_3B, TdsVersion.V7_4})
  void writesTheSameBytesAsRowByRow(int tdsVersion) {
    String byRow = response(tdsVersion, COLUMNS, s -> {
      for (Object[] row : ROWS) {
        s.row(row);
      }
    });
    String byBatch = response(tdsVersion, COLUMNS, s -> s.rows(new ListRowBatch(ROWS, LAYOUTS)));
    assertThat(byBatch).isEqualTo(byRow);
  }

  @Test
  void setTextSizeCutsMaxAndLobValuesOnly() {
    // SET TEXTSIZE 6: six bytes of nvarchar(max) (three characters), varchar(max), varbinary(max)
    // and ntext; nvarchar(10) and xml whole.
    List<ResultColumn> cols = List.of(
        new ResultColumn("m", NVARCHAR_MAX, true),
        new ResultColumn("v", SqlType.ofLength(TypeId.VARCHAR, SqlType.MAX), true),
        new ResultColumn("b", SqlType.ofLength(TypeId.VARBINARY, SqlType.MAX), true),
        new ResultColumn("n", SqlType.of(TypeId.NTEXT), true),
        new ResultColumn("s", SqlType.ofLength(TypeId.NVARCHAR, 10), true),
        new ResultColumn("x", SqlType.of(TypeId.XML), true));
    byte[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    Object[][] rows = {{"abcdefgh", "abcdefgh", ten, "abcdefgh", "abcdefgh", "<a>abcdefgh</a>"}, {null, null, null, null, null, null}};
    Object[][] cut = {{"abc", "abcdef", java.util.Arrays.copyOf(ten, 6), "abc", "abcdefgh", "<a>abcdefgh</a>"}, rows[1]};
    Layout[] layouts = {Layout.UTF8, Layout.UTF8, Layout.OTHER, Layout.OTHER, Layout.UTF8, Layout.OTHER};
    String expected = response(TdsVersion.V7_4, cols, s -> {
      for (Object[] row : cut) {
        s.row(row);
      }
    });
    String byRow = response(TdsVersion.V7_4, 6, cols, s -> {
      for (Object[] row : rows) {
        s.row(row);
      }
    });
    assertThat(byRow).isEqualTo(expected);
    assertThat(response(TdsVersion.V7_4, 6, cols, s -> s.rows(new ListRowBatch(rows, layouts)))).isEqualTo(expected);
  }

  @Test
  void readsColumnsWhoseWireTypeIsNotTheirLayoutsAsValues() {
    // A column declared bigint read as INT64 is plain; a tinyint one has no unboxed writer.
    List<ResultColumn> cols = List.of(
        new ResultColumn("t", SqlType.of(TypeId.TINYINT), true),
        new ResultColumn("v", SqlType.ofLength(TypeId.VARCHAR, 10), true),
        new ResultColumn("r", SqlType.of(TypeId.REAL), false));
    Object[][] rows = {{5, "café", 1.5f}, {null, null, 2.5f}};
    Layout[] layouts = {Layout.OTHER, Layout.UTF8, Layout.OTHER};
    String byRow = response(TdsVersion.V7_4, cols, s -> {
      for (Object[] row : rows) {
        s.row(row);
      }
    });
    assertThat(response(TdsVersion.V7_4, cols, s -> s.rows(new ListRowBatch(rows, layouts))))
        .isEqualTo(byRow);
  }

  @Test
  void writesLongAsciiTextAmongFixedValuesAsRowByRow() {
    // Long ASCII values grow the encoder's row scratch; fixed values follow them in the row.
    SqlType nv4000 = SqlType.ofLength(TypeId.NVARCHAR, 4000);
    List<ResultColumn> cols = new ArrayList<>();
    List<Layout> layouts = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      cols.add(new ResultColumn("s" + c, nv4000, true));
      cols.add(new ResultColumn("i" + c, SqlType.of(TypeId.INT), true));
      cols.add(new ResultColumn("f" + c, SqlType.of(TypeId.FLOAT), true));
      layouts.addAll(List.of(Layout.UTF8, Layout.INT32, Layout.FLOAT64));
    }
    cols.add(new ResultColumn("n", SqlType.ofLength(TypeId.NCHAR, 3), true));
    layouts.add(Layout.UTF8);
    Object[][] rows = {
      {"a".repeat(3999), 1, 1.5, "b".repeat(4000), 2, 2.5, "", 3, 3.5, "ü".repeat(10), 4, 4.5, "abc"},
      {"x", null, null, null, 5, -1.0, "y".repeat(2500), null, 0.0, "z".repeat(4000), 6, null, "é"},
    };
    Layout[] l = layouts.toArray(Layout[]::new);
    for (int v : new int[] {TdsVersion.V7_2, TdsVersion.V7_4}) {
      String byRow = response(v, cols, s -> {
        for (Object[] row : rows) {
          s.row(row);
        }
      });
      assertThat(response(v, cols, s -> s.rows(new ListRowBatch(rows, l)))).isEqualTo(byRow);
    }
  }

  @Test
  void writesTextOfEveryLengthWithANonAsciiCharacterAtEveryPositionAsRowByRow() {
    // ASCII text is widened eight bytes at a time, then byte by byte: every length around those
    // blocks, and a non-ASCII character in a block or in the tail, must give the same bytes.
    List<ResultColumn> cols = List.of(
        new ResultColumn("s", SqlType.ofLength(TypeId.NVARCHAR, 20), true),
        new ResultColumn("i", SqlType.of(TypeId.INT), true));
    List<Object[]> rows = new ArrayList<>();
    for (int len = 0; len <= 20; len++) {
      StringBuilder ascii = new StringBuilder();
      for (int k = 0; k < len; k++) {
        ascii.append((char) (0x21 + (len * 7 + k * 13) % 0x5E));
      }
      rows.add(new Object[] {ascii.toString(), len});
      for (int at = 0; at < len; at++) {
        StringBuilder other = new StringBuilder(ascii);
        other.setCharAt(at, at % 2 == 0 ? '\u00E9' : '\u007F');
        rows.add(new Object[] {other.toString(), at});
      }
    }
    Object[][] all = rows.toArray(Object[][]::new);
    Layout[] layouts = {Layout.UTF8, Layout.INT32};
    String byRow = response(TdsVersion.V7_4, cols, s -> {
      for (Object[] row : all) {
        s.row(row);
      }
    });
    assertThat(response(TdsVersion.V7_4, cols, s -> s.rows(new ListRowBatch(all, layouts))))
        .isEqualTo(byRow);
  }

  @Test
  void writesRowsWiderThanTheNullMaskAsRowByRow() {
    List<ResultColumn> cols = new ArrayList<>();
    Layout[] layouts = new Layout[70];
    Object[][] rows = new Object[2][70];
    for (int c = 0; c < 70; c++) {
      cols.add(new ResultColumn("c" + c, SqlType.of(TypeId.INT), true));
      layouts[c] = Layout.INT32;
      rows[0][c] = c;
      rows[1][c] = c % 3 == 0 ? null : -c;
    }
    String byRow = response(TdsVersion.V7_4, cols, s -> {
      s.row(rows[0]);
      s.row(rows[1]);
    });
    assertThat(response(TdsVersion.V7_4, cols, s -> s.rows(new ListRowBatch(rows, layouts))))
        .isEqualTo(byRow);
  }

  @Test
  void rejectsATooLongValueWithoutLeavingHalfARow() {
    Object[][] rows = {{1, 1L, 1.0, "ok", "ok", null}, {2, 2L, 2.0, "toolong", "x", null}};
    EmbeddedChannel channel = new EmbeddedChannel();
    PacketOutput out = new PacketOutput(channel, 51, 4096, new WritabilityGate());
    TokenResultSink sink = new TokenResultSink(out, TdsVersion.V7_4, "QUERN", () -> 0);
    sink.columns(COLUMNS);
    int before = out.buffer().writerIndex();
    sink.rows(new ListRowBatch(new Object[][] {rows[0]}, LAYOUTS));
    int afterFirst = out.buffer().writerIndex();
    assertThat(afterFirst).isGreaterThan(before);
    assertThatThrownBy(() -> sink.rows(new ListRowBatch(new Object[][] {rows[1]}, LAYOUTS)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(out.buffer().writerIndex()).isEqualTo(afterFirst);
    out.abandon();
  }

  @Test
  void keepsTheRowsBeforeAFailingValueOfTheSameBatch() {
    List<Object[]> ok = new ArrayList<>();
    for (int i = 0; i < 700; i++) { // more than one flush of the scratch
      ok.add(new Object[] {i, (long) i, i / 2.0, i % 2 == 0 ? "ab" : null, "m" + i, null});
    }
    for (Object bad : new Object[] {"toolong", "é✓toolong"}) {
      String expected = failingResponse(s -> ok.forEach(s::row), s -> s.row(new Object[] {1, 1L, 1.0, bad, "x", null}));
      List<Object[]> all = new ArrayList<>(ok);
      all.add(new Object[] {1, 1L, 1.0, bad, "x", null});
      all.add(ROWS[0]);
      String actual = failingResponse(s -> {}, s -> s.rows(new ListRowBatch(all.toArray(Object[][]::new), LAYOUTS)));
      assertThat(actual).isEqualTo(expected);
    }
  }

  /** As {@link #response}, with {@code failing} expected to throw before the result set ends. */
  private static String failingResponse(Consumer<TokenResultSink> rows, Consumer<TokenResultSink> failing) {
    return response(TdsVersion.V7_4, COLUMNS, s -> {
      rows.accept(s);
      assertThatThrownBy(() -> failing.accept(s)).isInstanceOf(IllegalArgumentException.class);
    });
  }

  /** The payload of everything the sink wrote for one result set, as hex. */
  private static String response(int tdsVersion, List<ResultColumn> cols, Consumer<TokenResultSink> rows) {
    return response(tdsVersion, Integer.MAX_VALUE, cols, rows);
  }

  private static String response(
      int tdsVersion, int textSize, List<ResultColumn> cols, Consumer<TokenResultSink> rows) {
    EmbeddedChannel channel = new EmbeddedChannel();
    PacketOutput out = new PacketOutput(channel, 51, 512, new WritabilityGate());
    TokenResultSink sink = new TokenResultSink(out, tdsVersion, "QUERN", () -> 0);
    sink.textSize(() -> textSize);
    sink.columns(cols);
    rows.accept(sink);
    sink.done(ROWS.length, false);
    sink.endBatch(0);
    sink.finish();
    ByteBuf all = Unpooled.buffer();
    ByteBuf p;
    while ((p = channel.readOutbound()) != null) {
      // A write holds one or more packets from its reader index on (the last packet is the
      // response buffer itself, its header written in front of the unsent rest).
      while (p.isReadable()) {
        int length = p.getUnsignedShort(p.readerIndex() + 2);
        all.writeBytes(p.skipBytes(8), length - 8);
      }
      p.release();
    }
    String hex = ByteBufUtil.hexDump(all);
    all.release();
    return hex;
  }
}
