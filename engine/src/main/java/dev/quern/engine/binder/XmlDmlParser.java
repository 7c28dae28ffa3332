package dev.quern.engine.binder;

import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.error.XQueryErrors;
import dev.quern.engine.expr.XQueryNamespaces;
import dev.quern.engine.expr.XQueryPath;
import dev.quern.engine.expr.XmlContent;
import dev.quern.engine.expr.XmlDml;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses and checks modify()'s argument, one XML DML statement: {@code insert Expression1 [{as
 * first | as last} into | into | after | before] Expression2}, {@code delete Expression}, {@code
 * replace value of Expression1 with Expression2}. The paths in it are the subset {@link XQueryPath}
 * takes; insert's content is markup ({@link MarkupScanner}), a computed constructor, sql:variable()
 * / sql:column(), or a path. SQL Server's static checks, in its order: a target that is not a
 * single node (2226, 2337), an atomic value inserted (2207), an attribute given a position (2258),
 * a target of the wrong kind (2240, 2249, 2356, 2264), constructed xml in {@code with} (9310).
 * Text that is XQuery but no XML DML is 6305. A prolog's namespace declarations come first.
 */
final class XmlDmlParser {
  static final String METHOD = "modify";

  private static final Set<String> POSITION_WORDS = Set.of("as", "into", "after", "before");

  private final String text;
  private final XQueryNamespaces namespaces;
  private int pos;
  private final List<String> atomicContent = new ArrayList<>();
  private String attributeContent;

  private XmlDmlParser(String text, XQueryNamespaces inherited) {
    this.text = text;
    XQueryNamespaces.Prolog prolog = XQueryNamespaces.prolog(text, METHOD, inherited);
    this.namespaces = prolog.namespaces();
    this.pos = prolog.bodyStart();
  }

  /** {@code inherited}: the namespaces of the statement's WITH XMLNAMESPACES, below the text's own prolog. */
  static XmlDml parse(String text, XQueryNamespaces inherited) {
    if (text.isBlank()) {
      throw XQueryErrors.EMPTY_EXPRESSION.raise();
    }
    return new XmlDmlParser(text, inherited).statement();
  }

  private XmlDml statement() {
    skipSpace();
    int start = pos;
    return switch (word()) {
      case "insert" -> insert();
      case "delete" -> delete();
      case "replace" -> replace();
      default -> {
        pos = start;
        throw notDml();
      }
    };
  }

  /** XQuery that is no XML DML is 6305; text that is not XQuery either, the path compiler's error. */
  private SqlException notDml() {
    try {
      compile(text.substring(pos));
    } catch (SqlException e) {
      if (e.number() != SqlErrors.OPTION_NOT_SUPPORTED.number()) {
        throw e;
      }
    }
    return XQueryErrors.DML_REQUIRED.raise();
  }

  private XmlDml insert() {
    List<XmlContent> content = new ArrayList<>();
    skipSpace();
    if (peek() == '(' && !startsPath(pos + 1)) {
      pos++;
      do {
        item(content, false);
        skipSpace();
      } while (accept(','));
      expect(')');
    } else {
      item(content, false);
    }
    XmlDml.Position position = position();
    String targetText = rest();
    XQueryStaticType target = XQueryStaticType.of(targetText);
    XQueryPath path = compile(targetText);
    if (!target.single()) {
      throw XQueryErrors.INSERT_TARGET_NOT_SINGLE.raise(METHOD, target.quoted());
    }
    if (!atomicContent.isEmpty()) {
      throw XQueryErrors.INSERT_NOT_NODES.raise(METHOD, atomicContent.get(0));
    }
    boolean into = position == XmlDml.Position.INTO || position == XmlDml.Position.AS_FIRST_INTO;
    if (attributeContent != null && !into) {
      throw XQueryErrors.ATTRIBUTE_POSITION.raise(METHOD, attributeContent);
    }
    var kind = target.kind();
    if (into && (kind == XQueryStaticType.Kind.TEXT || kind == XQueryStaticType.Kind.ATTRIBUTE
        || kind == XQueryStaticType.Kind.ATOMIC || target.item().equals("comment")
        || target.item().startsWith("processing-instruction"))) {
      throw XQueryErrors.INSERT_INTO_TARGET.raise(METHOD, target.quoted());
    }
    if (!into && (kind == XQueryStaticType.Kind.ATTRIBUTE || kind == XQueryStaticType.Kind.DOCUMENT
        || kind == XQueryStaticType.Kind.ATOMIC)) {
      throw XQueryErrors.INSERT_BESIDE_TARGET.raise(METHOD, target.quoted());
    }
    return new XmlDml(XmlDml.Kind.INSERT, position, content, path, null);
  }

