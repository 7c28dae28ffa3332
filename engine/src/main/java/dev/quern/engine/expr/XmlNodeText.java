package dev.quern.engine.expr;

import java.util.List;
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
      write(sb, n);
    }
    return sb.toString();
  }

  private static void write(StringBuilder sb, Node n) {
    switch (n.getNodeType()) {
      case Node.ELEMENT_NODE -> {
        sb.append('<').append(n.getNodeName());
        Element e = (Element) n;
        for (String name : attributeNames(e)) {
          sb.append(' ').append(name).append("=\"");
          XmlEscaping.escape(sb, e.getAttribute(name), true);
          sb.append('"');
        }
        if (!n.hasChildNodes()) {
          sb.append("/>");
          return;
        }
        sb.append('>');
        writeChildren(sb, n);
        sb.append("</").append(n.getNodeName()).append('>');
      }
      case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> XmlEscaping.escape(sb, n.getNodeValue(), false);
      case Node.COMMENT_NODE -> sb.append("<!--").append(n.getNodeValue()).append("-->");
      case Node.PROCESSING_INSTRUCTION_NODE ->
          sb.append("<?").append(n.getNodeName()).append(' ').append(n.getNodeValue()).append("?>");
      case Node.ATTRIBUTE_NODE -> XmlEscaping.escape(sb, n.getNodeValue(), false);
      default -> writeChildren(sb, n); // the document (fragment) node: its content
    }
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

  private static void writeChildren(StringBuilder sb, Node n) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      write(sb, c);
    }
  }
}
