package dev.quern.tds.type;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;
import java.nio.charset.Charset;

/**
 * Text of the character types: UTF-16LE code units for the N-types and xml (unpaired surrogates
 * pass through unchanged, as SQL Server stores UCS-2), the collation's code page for the others.
 */
final class CharCodec {
  private CharCodec() {}

  /** Whether values of this type are UTF-16LE text. */
  static boolean isUnicode(TdsDataType t) {
    return t == TdsDataType.NCHAR
        || t == TdsDataType.NVARCHAR
        || t == TdsDataType.NTEXT
        || t == TdsDataType.XML;
  }

  static boolean isText(TdsDataType t) {
    return switch (t) {
      case CHAR, VARCHAR, BIGCHAR, BIGVARCHAR, TEXT, NCHAR, NVARCHAR, NTEXT, XML -> true;
      default -> false;
    };
  }

  static boolean isBinary(TdsDataType t) {
    return switch (t) {
      case BINARY, VARBINARY, BIGBINARY, BIGVARBINARY, IMAGE -> true;
      default -> false;
    };
  }

  /** The code page charset of a single-byte text type (legacy types use the server default). */
  static Charset charset(TypeInfo type) {
    return (type.collation() != null ? type.collation() : Collation.DEFAULT).charset();
  }

  static String readUtf16(ByteBuf in, int bytes) {
    if ((bytes & 1) != 0) {
      throw new TdsProtocolException("Odd byte length " + bytes + " of UTF-16 text");
    }
    char[] chars = new char[bytes >>> 1];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) in.readShortLE();
    }
    return new String(chars);
  }

  static String utf16(byte[] bytes) {
    if ((bytes.length & 1) != 0) {
      throw new TdsProtocolException("Odd byte length " + bytes.length + " of UTF-16 text");
    }
    char[] chars = new char[bytes.length >>> 1];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) ((bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] << 8));
    }
    return new String(chars);
  }

  /**
   * Writes {@code s[from..to)} as UTF-16LE code units. The units are laid out in a scratch array
   * and written in one bulk copy per {@value #SCRATCH_CHARS} characters: a writeShortLE per
   * character pays the buffer's bounds and reference-count checks each time, which was the top of
   * the server profile when streaming rows.
   */
  static void writeUtf16(ByteBuf out, CharSequence s, int from, int to) {
    out.ensureWritable(2 * (to - from));
    char[] chars = new char[Math.min(to - from, SCRATCH_CHARS)];
    byte[] bytes = new byte[2 * chars.length];
    for (int at = from; at < to; at += chars.length) {
      int n = Math.min(chars.length, to - at);
      copyChars(s, at, at + n, chars);
      for (int i = 0; i < n; i++) {
        char c = chars[i];
        bytes[2 * i] = (byte) c;
        bytes[2 * i + 1] = (byte) (c >>> 8);
      }
      out.writeBytes(bytes, 0, 2 * n);
    }
  }

  /** Characters per bulk copy of {@link #writeUtf16}: bounds its scratch arrays. */
  static final int SCRATCH_CHARS = 2048;

  private static void copyChars(CharSequence s, int from, int to, char[] dst) {
    if (s instanceof String str) {
      str.getChars(from, to, dst, 0); // intrinsic: inflates Latin-1 strings in bulk
    } else {
      for (int i = from; i < to; i++) {
        dst[i - from] = s.charAt(i);
      }
    }
  }

  /** Reads {@code bytes} of text of this type. */
  static String read(ByteBuf in, TypeInfo type, int bytes) {
    if (isUnicode(type.type())) {
      return readUtf16(in, bytes);
    }
    return in.readCharSequence(bytes, charset(type)).toString();
  }

  /** Text of this type as bytes (for PLP and sql_variant, which need the length first). */
  static byte[] bytes(TypeInfo type, CharSequence s) {
    if (isUnicode(type.type())) {
      byte[] b = new byte[s.length() * 2];
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        b[2 * i] = (byte) c;
        b[2 * i + 1] = (byte) (c >>> 8);
      }
      return b;
    }
    return s.toString().getBytes(charset(type));
  }

  /** Writes the text of this type, returning the bytes written. */
  static int write(ByteBuf out, TypeInfo type, CharSequence s) {
    if (isUnicode(type.type())) {
      writeUtf16(out, s, 0, s.length());
      return 2 * s.length();
    }
    return out.writeCharSequence(s, charset(type));
  }
}
