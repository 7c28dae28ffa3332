package dev.quern.engine.binder;

import dev.quern.engine.error.SqlException;
import dev.quern.engine.error.XQueryErrors;
import java.util.Set;

/**
 * A position in modify()'s XML DML text and the scanning {@link XmlDmlParser} does on it: words,
 * names, whitespace, and where an embedded expression ends (outside quotes and brackets, at a
 * stop word, a comma or an unmatched closing bracket). Errors are modify()'s 2209.
 */
final class XmlDmlCursor {
  final String text;
  int pos;

  XmlDmlCursor(String text, int pos) {
    this.text = text;
    this.pos = pos;
  }

  /**
   * Where the expression from the input ends: at a stop word outside quotes and brackets, at a
   * comma or an unmatched closing bracket, or at the end of the text.
   */
  int expressionEnd(Set<String> stopWords) {
    int depth = 0;
    char quote = 0;
    for (int i = pos; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (--depth < 0) {
          return i;
        }
      } else if (depth == 0 && c == ',') {
        return i;
      } else if (depth == 0 && isWordStart(i) && stopWords.contains(wordAt(i))) {
        return i;
      }
    }
    if (quote != 0) {
      throw syntaxNear("<eof>");
    }
    return text.length();
  }

  private boolean isWordStart(int i) {
    return Character.isLetter(text.charAt(i)) && (i == 0 || !isNameChar(text.charAt(i - 1)));
  }

  private String wordAt(int i) {
    int j = i;
    while (j < text.length() && isNameChar(text.charAt(j)) && text.charAt(j) != ':') {
      j++;
    }
    return j < text.length() && isNameChar(text.charAt(j)) ? "" : text.substring(i, j);
  }

  /** Whether the text at {@code i} starts a path rather than a sequence of constructors: {@code (/a/b)[1]}. */
  boolean startsPath(int i) {
    int j = i;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j >= text.length()) {
      return false;
    }
    char c = text.charAt(j);
    String rest = text.substring(j);
    return c == '/' || c == '.' || c == '@'
        || Character.isLetter(c) && !rest.matches("(?s)(sql:|attribute\\b|element\\b|text\\s*\\{).*");
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
  }

  String word() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
        || text.charAt(pos) == '-' && pos > start)) {
      pos++;
    }
    return text.substring(start, pos);
  }

  /** A word, or the one character that stands where a word should ({@code <eof>} at the end). */
  String wordOrToken() {
    if (pos >= text.length()) {
      return "<eof>";
    }
    String w = word();
    return w.isEmpty() ? String.valueOf(text.charAt(pos)) : w;
  }

  String qname() {
    int start = pos;
    while (pos < text.length() && isNameChar(text.charAt(pos))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  String rest() {
    String r = text.substring(Math.min(pos, text.length())).strip();
    if (r.isEmpty()) {
      throw syntaxNear("<eof>");
    }
    pos = text.length();
    return r;
  }

  void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  boolean accept(char c) {
    skipSpace();
    if (peek() == c) {
      pos++;
      return true;
    }
    return false;
  }

  void expect(char c) {
    if (!accept(c)) {
      throw syntaxNear(pos >= text.length() ? "<eof>" : String.valueOf(text.charAt(pos)));
    }
  }

  static SqlException syntaxNear(String token) {
    return XQueryErrors.SYNTAX_NEAR.raise(XmlDmlParser.METHOD, token);
  }
}
