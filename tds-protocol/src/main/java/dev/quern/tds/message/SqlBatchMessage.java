package dev.quern.tds.message;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.wire.Wire;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * A SQL_BATCH request [MS-TDS §2.2.6.7]: ALL_HEADERS (TDS 7.2+) then UTF-16LE text filling the
 * rest of the message, with no length and no terminator.
 */
public record SqlBatchMessage(AllHeaders headers, String sql) {

  public static SqlBatchMessage decode(ByteBuf in, int tdsVersion) {
    AllHeaders headers = AllHeaders.decode(in, tdsVersion);
    if ((in.readableBytes() & 1) != 0) {
      throw new TdsProtocolException("SQL_BATCH text has an odd number of bytes");
    }
    return new SqlBatchMessage(headers, Wire.readUcs2(in, in.readableBytes() / 2, "SQL text"));
  }

  public void encode(ByteBuf out) {
    headers.encode(out);
    out.writeCharSequence(sql, StandardCharsets.UTF_16LE);
  }

  @Override
  public String toString() {
    String shown = sql.length() > 200 ? sql.substring(0, 200) + "…" : sql;
    return "SqlBatchMessage[headers=" + headers + ", sql=" + shown + "]";
  }
}
