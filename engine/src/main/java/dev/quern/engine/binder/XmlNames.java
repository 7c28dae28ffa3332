package dev.quern.engine.binder;

import dev.quern.engine.error.SqlErrors;
import java.util.Set;

/**
 * SQL names as XML names, the two ways FOR XML treats them: RAW and AUTO escape each character an
 * XML name cannot hold as {@code _xHHHH_} (and an {@code _x} as {@code _x005F_x}, so the escape reads
 * back), while names written as XML names (PATH's column aliases, row and ROOT names) are refused
 * (6850). The character classes approximate XML 1.0's Name production with Java's Unicode
 * categories; ':' is a name character anywhere but first, its prefix checked separately.
 */
final class XmlNames {
  private XmlNames() {}

  static boolean isStart(int c) {
    return c == '_' || Character.isLetter(c) && !isFullwidth(c);
  }

  static boolean isPart(int c) {
    if (isStart(c) || c == '-' || c == '.' || c == ':' || c == 0xB7) {
      return true;
    }
    if (isFullwidth(c)) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.DECIMAL_DIGIT_NUMBER, Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.MODIFIER_LETTER -> true;
      default -> false;
    };
  }

  /** Fullwidth forms, which the fourth edition's ranges leave out. */
  private static boolean isFullwidth(int c) {
    return c >= 0xFF01 && c <= 0xFFEF;
  }

  /** A name RAW or AUTO writes: each character that cannot be there as {@code _xHHHH_}. */
  static String escape(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      boolean ok = i == 0 ? isStart(c) : isPart(c);
      if (c == '_' && i + 1 < name.length() && name.charAt(i + 1) == 'x') {
        ok = false; // an "_x" of the name itself would read back as an escape
      }
      if (ok) {
        sb.appendCodePoint(c);
      } else {
        sb.append("_x").append(String.format(c > 0xFFFF ? "%06X" : "%04X", c)).append('_');
      }
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  /**
   * Refuses a name that is not an XML name: {@code xmlns} (6867), a namespace prefix other than
   * xml and those {@code declared} by WITH XMLNAMESPACES (6846), a character that cannot be there
   * (6850). {@code kind} is "Column", "Row" or "ROOT"; {@code whole} the alias the message quotes.
   */
  static void check(String name, String kind, String whole, Set<String> declared) {
    if (name.equals("xmlns") || name.startsWith("xmlns:")) {
      throw SqlErrors.FOR_XML_XMLNS.raise();
    }
    int colon = name.indexOf(':');
    String prefix = colon > 0 ? name.substring(0, colon) : null;
    if (prefix != null && !prefix.equals("xml") && !declared.contains(prefix)) {
      throw SqlErrors.FOR_XML_UNDECLARED_PREFIX.raise(
          name.substring(0, colon), kind.equals("ROOT") ? "ROOT" : kind.toLowerCase(java.util.Locale.ROOT), whole);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isSurrogate(c)) {
        continue; // SQL Server lets a supplementary character through here
      }
      if (!(i == 0 ? isStart(c) : isPart(c))) {
        throw SqlErrors.FOR_XML_BAD_NAME.raise(kind, whole, String.valueOf(c), (int) c);
      }
    }
    if (name.isEmpty()) {
      throw SqlErrors.FOR_XML_BAD_NAME.raise(kind, whole, "", 0);
    }
  }
}
