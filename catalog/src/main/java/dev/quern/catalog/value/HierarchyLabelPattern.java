package dev.quern.catalog.value;

import java.util.List;

/**
 * One range of hierarchyid label integers and the bits that encode it, as [MS-SSCLRT] 3.2
 * "HIERARCHYID Structure" lays them out: a prefix naming the range, the offset from the range's
 * first integer spread over the {@code x} positions of the pattern, fixed {@code 0}/{@code 1} bits
 * between them, and a final bit that is 1 when the integer ends its level ({@code 1/}) and 0 when a
 * dot follows ({@code 1.}). A dotted (non-last) integer v is written as v + 1 with the final bit 0,
 * which sorts it after v's own subtree and before v + 1 (SQL Server's stored bytes agree).
 */
record HierarchyLabelPattern(long min, long max, String pattern, long ones, long mask, int prefixLength) {
  /** Every range, prefix-free, so a reader picks one by its leading bits. */
  static final List<HierarchyLabelPattern> ALL = List.of(
      of(-281479271682120L, -4294971465L, "000100xxxxxxxxxxxxxx0xxxxxxxxxxxxxxxxxxxxx0xxxxxx0xxx0x1xxxT"),
      of(-4294971464L, -4169L, "000101xxxxxxxxxxxxxxxxxxx0xxxxxx0xxx0x1xxxT"),
      of(-4168L, -73L, "000110xxxxx0xxx0x1xxxT"),
      of(-72L, -9L, "0010xx0x1xxxT"),
      of(-8L, -1L, "00111xxxT"),
      of(0L, 3L, "01xxT"),
      of(4L, 7L, "100xxT"),
      of(8L, 15L, "101xxxT"),
      of(16L, 79L, "110xx0x1xxxT"),
      of(80L, 1103L, "1110xxx0xxx0x1xxxT"),
      of(1104L, 5199L, "11110xxxxx0xxx0x1xxxT"),
      of(5200L, 4294972495L, "111110xxxxxxxxxxxxxxxxxxx0xxxxxx0xxx0x1xxxT"),
      of(4294972496L, 281479271683151L, "111111xxxxxxxxxxxxxx0xxxxxxxxxxxxxxxxxxxxx0xxxxxx0xxx0x1xxxT"));

  /** The smallest label integer any range holds. */
  static final long MIN = -281479271682120L;

  /** The largest label integer any range holds. */
  static final long MAX = 281479271683151L;

  private static HierarchyLabelPattern of(long min, long max, String pattern) {
    long ones = 0;
    long mask = 0;
    for (char c : pattern.toCharArray()) {
      ones = ones << 1 | (c == '1' ? 1 : 0);
      mask = mask << 1 | (c == 'x' ? 1 : 0);
    }
    return new HierarchyLabelPattern(min, max, pattern, ones, mask, pattern.indexOf('x'));
  }

  int length() {
    return pattern.length();
  }

  /** The range holding v; null when v is outside every range. */
  static HierarchyLabelPattern forValue(long v) {
    for (HierarchyLabelPattern p : ALL) {
      if (v >= p.min && v <= p.max) {
        return p;
      }
    }
    return null;
  }

  /** The pattern's bits for v (in this range) with the final bit {@code last}, low bits last. */
  long encode(long v, boolean last) {
    long offset = v - min;
    long bits = ones;
    for (int i = 0; i < pattern.length(); i++) {
      long bit = 1L << i;
      if ((mask & bit) != 0) {
        bits |= (offset & 1) << i;
        offset >>>= 1;
      }
    }
    return last ? bits | 1 : bits & ~1L;
  }

  /** The integer the offset bits of {@code bits} give (the final bit not looked at). */
  long decode(long bits) {
    long offset = 0;
    int shift = 0;
    for (int i = 0; i < pattern.length(); i++) {
      if ((mask & (1L << i)) != 0) {
        offset |= ((bits >>> i) & 1) << shift++;
      }
    }
    return min + offset;
  }

  /** Whether the leading bits of a label, read as {@code prefix} of {@code prefixLength} bits, are this range's. */
  boolean matches(long prefix) {
    return prefix == ones >>> (pattern.length() - prefixLength);
  }
}
