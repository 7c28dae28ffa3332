package dev.quern.catalog.rocks;

import java.nio.charset.StandardCharsets;

/** Test helpers for string keys. */
final class Bytes {
  private Bytes() {}

  static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String s(byte[] b) {
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }
}
