package dev.quern.engine.proc.security;

/**
 * Undoes the ODBC canonical {@code {fn encrypt}} obfuscation sp_setapprole's {@code @encrypt =
 * 'odbc'} announces: the same one TDS applies to LOGIN7 passwords (MS-TDS 2.2.6.4), each byte of
 * the UCS-2 text having had its nibbles swapped and then been XORed with 0xA5. It hides nothing;
 * it is undone so that the role's password can be checked.
 */
final class OdbcEncrypt {
  private OdbcEncrypt() {}

  static String reveal(String obfuscated) {
    StringBuilder sb = new StringBuilder(obfuscated.length());
    for (int i = 0; i < obfuscated.length(); i++) {
      char c = obfuscated.charAt(i);
      sb.append((char) (reveal(c >>> 8) << 8 | reveal(c & 0xFF)));
    }
    return sb.toString();
  }

  /** The inverse of obfuscate: XOR first, then swap the nibbles back. */
  static int reveal(int b) {
    int x = (b ^ 0xA5) & 0xFF;
    return (x << 4 | x >>> 4) & 0xFF;
  }

  /** What a client's encrypt function sends for {@code clear} (tests build their input with it). */
  static String obfuscate(String clear) {
    StringBuilder sb = new StringBuilder(clear.length());
    for (int i = 0; i < clear.length(); i++) {
      char c = clear.charAt(i);
      sb.append((char) (obfuscate(c >>> 8) << 8 | obfuscate(c & 0xFF)));
    }
    return sb.toString();
  }

  private static int obfuscate(int b) {
    int swapped = (b << 4 | b >>> 4) & 0xFF;
    return swapped ^ 0xA5;
  }
}
