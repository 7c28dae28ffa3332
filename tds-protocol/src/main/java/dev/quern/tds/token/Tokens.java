package dev.quern.tds.token;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.type.TdsTruncatedException;
import io.netty.buffer.ByteBuf;
import java.util.function.Supplier;

/**
 * Framing of the tokens without a length prefix (COLMETADATA, ROW, NBCROW, RETURNVALUE): their end
 * is only known by decoding them, so an early end of input is detected as a truncation and turned
 * into "need more".
 */
final class Tokens {
  private Tokens() {}

  /**
   * Reads and checks the token byte, then the body; returns null and restores the reader index
   * when the input ends inside the token.
   */
  static <T> T orNeedMore(ByteBuf in, int token, Supplier<T> body) {
    if (!in.isReadable()) {
      return null;
    }
    int start = in.readerIndex();
    int actual = in.readUnsignedByte();
    if (actual != token) {
      in.readerIndex(start);
      throw new TdsProtocolException(
          "Expected token 0x" + Integer.toHexString(token) + ", got 0x"
              + Integer.toHexString(actual));
    }
    try {
      return body.get();
    } catch (TdsTruncatedException e) {
      in.readerIndex(start);
      return null;
    }
  }
}
