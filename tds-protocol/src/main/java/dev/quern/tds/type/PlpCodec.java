package dev.quern.tds.type;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/**
 * PLP (partially length-prefixed) values of the (max) types and xml [MS-TDS §2.2.5.2.3].
 *
 * <pre>
 * PLP_NULL  0xFFFFFFFFFFFFFFFF
 * value     ULONGLONG total (or 0xFFFFFFFFFFFFFFFE = unknown)
 *           *(ULONG chunk length, bytes)  ULONG 0 terminator
 * </pre>
 *
 * <p>Decoding never trusts the declared total: it grows the buffer chunk by chunk, each chunk
 * checked against {@link #MAX_VALUE_BYTES} and the bytes actually present.
 */
final class PlpCodec {
  static final long PLP_NULL = 0xFFFF_FFFF_FFFF_FFFFL;
  static final long PLP_UNKNOWN_LENGTH = 0xFFFF_FFFF_FFFF_FFFEL;
  /** The largest (max) value accepted: 2 GB, less the JVM's array header margin. */
  static final int MAX_VALUE_BYTES = Integer.MAX_VALUE - 8;
  /** Chunk size for values Quern writes. */
  static final int CHUNK_BYTES = 8000;

  private PlpCodec() {}

  /** Reads a PLP value as bytes, or null for PLP_NULL. */
  static byte[] read(ByteBuf in) {
    long total = TdsBuffers.readLongLE(in, "PLP length");
    if (total == PLP_NULL) {
      return null;
    }
    boolean known = total != PLP_UNKNOWN_LENGTH;
    if (known && (total < 0 || total > MAX_VALUE_BYTES)) {
      throw new TdsProtocolException("PLP length " + Long.toUnsignedString(total) + " over limit");
    }
    // Start no larger than what is actually present; grow as chunks arrive.
    int capacity = (int) Math.min(known ? total : 8192, in.readableBytes());
    byte[] buf = new byte[Math.max(capacity, 16)];
    int size = 0;
    while (true) {
      long chunk = Integer.toUnsignedLong(TdsBuffers.readIntLE(in, "PLP chunk length"));
      if (chunk == 0) {
        break;
      }
      if (chunk > MAX_VALUE_BYTES - size) {
        throw new TdsProtocolException("PLP value over " + MAX_VALUE_BYTES + " bytes");
      }
      TdsBuffers.need(in, chunk, "PLP chunk");
      if (size + chunk > buf.length) {
        long grown = Math.max(size + chunk, Math.min((long) buf.length * 2, MAX_VALUE_BYTES));
        buf = Arrays.copyOf(buf, (int) grown);
      }
      in.readBytes(buf, size, (int) chunk);
      size += (int) chunk;
    }
    if (known && size != total) {
      throw new TdsProtocolException("PLP chunks total " + size + ", declared " + total);
    }
    return size == buf.length ? buf : Arrays.copyOf(buf, size);
  }

  static void writeNull(ByteBuf out) {
    out.writeLongLE(PLP_NULL);
  }

  /** Writes bytes with their known total length, in chunks of {@link #CHUNK_BYTES}. */
  static void write(ByteBuf out, byte[] value) {
    out.writeLongLE(value.length);
    for (int off = 0; off < value.length; off += CHUNK_BYTES) {
      int n = Math.min(CHUNK_BYTES, value.length - off);
      out.writeIntLE(n);
      out.writeBytes(value, off, n);
    }
    out.writeIntLE(0);
  }

  /** Writes UTF-16LE text straight from the string, without an intermediate byte array. */
  static void writeUtf16(ByteBuf out, CharSequence s) {
    int chunkChars = CHUNK_BYTES / 2;
    out.writeLongLE(2L * s.length());
    for (int off = 0; off < s.length(); off += chunkChars) {
      int end = Math.min(s.length(), off + chunkChars);
      out.writeIntLE(2 * (end - off));
      CharCodec.writeUtf16(out, s, off, end);
    }
    out.writeIntLE(0);
  }
}
