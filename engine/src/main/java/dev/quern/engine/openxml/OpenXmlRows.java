package dev.quern.engine.openxml;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.ValueErrors;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The rows of {@code OPENXML(handle, rowpattern, flags)}: one per node the XPath row pattern
 * selects. With a schema, each column is read from its own pattern relative to the node (an XPath;
 * {@code @mp:id} and the other metaproperties), or else by its name: an attribute of the node
 * (flags 0 and 1, attribute-centric), a child element (2, element-centric), or the attribute and
 * then the element (3); the text is converted to the column's type as CAST converts it. Without a
 * schema the rows are the edge table of the selected nodes and everything under them.
 */
public final class OpenXmlRows {
  /** A column of the WITH schema; {@code pattern} null when it is mapped by name. */
  public record Column(String name, SqlType type, String pattern) {}

  /** The edge table's columns, as documented for OPENXML without WITH. */
  public static final List<ResultColumn> EDGE_COLUMNS =
      List.of(
          new ResultColumn("id", SqlTypes.BIGINT, false),
          new ResultColumn("parentid", SqlTypes.BIGINT, true),
          new ResultColumn("nodetype", SqlTypes.INT, false),
          new ResultColumn("localname", SqlTypes.NVARCHAR_MAX, false),
          new ResultColumn("prefix", SqlTypes.NVARCHAR_MAX, true),
          new ResultColumn("namespaceuri", SqlTypes.NVARCHAR_MAX, true),
          new ResultColumn("datatype", SqlTypes.NVARCHAR_MAX, true),
          new ResultColumn("prev", SqlTypes.BIGINT, true),
          new ResultColumn("text", SqlType.ofLength(TypeId.NTEXT, SqlType.MAX), true));

  private static final int ELEMENT_CENTRIC = 2;

  private OpenXmlRows() {}

  public static List<Object[]> rows(PreparedXml doc, String rowPattern, int flags, List<Column> columns) {
    XPath xpath = xpath(doc);
    List<XPathExpression> patterns = new ArrayList<>();
    for (Column c : columns) {
      patterns.add(c.pattern() == null || c.pattern().startsWith("@mp:") ? null : compile(xpath, c.pattern()));
    }
    List<Object[]> out = new ArrayList<>();
    for (Node node : select(doc, xpath, rowPattern)) {
      Object[] row = new Object[columns.size()];
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        Object value = c.pattern() != null && c.pattern().startsWith("@mp:")
            ? MetaProperties.of(doc, node, c.pattern())
            : patterns.get(i) != null ? byPattern(patterns.get(i), node, c.type()) : byName(node, c.name(), flags, c.type());
        row[i] = value instanceof String s ? convert(s, c.type()) : value;
      }
      out.add(row);
    }
    return out;
  }

  /** The edge table: each selected node and every element, attribute and text node under it, once. */
  public static List<Object[]> edgeRows(PreparedXml doc, String rowPattern) {
    Set<Node> nodes = new LinkedHashSet<>();
    for (Node n : select(doc, xpath(doc), rowPattern)) {
      collect(doc, n, nodes);
    }
    List<Object[]> out = new ArrayList<>();
    for (Node n : nodes) {
      out.add(MetaProperties.edgeRow(doc, n));
    }
    return out;
  }

  private static void collect(PreparedXml doc, Node n, Set<Node> out) {
    if (doc.id(n) == null) {
      return;
    }
    out.add(n);
    NamedNodeMap attributes = n.getAttributes();
    if (attributes != null) {
      for (int i = 0; i < attributes.getLength(); i++) {
        collect(doc, attributes.item(i), out);
      }
    }
    for (Node child = n.getFirstChild(); child != null; child = child.getNextSibling()) {
      collect(doc, child, out);
    }
  }

  private static XPath xpath(PreparedXml doc) {
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(doc.namespaces());
    return xpath;
  }

  /** 6603 for a pattern that is no XPath 1.0 expression. */
  private static XPathExpression compile(XPath xpath, String pattern) {
    try {
      return xpath.compile(pattern);
    } catch (XPathExpressionException e) {
      throw SqlErrors.XML_PARSING_ERROR.raise(describe(e));
    }
  }

  private static List<Node> select(PreparedXml doc, XPath xpath, String rowPattern) {
    XPathExpression e = compile(xpath, rowPattern);
    try {
      NodeList list = (NodeList) e.evaluate(doc.document(), XPathConstants.NODESET);
      List<Node> out = new ArrayList<>(list.getLength());
      for (int i = 0; i < list.getLength(); i++) {
        out.add(list.item(i));
      }
      return out;
    } catch (XPathExpressionException ex) {
      throw SqlErrors.XML_PARSING_ERROR.raise(describe(ex));
    }
  }

  /** A column's pattern from the row's node: the first node's text, or the value of an expression. */
  private static Object byPattern(XPathExpression pattern, Node node, SqlType type) {
    try {
      NodeList list = (NodeList) pattern.evaluate(node, XPathConstants.NODESET);
      return list.getLength() == 0 ? null : text(list.item(0), type);
    } catch (XPathExpressionException notNodes) {
      try {
        return pattern.evaluate(node, XPathConstants.STRING); // count(…), concat(…), a number
      } catch (XPathExpressionException e) {
        throw SqlErrors.XML_PARSING_ERROR.raise(describe(e));
      }
    }
  }

  private static Object byName(Node node, String name, int flags, SqlType type) {
    if (!(node instanceof Element element)) {
      return null;
    }
    boolean elements = (flags & ELEMENT_CENTRIC) != 0;
    boolean attributes = !elements || (flags & 1) != 0;
    if (attributes) {
      Attr a = element.getAttributeNode(name);
      if (a != null) {
        return a.getValue();
      }
    }
    if (elements) {
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child.getNodeType() == Node.ELEMENT_NODE && child.getNodeName().equals(name)) {
          return text(child, type);
        }
      }
    }
    return null;
  }

  /** A node's text: its markup for an xml column, else its string value (all text under it). */
  private static String text(Node node, SqlType type) {
    if (type.id() == TypeId.XML && node.getNodeType() == Node.ELEMENT_NODE) {
      return XmlMarkup.of(node);
    }
    return node.getNodeType() == Node.ATTRIBUTE_NODE ? ((Attr) node).getValue() : node.getTextContent();
  }

  private static Object convert(String text, SqlType type) {
    try {
      return Conversions.convert(text, SqlTypes.NVARCHAR_MAX, type);
    } catch (SqlValueException e) {
      throw ValueErrors.toSql(e);
    }
  }

  private static String describe(XPathExpressionException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return cause.getMessage() == null ? "Invalid XPath expression." : cause.getMessage();
  }
}
