package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The value of a nodes() row's column: a reference to one node in place in its parsed document,
 * so that value(), query(), exist() and nodes() called on it start from that node and still reach
 * its parent, its siblings and the document's root.
 *
 * <p>The JDK's XPath evaluator walks the whole document up to its context node on every call, so
 * shredding a large document one node at a time would take time quadratic in its size. A path that
 * stays in the node's subtree ({@link XQueryPath#local()}) runs instead on {@link #local()}, a copy
 * of that subtree alone, made once per row; its nodes lead back to the originals ({@link #original}).
 */
public final class XmlNodeRef {
  /**
   * The column's type: xml as far as the methods go, told apart from a stored xml value by a
   * length no xml has, so that binding can refuse the column anywhere but as a method's target (493).
   */
  public static final SqlType TYPE = new SqlType(TypeId.XML, 0, 0, 0);

  private static final String ORIGINAL = "quern.original";

  private final Node node;
  private Node local;

  public XmlNodeRef(Node node) {
    this.node = node;
  }

  public static boolean isNodeType(SqlType t) {
    return t.id() == TypeId.XML && t.length() == 0;
  }

  public Node node() {
    return node;
  }

  /** The node itself when it is not an element (nothing below it to walk), else its subtree's copy. */
  Node local() {
    if (node.getNodeType() != Node.ELEMENT_NODE) {
      return node;
    }
    if (local == null) {
      Document doc = node.getOwnerDocument().getImplementation().createDocument(null, null, null);
      local = copy(doc, node);
      doc.createDocumentFragment().appendChild(local);
    }
    return local;
  }

  /** The node of the parsed document {@code n} copies, or {@code n} when it is not a copy. */
  static Node original(Node n) {
    Object o = n.getUserData(ORIGINAL);
    return o instanceof Node original ? original : n;
  }

  private static Node copy(Document doc, Node n) {
    Node c = switch (n.getNodeType()) {
      case Node.ELEMENT_NODE -> {
        Element e = doc.createElementNS(n.getNamespaceURI(), n.getNodeName());
        NamedNodeMap attributes = n.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
          Node a = attributes.item(i);
          e.setAttributeNS(a.getNamespaceURI(), a.getNodeName(), a.getNodeValue());
          e.getAttributeNode(a.getNodeName()).setUserData(ORIGINAL, a, null);
        }
        e.setUserData(XmlFragmentReader.ATTRIBUTE_ORDER, XmlFragmentReader.attributeOrder(n), null);
        for (Node child = n.getFirstChild(); child != null; child = child.getNextSibling()) {
          e.appendChild(copy(doc, child));
        }
        yield e;
      }
      case Node.COMMENT_NODE -> doc.createComment(n.getNodeValue());
      case Node.PROCESSING_INSTRUCTION_NODE -> doc.createProcessingInstruction(n.getNodeName(), n.getNodeValue());
      default -> doc.createTextNode(n.getNodeValue());
    };
    c.setUserData(ORIGINAL, n, null);
    return c;
  }

  @Override
  public String toString() {
    return XmlNodeText.of(java.util.List.of(node));
  }
}
