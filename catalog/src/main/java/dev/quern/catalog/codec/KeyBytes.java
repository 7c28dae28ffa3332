package dev.quern.catalog.codec;

import java.util.Arrays;

/** Helpers for key ranges over memcomparable keys. */
public final class KeyBytes {
  private KeyBytes() {}

  /**
   * The smallest key greater than every key that starts with {@code prefix}, or {@code null} if
   * there is none (the prefix is all 0xFF): the exclusive end of a prefix scan.
   */
  public static byte[] prefixEnd(byte[] prefix) {
    byte[] end = prefix.clone();
    for (int i = end.length - 1; i >= 0; i--) {
      if (end[i] != (byte) 0xFF) {
        end[i]++;
        return Arrays.copyOf(end, i + 1);
      }
    }
    return null;
  }

  /** {@code a} followed by {@code b}. */
  public static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Whether {@code key} starts with {@code prefix}. */
  public static boolean startsWith(byte[] key, byte[] prefix) {
    return key.length >= prefix.length
        && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** Hexadecimal, for messages and tests. */
  public static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length * 2);
    for (byte x : b) {
      sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
    }
    return sb.toString();
  }
}
