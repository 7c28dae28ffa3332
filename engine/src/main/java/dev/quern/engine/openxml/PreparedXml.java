package dev.quern.engine.openxml;

import java.util.IdentityHashMap;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A document sp_xml_preparedocument parsed: its DOM, the prefixes its third argument declared for
 * XPath, and an id for every element, attribute and text node in document order (an element's
 * attributes right after it), the ids OPENXML's edge table and {@code @mp:id} give.
 */
public final class PreparedXml {
  private final Document document;
  private final NamespaceContext namespaces;
  private final Map<Node, Long> ids = new IdentityHashMap<>();
  private final long characters;

  PreparedXml(Document document, NamespaceContext namespaces, long characters) {
    this.document = document;
    this.namespaces = namespaces;
    this.characters = characters;
    number(document.getDocumentElement());
  }

  private void number(Node node) {
    ids.put(node, (long) ids.size());
    NamedNodeMap attributes = node.getAttributes();
    if (attributes != null) {
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr a = (Attr) attributes.item(i);
        if (!isNamespaceDeclaration(a)) {
          ids.put(a, (long) ids.size());
        }
      }
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      short type = child.getNodeType();
      if (type == Node.ELEMENT_NODE || type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
        number(child);
      }
    }
  }

  static boolean isNamespaceDeclaration(Attr a) {
    return "xmlns".equals(a.getPrefix()) || "xmlns".equals(a.getNodeName());
  }

  Document document() {
    return document;
  }

  NamespaceContext namespaces() {
    return namespaces;
  }

  /** The node's id, or null for a node that gets none (comments, processing instructions). */
  Long id(Node node) {
    return ids.get(node);
  }

  /** The length of the text the document was parsed from, for the session's memory account. */
  long characters() {
    return characters;
  }
}
