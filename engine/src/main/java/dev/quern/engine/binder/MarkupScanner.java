package dev.quern.engine.binder;

import dev.quern.engine.error.SqlException;
import dev.quern.engine.error.XQueryErrors;
import dev.quern.engine.expr.XQueryNamespaces;
import dev.quern.engine.expr.XQueryPath;
import dev.quern.engine.expr.XmlContent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds where an XQuery direct constructor ends in modify()'s text ({@code <a x="1"><b/>t</a>},
 * {@code <!--c-->}, {@code <?pi d?>}) and splits it at its enclosed expressions {@code {…}}, in an
 * attribute value or in content; {@code {{} and {@code }}} stand for the braces themselves. The
 * markup itself is checked when it is parsed as xml, once the enclosed values are in.
 */
final class MarkupScanner {
  /** The constructor, and the offset just past it. */
  record Markup(XmlContent content, int end) {}

  private final String text;
  private final Function<String, XQueryPath> compile;
  private final XQueryNamespaces namespaces;
  private int pos;
  private final StringBuilder literal = new StringBuilder();
  private final List<String> literals = new ArrayList<>();
  private final List<XQueryPath> enclosed = new ArrayList<>();
  private final List<Boolean> inAttribute = new ArrayList<>();

  private MarkupScanner(String text, int pos, Function<String, XQueryPath> compile, XQueryNamespaces namespaces) {
    this.text = text;
    this.pos = pos;
    this.compile = compile;
    this.namespaces = namespaces;
  }

  /**
   * The constructor starting at {@code start} (a {@code <}); {@code compile} compiles its enclosed
   * expressions; its names are in {@code namespaces}, its query's.
   */
  static Markup scan(String text, int start, Function<String, XQueryPath> compile, XQueryNamespaces namespaces) {
    MarkupScanner s = new MarkupScanner(text, start, compile, namespaces);
    s.node();
    s.literals.add(s.literal.toString());
    return new Markup(new XmlContent.Markup(s.literals, s.enclosed, s.inAttribute, s.namespaces), s.pos);
  }

  /** One node: comment, processing instruction, CDATA, or an element with all it holds. */
  private void node() {
    if (at("<!--")) {
      copyThrough("-->");
    } else if (at("<?")) {
      copyThrough("?>");
    } else if (at("<![CDATA[")) {
      copyThrough("]]>");
    } else if (at("</")) {
      throw syntaxNear("</");
    } else {
      element();
    }
  }

  private void element() {
    if (!startTag()) {
      return; // <a/>
    }
    while (!at("</")) {
      char c = next();
      if (c == '<') {
        pos--;
        node();
      } else if (c == '{' || c == '}') {
        brace(c, false);
      } else {
        literal.append(c);
      }
    }
    copyThrough(">");
  }

  /** The start tag, its attribute values' enclosed expressions included; false when it closes itself. */
  private boolean startTag() {
    literal.append(next()); // <
    if (pos >= text.length() || !Character.isLetter(text.charAt(pos)) && text.charAt(pos) != '_') {
      throw syntaxNear(pos >= text.length() ? "<eof>" : String.valueOf(text.charAt(pos)));
    }
    while (true) {
      char c = next();
      if (c == '"' || c == '\'') {
        attributeValue(c);
      } else if (c == '>') {
        literal.append(c);
        return !literal.toString().endsWith("/>");
      } else {
        literal.append(c);
      }
    }
  }

  private void attributeValue(char quote) {
    literal.append(quote);
    while (true) {
      char c = next();
      if (c == quote) {
        literal.append(c);
        return;
      }
      if (c == '{' || c == '}') {
        brace(c, true);
      } else {
        literal.append(c);
      }
    }
  }

  /** A brace: doubled, the brace itself; an opening one, an enclosed expression up to its closing one. */
  private void brace(char c, boolean attribute) {
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      literal.append(c);
      return;
    }
    if (c == '}') {
      throw syntaxNear("}");
    }
    int start = pos;
    int depth = 1;
    char quote = 0;
    while (depth > 0) {
      char d = next();
      if (quote != 0) {
        quote = d == quote ? 0 : quote;
      } else if (d == '"' || d == '\'') {
        quote = d;
      } else if (d == '{') {
        depth++;
      } else if (d == '}') {
        depth--;
      }
    }
    literals.add(literal.toString());
    literal.setLength(0);
    enclosed.add(compile.apply(text.substring(start, pos - 1)));
    inAttribute.add(attribute);
  }

  private void copyThrough(String end) {
    int at = text.indexOf(end, pos);
    if (at < 0) {
      throw syntaxNear("<eof>");
    }
    literal.append(text, pos, at + end.length());
    pos = at + end.length();
  }

  private boolean at(String s) {
    return text.startsWith(s, pos);
  }

  private char next() {
    if (pos >= text.length()) {
      throw syntaxNear("<eof>");
    }
    return text.charAt(pos++);
  }

  private static SqlException syntaxNear(String token) {
    return XQueryErrors.SYNTAX_NEAR.raise(XmlDmlParser.METHOD, token);
  }
}
