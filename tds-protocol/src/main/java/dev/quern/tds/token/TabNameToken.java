package dev.quern.tds.token;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * TABNAME [MS-TDS §2.2.7.21]: {@code 0xA4 Length USHORT | *(NumParts BYTE *PartName US_VARCHAR)} —
 * the tables a browse-mode or server-cursor result reads (TDS 7.1 rev 1 and later), each as its
 * name parts (schema, table); COLINFO's TableNum counts them from 1.
 */
public record TabNameToken(List<List<String>> tables) {
  public TabNameToken {
    tables = tables.stream().map(List::copyOf).toList();
  }

  public static TabNameToken decode(ByteBuf in, int tdsVersion) {
    ByteBuf body = TokenFrames.lengthPrefixed(in, TokenType.TABNAME);
    if (body == null) {
      return null;
    }
    List<List<String>> tables = new ArrayList<>();
    while (body.isReadable()) {
      int parts = body.readUnsignedByte();
      List<String> name = new ArrayList<>(parts);
      for (int i = 0; i < parts; i++) {
        if (body.readableBytes() < 2) {
          throw new TdsProtocolException("TABNAME part cut short");
        }
        int chars = body.readUnsignedShortLE();
        if (body.readableBytes() < chars * 2) {
          throw new TdsProtocolException("TABNAME part cut short");
        }
        name.add(body.readCharSequence(chars * 2, StandardCharsets.UTF_16LE).toString());
      }
      tables.add(name);
    }
    return new TabNameToken(tables);
  }

  public void encode(ByteBuf out, int tdsVersion) {
    int at = TokenFrames.begin(out, TokenType.TABNAME);
    for (List<String> table : tables) {
      out.writeByte(table.size());
      for (String part : table) {
        out.writeShortLE(part.length());
        out.writeCharSequence(part, StandardCharsets.UTF_16LE);
      }
    }
    TokenFrames.end(out, at);
  }
}
