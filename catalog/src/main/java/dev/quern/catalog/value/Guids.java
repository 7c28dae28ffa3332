package dev.quern.catalog.value;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * uniqueidentifier helpers: SQL Server's byte order (the first three groups little-endian), its
 * string form, and its sort order (the last six bytes weigh most).
 */
public final class Guids {
  private static final Pattern TEXT =
      Pattern.compile(
          "\\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\}?");

  /** Byte positions in SQL Server's comparison order, most significant first. */
  private static final int[] ORDER = {10, 11, 12, 13, 14, 15, 8, 9, 6, 7, 4, 5, 0, 1, 2, 3};

  private Guids() {}

  /**
   * Parses a GUID string; characters after the 36 (or 38 with braces) are ignored like SQL Server
   * does.
   */
  static UUID parse(String s) {
    String t = s.strip();
    int len = t.startsWith("{") ? 38 : 36;
    if (t.length() > len) {
      t = t.substring(0, len);
    }
    if (!TEXT.matcher(t).matches() || t.startsWith("{") != t.endsWith("}")) {
      throw ValueErrors.guidFromString();
    }
    if (t.startsWith("{")) {
      t = t.substring(1, t.length() - 1);
    }
    return UUID.fromString(t);
  }

  public static byte[] toBytes(UUID u) {
    byte[] be = new byte[16];
    long msb = u.getMostSignificantBits();
    long lsb = u.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      be[i] = (byte) (msb >>> (56 - 8 * i));
      be[8 + i] = (byte) (lsb >>> (56 - 8 * i));
    }
    return swapGroups(be);
  }

  public static UUID fromBytes(byte[] b) {
    byte[] be = swapGroups(java.util.Arrays.copyOf(b, 16));
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (be[i] & 0xFF);
      lsb = (lsb << 8) | (be[8 + i] & 0xFF);
    }
    return new UUID(msb, lsb);
  }

  /** Reverses the first 4, next 2 and next 2 bytes (big-endian text order ↔ SQL Server's). */
  private static byte[] swapGroups(byte[] in) {
    byte[] out = in.clone();
    for (int i = 0; i < 4; i++) {
      out[i] = in[3 - i];
    }
    out[4] = in[5];
    out[5] = in[4];
    out[6] = in[7];
    out[7] = in[6];
    return out;
  }

  /** SQL Server's uniqueidentifier ordering. */
  static int compare(UUID a, UUID b) {
    byte[] x = toBytes(a);
    byte[] y = toBytes(b);
    for (int i : ORDER) {
      int c = Integer.compare(x[i] & 0xFF, y[i] & 0xFF);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
