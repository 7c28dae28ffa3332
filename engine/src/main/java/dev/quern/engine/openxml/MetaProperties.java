package dev.quern.engine.openxml;

import java.util.Locale;
import org.w3c.dom.Attr;
import org.w3c.dom.Node;

/**
 * OPENXML's view of a node: the metaproperties a column pattern may name ({@code @mp:id},
 * {@code @mp:parentid}, {@code @mp:localname}, {@code @mp:parentlocalname}, {@code @mp:prefix},
 * {@code @mp:parentprefix}, {@code @mp:namespaceuri}, {@code @mp:parentnamespaceuri},
 * {@code @mp:prev}, {@code @mp:xmltext}) and the node's edge-table row. Ids are the document-order
 * numbers of {@link PreparedXml}; MSXML's differ, and SQL Server documents them only as unique.
 */
final class MetaProperties {
  private MetaProperties() {}

  static Object of(PreparedXml doc, Node node, String pattern) {
    Node parent = parent(node);
    return switch (pattern.substring(4).toLowerCase(Locale.ROOT)) {
      case "id" -> doc.id(node);
      case "parentid" -> parent == null ? null : doc.id(parent);
      case "localname" -> localName(node);
      case "parentlocalname" -> parent == null ? null : localName(parent);
      case "prefix" -> node.getPrefix();
      case "parentprefix" -> parent == null ? null : parent.getPrefix();
      case "namespaceuri" -> node.getNamespaceURI();
      case "parentnamespaceuri" -> parent == null ? null : parent.getNamespaceURI();
      case "prev" -> previousSibling(doc, node);
      case "xmltext" -> node.getNodeType() == Node.ELEMENT_NODE ? XmlMarkup.of(node) : null;
      default -> null;
    };
  }

  /** id, parentid, nodetype (1 element, 2 attribute, 3 text), localname, prefix, namespaceuri, datatype, prev, text. */
  static Object[] edgeRow(PreparedXml doc, Node n) {
    Node parent = parent(n);
    int type = switch (n.getNodeType()) {
      case Node.ELEMENT_NODE -> 1;
      case Node.ATTRIBUTE_NODE -> 2;
      default -> 3;
    };
    String text = type == 1 ? null : type == 2 ? ((Attr) n).getValue() : n.getNodeValue();
    return new Object[] {doc.id(n), parent == null ? null : doc.id(parent), type, localName(n), n.getPrefix(),
        n.getNamespaceURI(), null, previousSibling(doc, n), text};
  }

  private static Node parent(Node n) {
    Node p = n.getNodeType() == Node.ATTRIBUTE_NODE ? ((Attr) n).getOwnerElement() : n.getParentNode();
    return p != null && p.getNodeType() == Node.ELEMENT_NODE ? p : null;
  }

  private static String localName(Node n) {
    if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
      return "#text";
    }
    return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
  }

  /** The id of the element before an element among its siblings; null for other nodes. */
  private static Long previousSibling(PreparedXml doc, Node n) {
    if (n.getNodeType() != Node.ELEMENT_NODE) {
      return null;
    }
    for (Node s = n.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
      if (s.getNodeType() == Node.ELEMENT_NODE) {
        return doc.id(s);
      }
    }
    return null;
  }
}
