package dev.quern.catalog.meta;

import dev.quern.catalog.codec.KeyCollation;
import java.nio.ByteBuffer;

/**
 * Identifier comparison: names follow the default collation (case-insensitive, accent-sensitive).
 */
public final class Names {
  private Names() {}

  /** A key equal for names SQL Server considers the same identifier. */
  public static ByteBuffer key(String name) {
    return ByteBuffer.wrap(sortKey(name));
  }

  static byte[] sortKey(String name) {
    return KeyCollation.CI_AS.sortKey(name, true);
  }

  public static boolean same(String a, String b) {
    return key(a).equals(key(b));
  }
}