  /** {@code [as first | as last] into}, {@code into}, {@code after} or {@code before}. */
  private XmlDml.Position position() {
    skipSpace();
    String w = wordOrToken();
    if (w.equals("as")) {
      skipSpace();
      String which = wordOrToken();
      if (!which.equals("first") && !which.equals("last")) {
        throw syntaxNear(which);
      }
      skipSpace();
      String into = wordOrToken();
      if (!into.equals("into")) {
        throw syntaxNear(into);
      }
      return which.equals("first") ? XmlDml.Position.AS_FIRST_INTO : XmlDml.Position.INTO;
    }
    return switch (w) {
      case "into" -> XmlDml.Position.INTO;
      case "after" -> XmlDml.Position.AFTER;
      case "before" -> XmlDml.Position.BEFORE;
      default -> throw syntaxNear(w);
    };
  }

  /**
   * One content item. {@code inElement}: inside a computed element's braces, where a literal is
   * text content rather than an atomic value inserted.
   */
  private void item(List<XmlContent> content, boolean inElement) {
    skipSpace();
    char c = peek();
    int start = pos;
    if (c == 0) {
      throw syntaxNear("<eof>");
    }
    if (c == '<') {
      MarkupScanner.Markup m = MarkupScanner.scan(text, pos, this::compile, namespaces);
      pos = m.end();
      content.add(m.content());
      return;
    }
    if (c == '"' || c == '\'' || Character.isDigit(c)) {
      pos = expressionEnd(inElement ? Set.of() : POSITION_WORDS);
      String literal = text.substring(start, pos);
      if (inElement) {
        content.add(new XmlContent.Text(compile(literal)));
      } else {
        atomicContent.add(XQueryStaticType.literalType(literal.strip()));
      }
      return;
    }
    String w = word();
    skipSpace();
    if ((w.equals("attribute") || w.equals("element")) && peek() == '{') {
      throw XQueryErrors.COMPUTED_NAME.raise(METHOD);
    }
    if (w.equals("attribute") || w.equals("element")) {
      int nameStart = pos;
      String name = qname();
      skipSpace();
      if (!name.isEmpty() && peek() == '{') {
        content.add(computed(w, name));
        return;
      }
      pos = nameStart;
    }
    if (w.equals("text") && peek() == '{') {
      content.add(new XmlContent.Text(compile(braced())));
      return;
    }
    pos = start;
    pos = expressionEnd(inElement ? Set.of() : POSITION_WORDS);
    String expression = text.substring(start, pos).strip();
    boolean external = expression.matches("sql:(variable|column)\\(\\s*(\"[^\"]*\"|'[^']*')\\s*\\)");
    content.add(new XmlContent.Nodes(compile(expression), external));
  }

  private XmlContent computed(String kind, String name) {
    String uri = uri(name, kind.equals("element"));
    if (kind.equals("attribute")) {
      attributeContent = attributeContent == null ? "attribute(" + name + ",xdt:untypedAtomic)" : attributeContent;
      return new XmlContent.Attribute(uri, name, compile(braced()));
    }
    expect('{');
    List<XmlContent> children = new ArrayList<>();
    skipSpace();
    if (!accept('}')) {
      do {
        item(children, true);
        skipSpace();
      } while (accept(','));
      expect('}');
    }
    return new XmlContent.Element(uri, name, children);
  }

  /** The namespace of a constructed name: its prefix's, or for an element's unprefixed name the default one. */
  private String uri(String name, boolean element) {
    int colon = name.indexOf(':');
    if (colon < 0) {
      return element ? namespaces.defaultElement() : null;
    }
    String uri = namespaces.prefixes().get(name.substring(0, colon));
    if (uri == null) {
      throw XQueryErrors.NOT_A_NAMESPACE.raise(METHOD, name.substring(0, colon));
    }
    return uri;
  }

