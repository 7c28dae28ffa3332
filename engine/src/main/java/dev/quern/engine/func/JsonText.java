package dev.quern.engine.func;

import dev.quern.engine.error.SqlErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text as the JSON functions read it: parsed into values that remember where they stand in
 * the text (JSON_QUERY returns a fragment as written), and JSON paths ({@code [lax|strict]
 * $.a."b c"[2]}) walked over them. Errors are SQL Server's 13607 (path) and 13609 (text).
 */
final class JsonText {
  private JsonText() {}

  /** A value: an object (Map), array (List), string, number text, true/false, or {@link #NULL}. */
  record Value(Object value, int start, int end) {
    boolean isScalar() {
      return !(value instanceof Map) && !(value instanceof List);
    }
  }

  /** JSON null (a Java null means "not found"). */
  static final Object NULL = new Object();

  /** A scalar's text as JSON_VALUE returns it: strings unescaped, numbers as written, true/false; null for null. */
  static String scalarText(Object v) {
    if (v == NULL) {
      return null;
    }
    if (v instanceof Number n) {
      return n.text();
    }
    if (v instanceof Boolean b) {
      return b ? "true" : "false";
    }
    return (String) v;
  }

  /** Whether {@code text} is one well-formed JSON value (ISJSON's answer, without the error). */
  static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  static Value parse(String text) {
    Reader r = new Reader(text);
    r.space();
    Value v = r.value();
    r.space();
    if (r.pos < text.length()) {
      throw r.unexpected();
    }
    return v;
  }

  /** A parsed path: strict or lax, and its steps (a String key or an Integer index). */
  record Path(boolean strict, List<Object> steps) {}

  static Path path(String text) {
    String t = text.strip();
    boolean strict = false;
    int i = 0;
    if (t.regionMatches(true, 0, "strict", 0, 6)) {
      strict = true;
      i = 6;
    } else if (t.regionMatches(true, 0, "lax", 0, 3)) {
      i = 3;
    }
    while (i < t.length() && t.charAt(i) == ' ') {
      i++;
    }
    if (i >= t.length() || t.charAt(i) != '$') {
      throw pathError(t, i);
    }
    i++;
    List<Object> steps = new ArrayList<>();
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c == '.') {
        i++;
        if (i < t.length() && t.charAt(i) == '"') {
          StringBuilder key = new StringBuilder();
          int end = quotedKey(t, i + 1, key);
          if (end < 0) {
            throw pathError(t, i);
          }
          steps.add(key.toString());
          i = end + 1;
        } else {
          int s = i;
          while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '_' || t.charAt(i) == '$')) {
            i++;
          }
          if (i == s) {
            throw pathError(t, i);
          }
          steps.add(t.substring(s, i));
        }
      } else if (c == '[') {
        int end = t.indexOf(']', i);
        if (end < 0) {
          throw pathError(t, i);
        }
        try {
          steps.add(Integer.parseInt(t.substring(i + 1, end).strip()));
        } catch (NumberFormatException e) {
          throw pathError(t, i + 1);
        }
        i = end + 1;
      } else {
        throw pathError(t, i);
      }
    }
    return new Path(strict, steps);
  }

  /**
   * Reads a quoted key's characters from {@code from} into {@code key}, a backslash taking the next
   * character as it is ($."a\"b" names the key a"b); the closing quote's index, or -1.
   */
  private static int quotedKey(String t, int from, StringBuilder key) {
    for (int i = from; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\\' && i + 1 < t.length()) {
        c = t.charAt(++i);
      }
      key.append(c);
    }
    return -1;
  }

  /** The value at {@code path} in {@code root}, or null when there is none. */
  static Value find(Value root, Path path) {
    Value v = root;
    for (Object step : path.steps()) {
      if (step instanceof String key && v.value() instanceof Map<?, ?> m) {
        v = (Value) m.get(key);
      } else if (step instanceof Integer n && v.value() instanceof List<?> l) {
        v = n >= 0 && n < l.size() ? (Value) l.get(n) : null;
      } else {
        v = null;
      }
      if (v == null) {
        return null;
      }
    }
    return v;
  }

  private static RuntimeException pathError(String path, int at) {
    String ch = at < path.length() ? String.valueOf(path.charAt(at)) : "";
    return SqlErrors.JSON_PATH_FORMAT.raise(ch, at + 1);
  }

  /** A recursive-descent reader of JSON text (RFC 8259). */
  private static final class Reader {
    private final String text;
    private int pos;

    Reader(String text) {
      this.text = text;
    }

    void space() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    RuntimeException unexpected() {
      String ch = pos < text.length() ? String.valueOf(text.charAt(pos)) : "";
      return SqlErrors.JSON_TEXT_FORMAT.raise(ch, pos);
    }

    Value value() {
      if (pos >= text.length()) {
        throw unexpected();
      }
      int start = pos;
      char c = text.charAt(pos);
      Object v;
      switch (c) {
        case '{' -> v = object();
        case '[' -> v = array();
        case '"' -> v = string();
        case 't' -> v = word("true", Boolean.TRUE);
        case 'f' -> v = word("false", Boolean.FALSE);
        case 'n' -> v = word("null", NULL);
        default -> v = number();
      }
      return new Value(v, start, pos);
    }

    private Map<String, Value> object() {
      pos++;
      Map<String, Value> m = new LinkedHashMap<>();
      space();
      if (peek() == '}') {
        pos++;
        return m;
      }
      while (true) {
        space();
        if (peek() != '"') {
          throw unexpected();
        }
        String key = string();
        space();
        if (peek() != ':') {
          throw unexpected();
        }
        pos++;
        space();
        m.putIfAbsent(key, value());
        space();
        char c = peek();
        pos++;
        if (c == '}') {
          return m;
        }
        if (c != ',') {
          pos--;
          throw unexpected();
        }
      }
    }

    private List<Value> array() {
      pos++;
      List<Value> l = new ArrayList<>();
      space();
      if (peek() == ']') {
        pos++;
        return l;
      }
      while (true) {
        space();
        l.add(value());
        space();
        char c = peek();
        pos++;
        if (c == ']') {
          return l;
        }
        if (c != ',') {
          pos--;
          throw unexpected();
        }
      }
    }

    private String string() {
      pos++;
      StringBuilder sb = new StringBuilder();
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c == '\\') {
          if (pos >= text.length()) {
            break;
          }
          char e = text.charAt(pos++);
          switch (e) {
            case '"', '\\', '/' -> sb.append(e);
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> {
              if (pos + 4 > text.length()) {
                throw unexpected();
              }
              sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
              pos += 4;
            }
            default -> {
              pos--;
              throw unexpected();
            }
          }
        } else if (c < 0x20) {
          pos--;
          throw unexpected();
        } else {
          sb.append(c);
        }
      }
      throw unexpected();
    }

    private Object word(String w, Object v) {
      if (!text.startsWith(w, pos)) {
        throw unexpected();
      }
      pos += w.length();
      return v;
    }

    /** A number, kept as its text (JSON_VALUE returns it as written). */
    private Object number() {
      int s = pos;
      if (peek() == '-') {
        pos++;
      }
      int digits = pos;
      while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      if (pos == digits) {
        throw unexpected();
      }
      String n = text.substring(s, pos);
      try {
        new java.math.BigDecimal(n);
      } catch (NumberFormatException e) {
        pos = s;
        throw unexpected();
      }
      return new Number(n);
    }

    private char peek() {
      return pos < text.length() ? text.charAt(pos) : '\0';
    }
  }

  /** A JSON number as written. */
  record Number(String text) {}
}
