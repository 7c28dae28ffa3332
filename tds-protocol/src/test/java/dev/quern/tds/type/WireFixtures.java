package dev.quern.tds.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.function.Consumer;
import java.util.function.Function;

/** Helpers for wire tests: hex fixtures, encode-to-bytes, and the every-prefix truncation check. */
public final class WireFixtures {
  private WireFixtures() {}

  /** Bytes from hex with optional spaces and bars, e.g. {@code "04 01 00 | 00 00"}. */
  public static byte[] hex(String s) {
    return ByteBufUtil.decodeHexDump(s.replaceAll("[\\s|]", ""));
  }

  public static String hexOf(byte[] b) {
    return ByteBufUtil.hexDump(b);
  }

  /** Runs an encoder on a fresh buffer and returns what it wrote. */
  public static byte[] encoded(Consumer<ByteBuf> encoder) {
    ByteBuf buf = Unpooled.buffer();
    try {
      encoder.accept(buf);
      return ByteBufUtil.getBytes(buf);
    } finally {
      buf.release();
    }
  }

  /** Decodes all of {@code bytes}, asserting the decoder consumed exactly them. */
  public static <T> T decodeAll(byte[] bytes, Function<ByteBuf, T> decoder) {
    ByteBuf buf = Unpooled.wrappedBuffer(bytes);
    try {
      T result = decoder.apply(buf);
      assertThat(buf.readableBytes()).as("bytes left after decode").isZero();
      return result;
    } finally {
      buf.release();
    }
  }

  /** Every strict prefix of {@code bytes} must be rejected as truncated, never overrun. */
  public static void assertEveryPrefixRejected(byte[] bytes, Function<ByteBuf, ?> decoder) {
    for (int n = 0; n < bytes.length; n++) {
      ByteBuf buf = Unpooled.wrappedBuffer(bytes, 0, n);
      try {
        int cut = n;
        assertThatThrownBy(() -> decoder.apply(buf))
            .as("prefix of %d of %d bytes", cut, bytes.length)
            .isInstanceOf(TdsTruncatedException.class);
      } finally {
        buf.release();
      }
    }
  }

  /** Every strict prefix of a token must decode to null ("need more") and leave the index alone. */
  public static void assertEveryPrefixNeedsMore(byte[] bytes, Function<ByteBuf, ?> decoder) {
    for (int n = 0; n < bytes.length; n++) {
      ByteBuf buf = Unpooled.wrappedBuffer(bytes, 0, n);
      try {
        assertThat(decoder.apply(buf)).as("prefix of %d of %d bytes", n, bytes.length).isNull();
        assertThat(buf.readerIndex()).as("reader index after prefix of %d", n).isZero();
      } finally {
        buf.release();
      }
    }
  }
}
