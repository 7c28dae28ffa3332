package dev.quern.server.dispatch;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.ResultColumn;
import dev.quern.server.types.WireTypes;
import dev.quern.tds.token.ColMetadataToken;
import dev.quern.tds.token.ColumnMetadata;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection's last result columns as COLMETADATA describes them [MS-TDS §2.2.7.4], kept for
 * the next result with the same column list: a prepared statement run again hands the engine's
 * same list instance, and working out each column's wire type anew was a visible share of a point
 * select, and so was encoding the token (names in UTF-16), which is therefore kept encoded too.
 * Keyed by identity (the engine's column lists are immutable) and TDS version. Used by one
 * request at a time: a session's requests run one after the other.
 */
final class ColumnDescriptions {
  /**
   * {@code columns} described: the token, its encoding under {@code tdsVersion} (not to be
   * modified), and each column's SQL type, in order.
   */
  record Described(List<ResultColumn> columns, int tdsVersion, ColMetadataToken token,
      byte[] encoded, List<SqlType> types) {}

  private Described last;

  /** The description of {@code columns} under {@code tdsVersion}. */
  Described of(List<ResultColumn> columns, int tdsVersion) {
    Described d = last;
    if (d == null || d.columns() != columns || d.tdsVersion() != tdsVersion) {
      d = describe(columns, tdsVersion);
      last = d;
    }
    return d;
  }

  static Described describe(List<ResultColumn> columns, int tdsVersion) {
    List<ColumnMetadata> cols = new ArrayList<>(columns.size());
    List<SqlType> types = new ArrayList<>(columns.size());
    for (ResultColumn c : columns) {
      ColumnMetadata m = ColumnMetadata.of(c.name(),
          WireTypes.typeInfo(c.type(), c.nullable(), tdsVersion, c.collation()), c.nullable());
      if (c.identity()) {
        m = m.withFlags(m.flags() | ColumnMetadata.FLAG_IDENTITY);
      }
      if (c.rowversion()) {
        m = m.withUserType(ColumnMetadata.USER_TYPE_TIMESTAMP); // what clients call timestamp
      }
      cols.add(m);
      types.add(c.type());
    }
    ColMetadataToken token = new ColMetadataToken(cols);
    ByteBuf buf = Unpooled.buffer();
    try {
      token.encode(buf, tdsVersion);
      return new Described(columns, tdsVersion, token, ByteBufUtil.getBytes(buf), List.copyOf(types));
    } finally {
      buf.release();
    }
  }
}
