package dev.quern.catalog.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads character data into SQL Server 2025's json type and writes the document back as the text
 * the type keeps ("json data type"): no whitespace, the first of duplicate member names, strings
 * re-escaped, numbers kept as written unless they need the float route. The root must be an object
 * or an array. Errors are SQL Server's: 13609 state 9 at the UTF-8 byte offset of the offending
 * character, 13645 past 128 nested containers, 13647 past 65,535 items in one container, 1007 for a
 * number out of numeric range.
 */
final class JsonCanonical {
  /** The deepest nesting the json type takes. */
  static final int MAX_DEPTH = 128;

  /** Items one object or array may hold (a 16-bit count in the binary format). */
  static final int MAX_ITEMS = 65_535;

  /** Significant digits a number may have and still keep its written text. */
  private static final int MAX_DIGITS = 38;

  private final String text;
  private final StringBuilder out;
  private int pos;
  private int depth;

  private JsonCanonical(String text) {
    this.text = text;
    this.out = new StringBuilder(text.length());
  }

  /** The canonical text of {@code text} as a json document. */
  static String canonical(String text) {
    JsonCanonical r = new JsonCanonical(text);
    r.space();
    if (r.pos >= text.length() || (r.peek() != '{' && r.peek() != '[')) {
      throw r.unexpectedAt(r.pos);
    }
    r.value();
    r.space();
    if (r.pos < text.length()) {
      throw r.unexpectedAt(r.pos);
    }
    return r.out.toString();
  }

  private char peek() {
    return text.charAt(pos);
  }

