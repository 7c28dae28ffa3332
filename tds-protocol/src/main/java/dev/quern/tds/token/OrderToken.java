package dev.quern.tds.token;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;

/**
 * ORDER [MS-TDS §2.2.7.17]: {@code 0xA9 Length USHORT | *ColNum USHORT} — the 1-based columns an
 * ORDER BY sorted the result on, sent after COLMETADATA.
 */
public record OrderToken(List<Integer> columns) {
  public OrderToken {
    columns = List.copyOf(columns);
  }

  public static OrderToken decode(ByteBuf in, int tdsVersion) {
    ByteBuf body = TokenFrames.lengthPrefixed(in, TokenType.ORDER);
    if (body == null) {
      return null;
    }
    if ((body.readableBytes() & 1) != 0) {
      throw new TdsProtocolException("ORDER length is odd");
    }
    List<Integer> cols = new ArrayList<>(body.readableBytes() / 2);
    while (body.isReadable()) {
      cols.add(body.readUnsignedShortLE());
    }
    return new OrderToken(cols);
  }

  public void encode(ByteBuf out, int tdsVersion) {
    int at = TokenFrames.begin(out, TokenType.ORDER);
    for (int c : columns) {
      out.writeShortLE(c);
    }
    TokenFrames.end(out, at);
  }
}
