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

  private final XmlDmlCursor in;
  private final XQueryNamespaces namespaces;
  private final List<String> atomicContent = new ArrayList<>();
  private String attributeContent;

  private XmlDmlParser(String text, XQueryNamespaces inherited) {
    XQueryNamespaces.Prolog prolog = XQueryNamespaces.prolog(text, METHOD, inherited);
    this.namespaces = prolog.namespaces();
    this.in = new XmlDmlCursor(text, prolog.bodyStart());
  }

  /** {@code inherited}: the namespaces of the statement's WITH XMLNAMESPACES, below the text's own prolog. */
  static XmlDml parse(String text, XQueryNamespaces inherited) {
    if (text.isBlank()) {
      throw XQueryErrors.EMPTY_EXPRESSION.raise();
    }
    return new XmlDmlParser(text, inherited).statement();
  }

  private XmlDml statement() {
    in.skipSpace();
    int start = in.pos;
    return switch (in.word()) {
      case "insert" -> insert();
      case "delete" -> delete();
      case "replace" -> replace();
      default -> {
        in.pos = start;
        throw notDml();
      }
    };
  }

  /** XQuery that is no XML DML is 6305; text that is not XQuery either, the path compiler's error. */
  private SqlException notDml() {
    try {
      compile(in.text.substring(in.pos));
    } catch (SqlException e) {
      if (e.number() != SqlErrors.OPTION_NOT_SUPPORTED.number()) {
        throw e;
      }
    }
    return XQueryErrors.DML_REQUIRED.raise();
  }

  private XmlDml insert() {
    List<XmlContent> content = new ArrayList<>();
    in.skipSpace();
    if (in.peek() == '(' && !in.startsPath(in.pos + 1)) {
      in.pos++;
      do {
        item(content, false);
        in.skipSpace();
      } while (in.accept(','));
      in.expect(')');
    } else {
      item(content, false);
    }
    XmlDml.Position position = position();
    String targetText = in.rest();
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
    in.skipSpace();
    String w = in.wordOrToken();
    if (w.equals("as")) {
      in.skipSpace();
      String which = in.wordOrToken();
      if (!which.equals("first") && !which.equals("last")) {
        throw XmlDmlCursor.syntaxNear(which);
      }
      in.skipSpace();
      String into = in.wordOrToken();
      if (!into.equals("into")) {
        throw XmlDmlCursor.syntaxNear(into);
      }
      return which.equals("first") ? XmlDml.Position.AS_FIRST_INTO : XmlDml.Position.INTO;
    }
    return switch (w) {
      case "into" -> XmlDml.Position.INTO;
      case "after" -> XmlDml.Position.AFTER;
      case "before" -> XmlDml.Position.BEFORE;
      default -> throw XmlDmlCursor.syntaxNear(w);
    };
  }

  /**
   * One content item. {@code inElement}: inside a computed element's braces, where a literal is
   * text content rather than an atomic value inserted.
   */
  private void item(List<XmlContent> content, boolean inElement) {
    in.skipSpace();
    char c = in.peek();
    int start = in.pos;
    if (c == 0) {
      throw XmlDmlCursor.syntaxNear("<eof>");
    }
    if (c == '<') {
      MarkupScanner.Markup m = MarkupScanner.scan(in.text, in.pos, this::compile, namespaces);
      in.pos = m.end();
      content.add(m.content());
      return;
    }
    if (c == '"' || c == '\'' || Character.isDigit(c)) {
      in.pos = in.expressionEnd(inElement ? Set.of() : POSITION_WORDS);
      String literal = in.text.substring(start, in.pos);
      if (inElement) {
        content.add(new XmlContent.Text(compile(literal)));
      } else {
        atomicContent.add(XQueryStaticType.literalType(literal.strip()));
      }
      return;
    }
    String w = in.word();
    in.skipSpace();
    if ((w.equals("attribute") || w.equals("element")) && in.peek() == '{') {
      throw XQueryErrors.COMPUTED_NAME.raise(METHOD);
    }
    if (w.equals("attribute") || w.equals("element")) {
      int nameStart = in.pos;
      String name = in.qname();
      in.skipSpace();
      if (!name.isEmpty() && in.peek() == '{') {
        content.add(computed(w, name));
        return;
      }
      in.pos = nameStart;
    }
    if (w.equals("text") && in.peek() == '{') {
      content.add(new XmlContent.Text(compile(braced())));
      return;
    }
    in.pos = start;
    in.pos = in.expressionEnd(inElement ? Set.of() : POSITION_WORDS);
    String expression = in.text.substring(start, in.pos).strip();
    boolean external = expression.matches("sql:(variable|column)\\(\\s*(\"[^\"]*\"|'[^']*')\\s*\\)");
    content.add(new XmlContent.Nodes(compile(expression), external));
  }

  private XmlContent computed(String kind, String name) {
    String uri = uri(name, kind.equals("element"));
    if (kind.equals("attribute")) {
      attributeContent = attributeContent == null ? "attribute(" + name + ",xdt:untypedAtomic)" : attributeContent;
      return new XmlContent.Attribute(uri, name, compile(braced()));
    }
    in.expect('{');
    List<XmlContent> children = new ArrayList<>();
    in.skipSpace();
    if (!in.accept('}')) {
      do {
        item(children, true);
        in.skipSpace();
      } while (in.accept(','));
      in.expect('}');
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
    String targetText = in.rest();
    XQueryStaticType target = XQueryStaticType.of(targetText);
    XQueryPath path = compile(targetText);
    if (target.kind() == XQueryStaticType.Kind.DOCUMENT || target.kind() == XQueryStaticType.Kind.ATOMIC) {
      throw XQueryErrors.DELETE_NOT_NODES.raise(METHOD, target.quoted());
    }
    return new XmlDml(XmlDml.Kind.DELETE, null, List.of(), path, null);
  }

  private XmlDml replace() {
    in.skipSpace();
    String value = in.wordOrToken();
    if (!value.equals("value")) {
      throw XmlDmlCursor.syntaxNear(value);
    }
    in.skipSpace();
    String of = in.wordOrToken();
    if (!of.equals("of")) {
      throw XmlDmlCursor.syntaxNear(of);
    }
    int start = in.pos;
    int end = in.expressionEnd(Set.of("with"));
    if (end >= in.text.length()) {
      throw XQueryErrors.EXPECTED.raise(METHOD, "with");
    }
    String targetText = in.text.substring(start, end).strip();
    if (targetText.isEmpty()) {
      throw XmlDmlCursor.syntaxNear("with");
    }
    in.pos = end + "with".length();
    String withText = in.rest();
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
    in.expect('{');
    int start = in.pos;
    int end = in.expressionEnd(Set.of());
    if (end >= in.text.length() || in.text.charAt(end) != '}') {
      throw XmlDmlCursor.syntaxNear("<eof>");
    }
    in.pos = end + 1;
    String inner = in.text.substring(start, end).strip();
    if (inner.isEmpty()) {
      throw XmlDmlCursor.syntaxNear("}");
    }
    return inner;
  }
}
