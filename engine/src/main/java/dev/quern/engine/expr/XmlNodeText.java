package dev.quern.engine.expr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Nodes written back as xml text, the way SQL Server serializes what query() selects: an element
 * with no children as {@code <a/>}, text escaped as FOR XML escapes it ({@code & < >} and carriage
 * return; in attributes {@code "}, tab and line feed too), attributes in document order.
 */
final class XmlNodeText {
  private XmlNodeText() {}

  static String of(List<Node> nodes) {
    StringBuilder sb = new StringBuilder();
    for (Node n : nodes) {
      write(sb, n, Map.of());
    }
    return sb.toString();
  }

  /**
   * {@code scope}: the namespace declarations in force where {@code n} is written, prefix ("" the
   * default) to URI. An element whose name (or an attribute's) is in a namespace the text written
   * so far does not declare gets the declaration, first: a node written apart from its ancestors
   * (query()'s, an insert's) stays in its namespace.
   */
  private static void write(StringBuilder sb, Node n, Map<String, String> scope) {
    switch (n.getNodeType()) {
      case Node.ELEMENT_NODE -> {
        sb.append('<').append(n.getNodeName());
        Element e = (Element) n;
        List<String> names = attributeNames(e);
        Map<String, String> inner = new HashMap<>(scope);
        for (String name : names) {
          if (name.equals("xmlns") || name.startsWith("xmlns:")) {
            inner.put(name.equals("xmlns") ? "" : name.substring(6), e.getAttribute(name));
          }
        }
        declare(sb, inner, e.getPrefix(), e.getNamespaceURI());
        for (String name : names) {
          Node a = e.getAttributeNode(name);
          if (a.getPrefix() != null && !a.getPrefix().equals("xmlns") && !a.getPrefix().equals("xml")) {
            declare(sb, inner, a.getPrefix(), a.getNamespaceURI());
          }
        }
        for (String name : names) {
          sb.append(' ').append(name).append("=\"");
          XmlEscaping.escape(sb, e.getAttribute(name), true);
          sb.append('"');
        }
        if (!n.hasChildNodes()) {
          sb.append("/>");
          return;
        }
        sb.append('>');
        writeChildren(sb, n, inner);
        sb.append("</").append(n.getNodeName()).append('>');
      }
      case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> XmlEscaping.escape(sb, n.getNodeValue(), false);
      case Node.COMMENT_NODE -> sb.append("<!--").append(n.getNodeValue()).append("-->");
      case Node.PROCESSING_INSTRUCTION_NODE ->
          sb.append("<?").append(n.getNodeName()).append(' ').append(n.getNodeValue()).append("?>");
      case Node.ATTRIBUTE_NODE -> XmlEscaping.escape(sb, n.getNodeValue(), false);
      default -> writeChildren(sb, n, scope); // the document (fragment) node: its content
    }
  }

  /** Writes {@code xmlns[:prefix]="uri"} unless {@code scope} already binds the prefix to the URI. */
  private static void declare(StringBuilder sb, Map<String, String> scope, String prefix, String uri) {
    String p = prefix == null ? "" : prefix;
    String u = uri == null ? "" : uri;
    if (scope.getOrDefault(p, "").equals(u)) {
      return;
    }
    scope.put(p, u);
    sb.append(p.isEmpty() ? " xmlns=\"" : " xmlns:" + p + "=\"");
    XmlEscaping.escape(sb, u, true);
    sb.append('"');
  }

  private static List<String> attributeNames(Element e) {
    List<String> order = XmlFragmentReader.attributeOrder(e);
    if (order != null) {
      return order;
    }
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < e.getAttributes().getLength(); i++) {
      names.add(e.getAttributes().item(i).getNodeName());
    }
    return names;
  }

  private static void writeChildren(StringBuilder sb, Node n, Map<String, String> scope) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      write(sb, c, scope);
    }
  }
}
