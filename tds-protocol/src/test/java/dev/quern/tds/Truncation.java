package dev.quern.tds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.function.Function;

/** The truncation checks every decoder gets: each cut-short buffer is handled by contract. */
public final class Truncation {
  private Truncation() {}

  /** Streaming decoders (tokens): every strict prefix means "need more" (null, nothing read). */
  public static void needsMoreAtEveryCut(byte[] full, Function<ByteBuf, Object> decoder) {
    for (int n = 0; n < full.length; n++) {
      ByteBuf in = Unpooled.wrappedBuffer(full, 0, n);
      assertThat(decoder.apply(in)).as("decode of %d/%d bytes", n, full.length).isNull();
      assertThat(in.readerIndex()).as("reader index after %d bytes", n).isZero();
    }
    ByteBuf in = Unpooled.wrappedBuffer(full);
    assertThat(decoder.apply(in)).isNotNull();
    assertThat(in.isReadable()).isFalse();
  }

  /** Message decoders (complete payloads): every strict prefix is a protocol error. */
  public static void failsCleanlyAtEveryCut(byte[] full, Function<ByteBuf, Object> decoder) {
    for (int n = 0; n < full.length; n++) {
      ByteBuf in = Unpooled.wrappedBuffer(full, 0, n);
      int cut = n;
      assertThatThrownBy(() -> decoder.apply(in))
          .as("decode of %d/%d bytes", cut, full.length)
          .isInstanceOf(TdsProtocolException.class);
    }
  }

  /** Decoders whose prefixes may be valid shorter messages: only protocol errors may escape. */
  public static void onlyProtocolErrorsAtEveryCut(byte[] full, Function<ByteBuf, Object> decoder) {
    for (int n = 0; n < full.length; n++) {
      ByteBuf in = Unpooled.wrappedBuffer(full, 0, n);
      try {
        decoder.apply(in);
      } catch (TdsProtocolException expected) {
        // the contract: malformed input is a protocol error
      }
    }
  }
}