  private XmlDml delete() {
    String targetText = rest();
    XQueryStaticType target = XQueryStaticType.of(targetText);
    XQueryPath path = compile(targetText);
    if (target.kind() == XQueryStaticType.Kind.DOCUMENT || target.kind() == XQueryStaticType.Kind.ATOMIC) {
      throw XQueryErrors.DELETE_NOT_NODES.raise(METHOD, target.quoted());
    }
    return new XmlDml(XmlDml.Kind.DELETE, null, List.of(), path, null);
  }

  private XmlDml replace() {
    skipSpace();
    String value = wordOrToken();
    if (!value.equals("value")) {
      throw syntaxNear(value);
    }
    skipSpace();
    String of = wordOrToken();
    if (!of.equals("of")) {
      throw syntaxNear(of);
    }
    int start = pos;
    int end = expressionEnd(Set.of("with"));
    if (end >= text.length()) {
      throw XQueryErrors.EXPECTED.raise(METHOD, "with");
    }
    String targetText = text.substring(start, end).strip();
    if (targetText.isEmpty()) {
      throw syntaxNear("with");
    }
    pos = end + "with".length();
    String withText = rest();
    XQueryStaticType target = XQueryStaticType.of(targetText);
    XQueryPath path = compile(targetText);
    if (!target.single()) {
      throw XQueryErrors.REPLACE_TARGET_NOT_SINGLE.raise(METHOD, target.quoted());
    }
    if (target.kind() == XQueryStaticType.Kind.ELEMENT || target.kind() == XQueryStaticType.Kind.DOCUMENT) {
      throw XQueryErrors.REPLACE_VALUE_TARGET.raise(METHOD, target.quoted());
    }
    if (withText.startsWith("<") || withText.matches("(?s)(element|attribute|text)\\s*[\\w:.-]*\\s*\\{.*")) {
      throw XQueryErrors.REPLACE_WITH_CONSTRUCTED.raise(METHOD);
    }
    return new XmlDml(XmlDml.Kind.REPLACE_VALUE, null, List.of(), path, compile(withText));
  }

  private XQueryPath compile(String expression) {
    return XQueryPath.compile(expression, METHOD, namespaces);
  }

  /** The text of a {@code {…}} block, the input at its brace; the input moves past the closing one. */
  private String braced() {
    expect('{');
    int start = pos;
    int end = expressionEnd(Set.of());
    if (end >= text.length() || text.charAt(end) != '}') {
      throw syntaxNear("<eof>");
    }
    pos = end + 1;
    String inner = text.substring(start, end).strip();
    if (inner.isEmpty()) {
      throw syntaxNear("}");
    }
    return inner;
  }

  /**
   * Where the expression from the input ends: at a stop word outside quotes and brackets, at a
   * comma or an unmatched closing bracket, or at the end of the text.
   */
  private int expressionEnd(Set<String> stopWords) {
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
  private boolean startsPath(int i) {
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

  private String word() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
        || text.charAt(pos) == '-' && pos > start)) {
      pos++;
    }
    return text.substring(start, pos);
  }

  /** A word, or the one character that stands where a word should ({@code <eof>} at the end). */
  private String wordOrToken() {
    if (pos >= text.length()) {
      return "<eof>";
    }
    String w = word();
    return w.isEmpty() ? String.valueOf(text.charAt(pos)) : w;
  }

  private String qname() {
    int start = pos;
    while (pos < text.length() && isNameChar(text.charAt(pos))) {
      pos++;
    }
    return text.substring(start, pos);
  }

  private String rest() {
    String r = text.substring(Math.min(pos, text.length())).strip();
    if (r.isEmpty()) {
      throw syntaxNear("<eof>");
    }
    pos = text.length();
    return r;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private boolean accept(char c) {
    skipSpace();
    if (peek() == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!accept(c)) {
      throw syntaxNear(pos >= text.length() ? "<eof>" : String.valueOf(text.charAt(pos)));
    }
  }

  private static SqlException syntaxNear(String token) {
    return XQueryErrors.SYNTAX_NEAR.raise(METHOD, token);
  }
}
