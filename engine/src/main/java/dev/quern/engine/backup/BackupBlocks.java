package dev.quern.engine.backup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.zip.CRC32C;

/**
 * The block layer of a backup file: {@code kind:u8, length:u32, payload, crc32c:u32} (big-endian;
 * the CRC-32C covers kind, length and payload). Every block is checked when read: a changed byte
 * anywhere is "damage" (3189), a length past {@link #MAX_BLOCK} or a cut-short file a malformed
 * media family (3241).
 */
final class BackupBlocks {
  static final int SET_HEADER = 1;
  static final int DATA = 2;
  static final int DATA_DEFLATED = 3;
  static final int SET_TRAILER = 4;
  /** No block is longer: a damaged length must not make the reader allocate without bound. */
  static final int MAX_BLOCK = 4 << 20;

  /** A block as read: its kind and payload (CRC verified, or payload null when skipped). */
  record Block(int kind, byte[] payload, long bytes) {}

  /** A block that is not a block: bad kind, bad length, or the file ends inside it. */
  static final class Malformed extends IOException {
    Malformed(String why) {
      super(why);
    }
  }

  /** A block whose checksum does not match its bytes. */
  static final class Damaged extends IOException {
    Damaged() {
      super("checksum mismatch");
    }
  }

  private BackupBlocks() {}

  static long write(DataOutputStream out, int kind, byte[] payload) throws IOException {
    out.writeByte(kind);
    out.writeInt(payload.length);
    out.write(payload);
    out.writeInt((int) crc(kind, payload));
    return 9L + payload.length;
  }

  /**
   * The next block, or null at the end of the file. DATA blocks are skipped without reading their
   * payload when {@code skipData} (HEADERONLY reads only headers and trailers).
   */
  static Block read(DataInputStream in, boolean skipData) throws IOException {
    int kind = in.read();
    if (kind < 0) {
      return null;
    }
    if (kind < SET_HEADER || kind > SET_TRAILER) {
      throw new Malformed("block kind " + kind);
    }
    int length;
    try {
      length = in.readInt();
    } catch (java.io.EOFException e) {
      throw new Malformed("cut short");
    }
    if (length < 0 || length > MAX_BLOCK) {
      throw new Malformed("block length " + length);
    }
    try {
      if (skipData && (kind == DATA || kind == DATA_DEFLATED)) {
        in.skipNBytes(length + 4L);
        return new Block(kind, null, 9L + length);
      }
      byte[] payload = in.readNBytes(length);
      if (payload.length < length) {
        throw new Malformed("cut short");
      }
      if (in.readInt() != (int) crc(kind, payload)) {
        throw new Damaged();
      }
      return new Block(kind, payload, 9L + length);
    } catch (java.io.EOFException e) {
      throw new Malformed("cut short");
    }
  }

  private static long crc(int kind, byte[] payload) {
    CRC32C crc = new CRC32C();
    crc.update(kind);
    crc.update(java.nio.ByteBuffer.allocate(4).putInt(payload.length).array());
    crc.update(payload);
    return crc.getValue();
  }
}
