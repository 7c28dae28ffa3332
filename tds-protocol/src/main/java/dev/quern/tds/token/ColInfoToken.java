package dev.quern.tds.token;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * COLINFO [MS-TDS §2.2.7.6]: {@code 0xA5 Length USHORT | *(ColNum BYTE TableNum BYTE Status BYTE
 * [ColName B_VARCHAR])} — for each result column its table (TABNAME's, from 1; 0 none) and whether
 * it is an expression (0x04), a key (0x08), hidden (0x10) or named differently in its table (0x20,
 * the base name following). Drivers decide from it which columns a cursor can update.
 */
public record ColInfoToken(List<Column> columns) {
  public static final int EXPRESSION = 0x04;
  public static final int KEY = 0x08;
  public static final int HIDDEN = 0x10;
  public static final int DIFFERENT_NAME = 0x20;

  /** One column's browse information; {@code baseName} only with DIFFERENT_NAME. */
  public record Column(int number, int table, int status, String baseName) {}

  public ColInfoToken {
    columns = List.copyOf(columns);
  }

  public static ColInfoToken decode(ByteBuf in, int tdsVersion) {
    ByteBuf body = TokenFrames.lengthPrefixed(in, TokenType.COLINFO);
    if (body == null) {
      return null;
    }
    List<Column> columns = new ArrayList<>();
    while (body.isReadable()) {
      if (body.readableBytes() < 3) {
        throw new TdsProtocolException("COLINFO entry cut short");
      }
      int number = body.readUnsignedByte();
      int table = body.readUnsignedByte();
      int status = body.readUnsignedByte();
      String name = null;
      if ((status & DIFFERENT_NAME) != 0) {
        int chars = body.readUnsignedByte();
        if (body.readableBytes() < chars * 2) {
          throw new TdsProtocolException("COLINFO name cut short");
        }
        name = body.readCharSequence(chars * 2, StandardCharsets.UTF_16LE).toString();
      }
      columns.add(new Column(number, table, status, name));
    }
    return new ColInfoToken(columns);
  }

  public void encode(ByteBuf out, int tdsVersion) {
    int at = TokenFrames.begin(out, TokenType.COLINFO);
    for (Column c : columns) {
      out.writeByte(c.number());
      out.writeByte(c.table());
      out.writeByte(c.status());
      if ((c.status() & DIFFERENT_NAME) != 0) {
        out.writeByte(c.baseName().length());
        out.writeCharSequence(c.baseName(), StandardCharsets.UTF_16LE);
      }
    }
    TokenFrames.end(out, at);
  }
}
