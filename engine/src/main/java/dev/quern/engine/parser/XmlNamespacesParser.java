package dev.quern.engine.parser;

import dev.quern.engine.ast.XmlNamespaces;
import dev.quern.engine.error.SqlErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code XMLNAMESPACES ('uri' AS prefix | DEFAULT 'uri', …)} after a statement's WITH, checked as
 * "WITH XMLNAMESPACES (Transact-SQL)" says: a URI is whitespace-collapsed and not empty (6874), a
 * prefix is an NCName (6870, 6877), not {@code xmlns} (6871), {@code xml} only for its own URI and
 * that URI for no other prefix (6872), and declared once (6869, DEFAULT too).
 */
final class XmlNamespacesParser {
  static final String XML_URI = "http://www.w3.org/XML/1998/namespace";

  private XmlNamespacesParser() {}

  /** At XMLNAMESPACES. */
  static XmlNamespaces parse(TokenStream in) {
    in.expect("XMLNAMESPACES");
    in.expectSymbol("(");
    List<XmlNamespaces.Declaration> declarations = new ArrayList<>();
    do {
      String prefix = null;
      String uri;
      if (in.accept("DEFAULT")) {
        uri = uri(in.stringLiteral());
      } else {
        uri = uri(in.stringLiteral());
        in.expect("AS");
        prefix = in.identifier();
        checkPrefix(prefix, uri);
      }
      for (XmlNamespaces.Declaration d : declarations) {
        if (Objects.equals(d.prefix(), prefix)) {
          throw SqlErrors.XMLNAMESPACES_PREFIX_REDEFINED.raise(prefix == null ? "" : prefix);
        }
      }
      declarations.add(new XmlNamespaces.Declaration(prefix, uri));
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    return new XmlNamespaces(declarations);
  }

  /** The URI collapsed as xs:anyURI is: no leading or trailing whitespace, runs of it one space. */
  private static String uri(String written) {
    String uri = written.strip().replaceAll("\\s+", " ");
    if (uri.isEmpty()) {
      throw SqlErrors.XMLNAMESPACES_EMPTY_URI.raise();
    }
    return uri;
  }

  private static void checkPrefix(String prefix, String uri) {
    if (prefix.isEmpty()) {
      throw SqlErrors.XMLNAMESPACES_EMPTY_PREFIX.raise();
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      boolean ok = Character.isLetter(c) || c == '_'
          || i > 0 && (Character.isDigit(c) || c == '.' || c == '-');
      if (!ok) {
        throw SqlErrors.XMLNAMESPACES_BAD_PREFIX.raise(prefix, String.valueOf(c), (int) c);
      }
    }
    if (prefix.equals("xmlns")) {
      throw SqlErrors.XMLNAMESPACES_RESERVED_PREFIX.raise(prefix);
    }
    if (prefix.equals("xml") != uri.equals(XML_URI)) {
      throw SqlErrors.XMLNAMESPACES_XML_PREFIX.raise();
    }
  }
}
