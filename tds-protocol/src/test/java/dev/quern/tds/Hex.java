package dev.quern.tds;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.HexFormat;

/** Hex helpers for wire fixtures: spaces and '|' separators are ignored. */
public final class Hex {
  private Hex() {}

  public static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex.replaceAll("[\\s|]", "").toLowerCase(java.util.Locale.ROOT));
  }

  public static ByteBuf buf(String hex) {
    return Unpooled.wrappedBuffer(bytes(hex));
  }

  public static String of(ByteBuf buf) {
    return ByteBufUtil.hexDump(buf);
  }

  public static String of(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
