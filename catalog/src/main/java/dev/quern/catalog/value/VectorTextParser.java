package dev.quern.catalog.value;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Reads a vector's JSON text the way SQL Server 2025 does: an array of numbers with optional JSON
 * whitespace around the tokens. Scanning is left to right and stops at the first problem, which
 * decides the error: JSON that is well formed but no vector is 13670 with SQL Server's reason and
 * state (a nested or top-level non-array is 'Malformed JSON', {@code null}, strings, booleans,
 * objects and empty arrays have their own); text that is not JSON is 13609 naming the offending
 * character and its position ('.' for the end); a number beyond float32 is 42241.
 */
final class VectorTextParser {
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final String text;
  private int pos;
  private float[] values = new float[16];
  private int count;

  private VectorTextParser(String text) {
    this.text = text;
  }

  static float[] parse(String text) {
    VectorTextParser p = new VectorTextParser(text);
    p.top();
    return Arrays.copyOf(p.values, p.count);
  }

  private void top() {
    skipSpace();
    if (atEnd()) {
      throw endOfText();
    }
    char c = text.charAt(pos);
    if (c == '[') {
      pos++;
      array();
    } else {
      element(false);
      throw VectorErrors.notAVector(1, "Malformed JSON");
    }
    skipSpace();
    if (!atEnd()) {
      throw unexpected(pos);
    }
  }

  private void array() {
    skipSpace();
    if (!atEnd() && text.charAt(pos) == ']') {
      throw VectorErrors.notAVector(8, "Empty Array not Supported");
    }
    while (true) {
      skipSpace();
      if (atEnd()) {
        throw endOfText();
      }
      element(true);
      skipSpace();
      if (atEnd()) {
        throw endOfText();
      }
      char c = text.charAt(pos);
      if (c == ']') {
        pos++;
        return;
      }
      if (c != ',') {
        throw unexpected(pos);
      }
      pos++;
    }
  }

  /** One value inside the array ({@code inArray}) or at the top; only numbers are kept. */
  private void element(boolean inArray) {
    char c = text.charAt(pos);
    switch (c) {
      case '[' -> nestedArray();
      case '{' -> object();
      case '"' -> string();
      case ',', ']', '}', ':' -> throw unexpected(pos);
      default -> literal(inArray);
    }
  }

  private void nestedArray() {
    pos++;
    skipSpace();
    if (atEnd()) {
      throw endOfText();
    }
    if (text.charAt(pos) == ']') {
      throw VectorErrors.notAVector(8, "Empty Array not Supported");
    }
    throw VectorErrors.notAVector(1, "Malformed JSON");
  }

  private void object() {
    pos++;
    skipSpace();
    if (atEnd()) {
      throw endOfText();
    }
    if (text.charAt(pos) == '}') {
      throw VectorErrors.notAVector(7, "Empty object Not Suppoted");
    }
    throw VectorErrors.notAVector(10, "Object Not Supported");
  }

  private void string() {
    int start = pos++;
    while (pos < text.length() && text.charAt(pos) != '"') {
      pos += text.charAt(pos) == '\\' ? 2 : 1;
    }
    if (pos >= text.length()) {
      throw unexpected(start);
    }
    throw VectorErrors.notAVector(5, "String not Supported");
  }

  /** A bare token: a number, or one of JSON's words; anything else is 13609 at its start. */
  private void literal(boolean inArray) {
    int start = pos;
    while (pos < text.length() && !isDelimiter(text.charAt(pos))) {
      pos++;
    }
    String token = text.substring(start, pos);
    switch (token) {
      case "null" -> throw VectorErrors.notAVector(4, "Null Not Supported");
      case "true" -> throw VectorErrors.notAVector(9, "Boolean not supported");
      case "false" -> throw VectorErrors.notAVector(9, "Boolean Not Supported");
      default -> {
        if (!NUMBER.matcher(token).matches()) {
          throw unexpected(start);
        }
        if (inArray) {
          add(toFloat(token));
        }
      }
    }
  }

  private static float toFloat(String token) {
    float f = (float) Double.parseDouble(token);
    if (Float.isInfinite(f)) {
      throw VectorErrors.outOfRange();
    }
    return f == 0f ? 0f : f;
  }

  private void add(float f) {
    if (count == values.length) {
      values = Arrays.copyOf(values, count * 2);
    }
    values[count++] = f;
  }

  private static boolean isDelimiter(char c) {
    return isSpace(c) || c == ',' || c == ']' || c == '[' || c == '{' || c == '}' || c == '"'
        || c == ':';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private void skipSpace() {
    while (pos < text.length() && isSpace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private SqlValueException endOfText() {
    return VectorErrors.badJson('.', text.length());
  }

  /**
   * 13609 at {@code at}. SQL Server reads the text as UTF-8 bytes and shows the first byte of a
   * character outside ASCII as if it were Latin-1 ('é' shows as 'Ã').
   */
  private SqlValueException unexpected(int at) {
    char c = text.charAt(at);
    if (c > 0x7F) {
      byte first = String.valueOf(c).getBytes(StandardCharsets.UTF_8)[0];
      c = (char) (first & 0xFF);
    }
    return VectorErrors.badJson(c, at);
  }
}
