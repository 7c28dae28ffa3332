package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.ForXml;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.plan.ForXmlNode;
import dev.quern.engine.plan.ForXmlNode.Kind;
import dev.quern.engine.plan.ForXmlNode.Node;
import dev.quern.engine.plan.QueryPlan;
import dev.quern.engine.ast.XmlNamespaces;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts a bound query under FOR XML: decides each column's node in the row's element, and refuses
 * what SQL Server refuses. RAW and AUTO make every column an attribute of the row element (a child
 * element under ELEMENTS, or when the value is xml), named by the column with its name escaped;
 * AUTO names the row element by its one table. PATH reads each alias as a path ({@link
 * PathColumns}). AUTO over joined tables (its nesting) is not given, so it is refused rather than
 * flattened.
 */
final class ForXmlBinder {
  private ForXmlBinder() {}

  static QueryPlan wrap(QueryBinder.Bound bound, QuerySpec query, ForXml options, boolean splitRows) {
    List<ResultColumn> columns = bound.plan().columns();
    Set<String> declared = declaredPrefixes(options.namespaces());
    String rowName = options.rowName();
    if (options.mode() == ForXml.Mode.AUTO) {
      rowName = autoRowName(query);
      checkRawName(rowName, "row", options, declared);
    } else if (!rowName.isEmpty()) {
      XmlNames.check(rowName, "Row", rowName, declared);
    }
    if (options.root() != null) {
      XmlNames.check(options.root(), "ROOT", options.root(), declared);
    }
    List<Node> nodes =
        options.mode() == ForXml.Mode.PATH
            ? PathColumns.nodes(columns, rowName.isEmpty(), declared)
            : rawNodes(columns, options, rowName.isEmpty(), declared);
    ForXmlNode node = new ForXmlNode(
        bound.plan().root(), nodes, rowName.isEmpty() ? null : rowName, options.root(),
        options.xsinil(), options.type(), splitRows && !options.type(), declarations(options.namespaces()));
    return new QueryPlan(node, node.columns());
  }

  private static Set<String> declaredPrefixes(XmlNamespaces namespaces) {
    Set<String> out = new HashSet<>();
    if (namespaces != null) {
      namespaces.declarations().stream().filter(d -> d.prefix() != null).forEach(d -> out.add(d.prefix()));
    }
    return out;
  }

  /**
   * The namespace declarations each top-level element carries (ROOT's, or else each row's): as SQL
   * Server writes them, the last declared first ({@code ('u1' AS a, DEFAULT 'u2')} is {@code
   * xmlns="u2" xmlns:a="u1"}); empty without WITH XMLNAMESPACES.
   */
  private static String declarations(XmlNamespaces namespaces) {
    if (namespaces == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (XmlNamespaces.Declaration d : namespaces.declarations().reversed()) {
      sb.append(d.prefix() == null ? " xmlns=\"" : " xmlns:" + d.prefix() + "=\"");
      dev.quern.engine.expr.XmlEscaping.escape(sb, d.uri(), true);
      sb.append('"');
    }
    return sb.toString();
  }

  /**
   * A RAW or AUTO name (escaped, so its one colon left is a prefix's): under WITH XMLNAMESPACES not
   * {@code xmlns} (6867); its prefix xml or one declared (6846).
   */
  private static void checkRawName(String name, String kind, ForXml options, Set<String> declared) {
    if (options.namespaces() != null && (name.equals("xmlns") || name.startsWith("xmlns:"))) {
      throw SqlErrors.FOR_XML_XMLNS.raise();
    }
    int colon = name.indexOf(':');
    if (colon > 0 && !name.substring(0, colon).equals("xml") && !declared.contains(name.substring(0, colon))) {
      throw SqlErrors.FOR_XML_UNDECLARED_PREFIX.raise(name.substring(0, colon), kind, name);
    }
  }

  /** AUTO's element: its one table's alias, else its name as written, escaped. */
  private static String autoRowName(QuerySpec query) {
    return switch (query.from()) {
      case null -> throw SqlErrors.FOR_XML_AUTO_NEEDS_TABLE.raise();
      case TableSource.Named n -> XmlNames.escape(n.alias() != null ? n.alias() : String.join(".", n.parts()));
      case TableSource.Derived d -> XmlNames.escape(d.alias());
      default -> throw SqlErrors.OPTION_NOT_SUPPORTED.raise("FOR XML AUTO over joined tables");
    };
  }

  /** RAW's and AUTO's nodes: attributes of the row element, or its child elements. */
  private static List<Node> rawNodes(
      List<ResultColumn> columns, ForXml options, boolean noRowElement, Set<String> declared) {
    if (noRowElement && !options.elements()) {
      throw SqlErrors.FOR_XML_ATTRIBUTE_WITHOUT_ROW.raise();
    }
    List<Node> nodes = new ArrayList<>();
    List<String> attributes = new ArrayList<>();
    for (ResultColumn c : columns) {
      if (c.name() == null || c.name().isEmpty()) {
        throw SqlErrors.FOR_XML_UNNAMED.raise();
      }
      SqlType type = c.type();
      if (isBinary(type) && !options.binaryBase64()) {
        if (options.mode() == ForXml.Mode.RAW) {
          throw SqlErrors.FOR_XML_RAW_BINARY.raise(c.name());
        }
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("FOR XML AUTO binary data without BINARY BASE64");
      }
      boolean xml = type.id() == TypeId.XML;
      String name = XmlNames.escape(c.name());
      checkRawName(name, "column", options, declared);
      if (options.elements() || xml) {
        nodes.add(new Node(Kind.ELEMENT, List.of(name), name, type, xml));
      } else {
        if (attributes.contains(name)) {
          throw SqlErrors.FOR_XML_REPEATED_ATTRIBUTE.raise(c.name());
        }
        attributes.add(name);
        nodes.add(new Node(Kind.ATTRIBUTE, List.of(), name, type, false));
      }
    }
    return nodes;
  }

  static boolean isBinary(SqlType type) {
    return type.id() == TypeId.BINARY || type.id() == TypeId.VARBINARY || type.id() == TypeId.IMAGE;
  }
}
