package dev.quern.server.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.tds.token.ColumnMetadata;
import dev.quern.tds.type.TdsVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A connection's column descriptions are reused for the same column list, and only for it. */
class ColumnDescriptionsTest {
  private static List<ResultColumn> columns() {
    return List.of(new ResultColumn("id", SqlType.of(TypeId.INT), false, true),
        new ResultColumn("s", SqlType.ofLength(TypeId.NVARCHAR, 20), true));
  }

  @Test
  void theSameColumnListIsDescribedOnce() {
    ColumnDescriptions cache = new ColumnDescriptions();
    List<ResultColumn> cols = columns();
    ColumnDescriptions.Described d = cache.of(cols, TdsVersion.V7_4);
    assertThat(cache.of(cols, TdsVersion.V7_4)).isSameAs(d);
    assertThat(d.types()).containsExactly(SqlType.of(TypeId.INT), SqlType.ofLength(TypeId.NVARCHAR, 20));
    assertThat(d.token().columns().getFirst().flags() & ColumnMetadata.FLAG_IDENTITY).isNotZero();
  }

  @Test
  void anotherListOrTdsVersionIsDescribedAnew() {
    ColumnDescriptions cache = new ColumnDescriptions();
    List<ResultColumn> cols = columns();
    ColumnDescriptions.Described d = cache.of(cols, TdsVersion.V7_4);
    assertThat(cache.of(columns(), TdsVersion.V7_4)).as("equal, not the same").isNotSameAs(d);
    assertThat(cache.of(cols, TdsVersion.V7_1)).isNotSameAs(d);
  }

  @Test
  void theKeptEncodingIsTheTokensEncodingUnderItsVersion() {
    for (int version : new int[] {TdsVersion.V7_4, TdsVersion.V7_1}) {
      ColumnDescriptions.Described d = new ColumnDescriptions().of(columns(), version);
      io.netty.buffer.ByteBuf fresh = io.netty.buffer.Unpooled.buffer();
      d.token().encode(fresh, version);
      assertThat(d.encoded()).isEqualTo(io.netty.buffer.ByteBufUtil.getBytes(fresh));
      assertThat(d.encoded()[0]).isEqualTo((byte) 0x81); // COLMETADATA
      fresh.release();
    }
  }
}
