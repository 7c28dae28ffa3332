package dev.quern.catalog.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes of a hierarchyid and its levels, each a sequence of label integers ({@code /1/2.5/} is
 * {@code [[1], [2, 5]]}): labels written one after another in {@link HierarchyLabelPattern}s, the
 * last byte padded with zero bits, the root no bytes at all ([MS-SSCLRT] 3.2).
 */
final class HierarchyBits {
  /** The longest encoding SQL Server stores (SqlHierarchyId's MaxByteSize). */
  static final int MAX_BYTES = 892;

  private HierarchyBits() {}

  /** The bytes of {@code levels}; null when a label is out of range or the bytes exceed 892. */
  static byte[] encode(List<long[]> levels) {
    Writer w = new Writer();
    for (long[] level : levels) {
      for (int i = 0; i < level.length; i++) {
        boolean last = i == level.length - 1;
        long v = last ? level[i] : level[i] + 1;
        HierarchyLabelPattern p = level[i] == Long.MAX_VALUE ? null : HierarchyLabelPattern.forValue(v);
        if (p == null) {
          return null;
        }
        w.write(p.encode(v, last), p.length());
      }
    }
    byte[] bytes = w.bytes();
    return bytes.length > MAX_BYTES ? null : bytes;
  }

  /** The levels of {@code bytes}; null when they are not a hierarchyid's encoding. */
  static List<long[]> decode(byte[] bytes) {
    List<long[]> levels = new ArrayList<>();
    long[] level = new long[0];
    int pos = 0;
    int total = bytes.length * 8;
    while (pos < total && !zeroFrom(bytes, pos)) {
      HierarchyLabelPattern p = patternAt(bytes, pos, total);
      if (p == null || pos + p.length() > total) {
        return null;
      }
      long bits = read(bytes, pos, p.length());
      pos += p.length();
      boolean last = (bits & 1) != 0;
      long v = p.decode(bits);
      level = Arrays.copyOf(level, level.length + 1);
      level[level.length - 1] = last ? v : v - 1;
      if (last) {
        levels.add(level);
        level = new long[0];
      }
    }
    // A dotted label with no label after it, or more than a byte of padding, is no encoding.
    return level.length > 0 || total - pos >= 8 ? null : levels;
  }

  private static HierarchyLabelPattern patternAt(byte[] bytes, int pos, int total) {
    for (HierarchyLabelPattern p : HierarchyLabelPattern.ALL) {
      if (pos + p.prefixLength() <= total && p.matches(read(bytes, pos, p.prefixLength()))) {
        return p;
      }
    }
    return null;
  }

  private static boolean zeroFrom(byte[] bytes, int pos) {
    for (int i = pos; i < bytes.length * 8; i++) {
      if (bit(bytes, i) != 0) {
        return false;
      }
    }
    return true;
  }

  private static long read(byte[] bytes, int pos, int count) {
    long v = 0;
    for (int i = 0; i < count; i++) {
      v = v << 1 | bit(bytes, pos + i);
    }
    return v;
  }

  private static int bit(byte[] bytes, int i) {
    return (bytes[i >>> 3] >>> (7 - (i & 7))) & 1;
  }

  /** Appends bit fields most significant bit first. */
  private static final class Writer {
    private byte[] buf = new byte[16];
    private int bits;

    void write(long value, int count) {
      for (int i = count - 1; i >= 0; i--) {
        if ((bits >>> 3) >= buf.length) {
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        if (((value >>> i) & 1) != 0) {
          buf[bits >>> 3] |= (byte) (0x80 >>> (bits & 7));
        }
        bits++;
      }
    }

    byte[] bytes() {
      return Arrays.copyOf(buf, (bits + 7) >>> 3);
    }
  }
}