  private void space() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private void value() {
    if (pos >= text.length()) {
      throw unexpectedAt(pos);
    }
    char c = peek();
    switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> out.append(JsonStrings.quote(string()));
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          number();
        } else {
          throw unexpectedAt(pos);
        }
      }
    }
  }

  private void object() {
    enter();
    pos++;
    out.append('{');
    Set<String> names = new HashSet<>();
    space();
    int items = 0;
    if (pos < text.length() && peek() == '}') {
      pos++;
    } else {
      while (true) {
        space();
        if (pos >= text.length() || peek() != '"') {
          throw unexpectedAt(pos);
        }
        String name = string();
        space();
        expect(':');
        space();
        // SQL Server keeps the first member of a name written twice and drops the later ones.
        boolean keep = names.add(name);
        int mark = out.length();
        if (keep) {
          out.append(items > 0 ? "," : "").append(JsonStrings.quote(name)).append(':');
          countItem(++items);
        }
        value();
        if (!keep) {
          out.setLength(mark);
        }
        space();
        if (pos < text.length() && peek() == ',') {
          pos++;
          continue;
        }
        expect('}');
        break;
      }
    }
    out.append('}');
    depth--;
  }

  private void array() {
    enter();
    pos++;
    out.append('[');
    space();
    int items = 0;
    if (pos < text.length() && peek() == ']') {
      pos++;
    } else {
      while (true) {
        space();
        out.append(items > 0 ? "," : "");
        countItem(++items);
        value();
        space();
        if (pos < text.length() && peek() == ',') {
          pos++;
          continue;
        }
        expect(']');
        break;
      }
    }
    out.append(']');
    depth--;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw SqlValueException.of(13645, "Nested level of JSON document exceeds limit 128.");
    }
  }

  private static void countItem(int items) {
    if (items > MAX_ITEMS) {
      throw SqlValueException.of(
          13647, "Number of items in one object/array exceeds limit 65535 in JSON type.");
    }
  }

  private void expect(char c) {
    if (pos >= text.length() || peek() != c) {
      throw unexpectedAt(pos);
    }
    pos++;
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) {
      throw unexpectedAt(pos);
    }
    pos += word.length();
    out.append(word);
  }

  /** A string's value; any error inside it is reported at its opening quote, as SQL Server does. */
  private String string() {
    int start = pos;
    StringBuilder s = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= text.length()) {
        throw unexpectedAt(start);
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return s.toString();
      }
      if (c < 0x20) {
        throw unexpectedAt(start);
      }
      if (c != '\\') {
        s.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw unexpectedAt(start);
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> s.append(e);
        case 'b' -> s.append('\b');
        case 'f' -> s.append('\f');
        case 'n' -> s.append('\n');
        case 'r' -> s.append('\r');
        case 't' -> s.append('\t');
        case 'u' -> s.append(hex4(start));
        default -> throw unexpectedAt(start);
      }
    }
  }

  private char hex4(int start) {
    if (pos + 4 > text.length()) {
      throw unexpectedAt(start);
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(text.charAt(pos + i), 16);
      if (d < 0) {
        throw unexpectedAt(start);
      }
      v = v * 16 + d;
    }
    pos += 4;
    return (char) v;
  }

  private void number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    int intStart = pos;
    int intDigits = digits();
    boolean leadingZero = intDigits > 0 && text.charAt(intStart) == '0';
    if (intDigits == 0 || (leadingZero && intDigits > 1)) {
      throw unexpectedAt(start);
    }
    boolean fraction = false;
    if (pos < text.length() && peek() == '.') {
      pos++;
      fraction = true;
      if (digits() == 0) {
        throw unexpectedAt(start);
      }
    }
    boolean exponent = false;
    if (pos < text.length() && (peek() == 'e' || peek() == 'E')) {
      pos++;
      exponent = true;
      if (pos < text.length() && (peek() == '+' || peek() == '-')) {
        pos++;
      }
      if (digits() == 0) {
        throw unexpectedAt(start);
      }
    }
    out.append(JsonNumbers.canonical(text.substring(start, pos), fraction, exponent));
  }

  private int digits() {
    int n = 0;
    while (pos < text.length() && peek() >= '0' && peek() <= '9') {
      pos++;
      n++;
    }
    return n;
  }

  /**
   * 13609 state 9 at a character: SQL Server counts the position in bytes of the document's UTF-8
   * form and shows the byte there read as Latin-1 ('.' past the end).
   */
  private SqlValueException unexpectedAt(int at) {
    byte[] before = text.substring(0, Math.min(at, text.length())).getBytes(StandardCharsets.UTF_8);
    String shown = ".";
    if (at < text.length()) {
      byte[] here = text.substring(at, text.offsetByCodePoints(at, 1)).getBytes(StandardCharsets.UTF_8);
      shown = String.valueOf((char) (here[0] & 0xFF));
    }
    return new SqlValueException(
        13609,
        16,
        9,
        "JSON text is not properly formatted. Unexpected character '"
            + shown
            + "' is found at position "
            + before.length
            + ".");
  }

  /** Numbers as the json type keeps them. */
  static final class JsonNumbers {
    private JsonNumbers() {}

    /**
     * A number's kept text: as written when it has no exponent and at most 38 significant digits
     * (the sign of a zero dropped); otherwise through float to decimal(38,10).
     */
    static String canonical(String written, boolean fraction, boolean exponent) {
      if (!exponent) {
        String unsigned = written.startsWith("-") ? written.substring(1) : written;
        int significant = significantDigits(unsigned);
        if (significant <= MAX_DIGITS) {
          return isZero(unsigned) ? unsigned : written;
        }
        if (!fraction) {
          throw new SqlValueException(1007, 16, 3, outOfRange(written));
        }
      }
      BigDecimal d = new BigDecimal(Double.parseDouble(written)).setScale(10, RoundingMode.HALF_UP);
      if (d.precision() > MAX_DIGITS) {
        throw new SqlValueException(1007, 16, 5, outOfRange(written));
      }
      return d.signum() == 0 ? d.abs().toPlainString() : d.toPlainString();
    }

    private static int significantDigits(String unsigned) {
      String digits = unsigned.replace(".", "");
      // A lone leading 0 (0.5) does not count.
      return unsigned.startsWith("0") ? digits.length() - 1 : digits.length();
    }

    private static boolean isZero(String unsigned) {
      for (int i = 0; i < unsigned.length(); i++) {
        char c = unsigned.charAt(i);
        if (c != '0' && c != '.') {
          return false;
        }
      }
      return true;
    }

    private static String outOfRange(String written) {
      return "The number '"
          + written
          + "' is out of the range for numeric representation (maximum precision 38).";
    }
  }
}
