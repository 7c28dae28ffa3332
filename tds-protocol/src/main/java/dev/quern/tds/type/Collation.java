package dev.quern.tds.type;

import io.netty.buffer.ByteBuf;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The 5-byte TDS COLLATION [MS-TDS §2.2.5.1.2]: {@code info} holds the LCID (bits 0–19), the
 * comparison flags (bits 20–27) and the version (bits 28–31), written little-endian; {@code sortId}
 * is non-zero for SQL collations (SQL_*) and names their sort order and code page.
 */
public record Collation(int info, int sortId) {
  public static final int SIZE = 5;

  public static final int IGNORE_CASE = 0x0010_0000;
  public static final int IGNORE_ACCENT = 0x0020_0000;
  public static final int IGNORE_KANA = 0x0040_0000;
  public static final int IGNORE_WIDTH = 0x0080_0000;
  public static final int BINARY = 0x0100_0000;
  public static final int BINARY2 = 0x0200_0000;
  public static final int UTF8 = 0x0400_0000;

  private static final int LCID_MASK = 0x000F_FFFF;

  /** SQL_Latin1_General_CP1_CI_AS, the server default: bytes {@code 09 04 D0 00 34}. */
  public static final Collation DEFAULT =
      new Collation(0x0409 | IGNORE_CASE | IGNORE_KANA | IGNORE_WIDTH, 52);

  /** "Raw collation" (all zero) that clients may send for parameters [MS-TDS §2.2.5.1.2]. */
  public static final Collation RAW = new Collation(0, 0);

  public Collation {
    if (sortId < 0 || sortId > 0xFF) {
      throw new IllegalArgumentException("SortId out of range: " + sortId);
    }
  }

  /** Reads 5 bytes. */
  public static Collation decode(ByteBuf in) {
    TdsBuffers.need(in, SIZE, "COLLATION");
    int info = in.readIntLE();
    return new Collation(info, in.readUnsignedByte());
  }

  /** Writes 5 bytes. */
  public void encode(ByteBuf out) {
    out.writeIntLE(info);
    out.writeByte(sortId);
  }

  public byte[] toBytes() {
    return new byte[] {
      (byte) info, (byte) (info >>> 8), (byte) (info >>> 16), (byte) (info >>> 24), (byte) sortId
    };
  }

  /** The Windows locale id (LCID) in the low 20 bits. */
  public int lcid() {
    return info & LCID_MASK;
  }

  public boolean isUtf8() {
    return (info & UTF8) != 0;
  }

  /**
   * The charset of char/varchar/text data in this collation: UTF-8 for *_UTF8 collations, the code
   * page of the sort order for SQL collations, else the ANSI code page of the LCID. Unknown locales
   * fall back to windows-1252, the code page of the server default.
   */
  public Charset charset() {
    if (isUtf8()) {
      return StandardCharsets.UTF_8;
    }
    int codePage = sortId != 0 ? CodePages.forSortId(sortId) : CodePages.forLcid(lcid());
    return CodePages.charset(codePage);
  }

  @Override
  public String toString() {
    return String.format(
        "Collation[lcid=0x%04X, flags=0x%02X, version=%d, sortId=%d]",
        lcid(), (info >>> 20) & 0xFF, info >>> 28, sortId);
  }
}
