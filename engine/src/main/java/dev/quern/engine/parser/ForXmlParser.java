package dev.quern.engine.parser;

import dev.quern.engine.ast.ForXml;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.lexer.Token;

/**
 * The rest of a {@code FOR XML} clause, after its two words: the mode, its row name and the
 * options, in any order. EXPLICIT mode and the XMLDATA / XMLSCHEMA directives are not given (40517).
 * Names are checked by the binder, after the statement's shape (6819 before 6850, as SQL Server).
 */
final class ForXmlParser {
  private final TokenStream in;
  private final dev.quern.engine.ast.XmlNamespaces namespaces;

  /** {@code namespaces}: those of the statement's WITH XMLNAMESPACES, or null. */
  ForXmlParser(TokenStream in, dev.quern.engine.ast.XmlNamespaces namespaces) {
    this.in = in;
    this.namespaces = namespaces;
  }

  ForXml parse() {
    ForXml.Mode mode;
    if (in.accept("RAW")) {
      mode = ForXml.Mode.RAW;
    } else if (in.accept("AUTO")) {
      mode = ForXml.Mode.AUTO;
    } else if (in.accept("PATH")) {
      mode = ForXml.Mode.PATH;
    } else if (in.at("EXPLICIT")) {
      throw namespaces != null ? SqlErrors.FOR_XML_NAMESPACES_FEATURE.raise()
          : SqlErrors.OPTION_NOT_SUPPORTED.raise("FOR XML EXPLICIT");
    } else {
      throw in.unexpected();
    }
    String rowName = "row";
    if (in.atSymbol("(")) {
      if (mode == ForXml.Mode.AUTO) {
        throw SqlErrors.FOR_XML_ROW_NAME_MODE.raise();
      }
      rowName = parenthesizedString();
    }
    String root = null;
    boolean elements = false;
    boolean xsinil = false;
    boolean base64 = false;
    boolean type = false;
    while (in.acceptSymbol(",")) {
      if (in.accept("ROOT")) {
        root = in.atSymbol("(") ? parenthesizedString() : "root";
        if (root.isEmpty()) {
          throw SqlErrors.FOR_XML_EMPTY_ROOT.raise();
        }
      } else if (in.accept("ELEMENTS")) {
        elements = true;
        if (in.accept("XSINIL")) {
          xsinil = true;
        } else {
          in.accept("ABSENT");
        }
      } else if (in.accept("BINARY")) {
        in.expect("BASE64");
        base64 = true;
      } else if (in.accept("TYPE")) {
        type = true;
      } else if (in.at("XMLDATA") || in.at("XMLSCHEMA")) {
        throw namespaces != null ? SqlErrors.FOR_XML_NAMESPACES_FEATURE.raise()
            : SqlErrors.OPTION_NOT_SUPPORTED.raise(in.peek().upper());
      } else {
        throw in.unexpected();
      }
    }
    return new ForXml(mode, rowName, root, elements, xsinil, base64, type, namespaces);
  }

  /** {@code ('name')}: a string literal in parentheses. */
  private String parenthesizedString() {
    in.expectSymbol("(");
    Token name = in.next();
    if (!name.isStringLiteral()) {
      throw SqlErrors.SYNTAX_NEAR.raise(name.raw());
    }
    in.expectSymbol(")");
    return name.value();
  }
}
