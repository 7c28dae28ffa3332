package dev.quern.engine.expr;

import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.XQueryErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Evaluates the xml methods' paths ({@link XQueryPath}, rewritten to XPath 1.0 for the JDK's
 * evaluator) against an xml value or a nodes() row's node. A value is parsed as a fragment
 * (several top-level nodes, text among them, as SQL Server's xml holds), whose root the path's
 * {@code /} names and which a relative path starts from; a node ({@link XmlNodeRef}) is the
 * context itself, in place in its document, so {@code ..} and absolute paths still reach the rest.
 */
public final class XmlPaths {
  private XmlPaths() {}

  /** The values of sql:variable() and sql:column() for the evaluation under way on this thread. */
  private static final ThreadLocal<Object[]> EXTERNALS = new ThreadLocal<>();

  /**
   * Compiled expressions by their XPath text, per thread (a compiled expression is not safe to
   * share): shredding runs the same few paths once per row. Their variables read {@link #EXTERNALS}.
   */
  private static final ThreadLocal<Map<String, XPathExpression>> COMPILED =
      ThreadLocal.withInitial(() -> new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, XPathExpression> eldest) {
          return size() > 256;
        }
      });

  /** value(): the string value of the first node selected, the expression's value when it is not nodes, or null. */
  static String value(Object xml, XQueryPath path, Object[] externals) {
    Object result = evaluate(context(xml, path), path, externals);
    if (result instanceof NodeList nodes) {
      return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
    return (String) result;
  }

  /** exist(): whether the expression's result is not the empty sequence (an atomic value, even false, is not). */
  static boolean exists(Object xml, XQueryPath path, Object[] externals) {
    Object result = evaluate(context(xml, path), path, externals);
    return !(result instanceof NodeList nodes) || nodes.getLength() > 0;
  }

  /** query(): the nodes selected written as an xml fragment, or the atomic value as text. */
  static String query(Object xml, XQueryPath path, Object[] externals) {
    Object result = evaluate(context(xml, path), path, externals);
    if (!(result instanceof NodeList nodes)) {
      StringBuilder sb = new StringBuilder();
      XmlEscaping.escape(sb, (String) result, false);
      return sb.toString();
    }
    if (path.data()) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < nodes.getLength(); i++) {
        XmlEscaping.escape(sb.append(i == 0 ? "" : " "), nodes.item(i).getTextContent(), false);
      }
      return sb.toString();
    }
    return XmlNodeText.of(list(nodes));
  }

  /** nodes(): a reference to each node selected, in document order; 2374 when the expression is not nodes. */
  public static List<Object[]> nodes(Object xml, XQueryPath path, Object[] externals) {
    Object result = evaluate(context(xml, path), path, externals);
    if (!(result instanceof NodeList nodes) || path.data()) {
      throw XQueryErrors.NODES_NEED_NODES.raise("nodes", "nodes()");
    }
    List<Object[]> rows = new ArrayList<>(nodes.getLength());
    for (Node n : list(nodes)) {
      rows.add(new Object[] {new XmlNodeRef(XmlNodeRef.original(n))});
    }
    return rows;
  }

  /**
   * modify(): what the path selects from {@code context}, a node of the document being changed:
   * its nodes in document order, or its value as a string when it is not nodes.
   */
  static Object select(Node context, XQueryPath path, Object[] externals) {
    Object result = evaluate(context, path, externals);
    return result instanceof NodeList nodes ? list(nodes) : result;
  }

  /** modify(): the path's value as text: its nodes' string values space-separated, or its atomic value. */
  static String atomized(Node context, XQueryPath path, Object[] externals) {
    Object result = select(context, path, externals);
    if (result instanceof List<?> nodes) {
      StringBuilder sb = new StringBuilder();
      for (Object n : nodes) {
        sb.append(sb.isEmpty() ? "" : " ").append(((Node) n).getTextContent());
      }
      return sb.toString();
    }
    return (String) result;
  }

  private static Node context(Object xml, XQueryPath path) {
    if (xml instanceof XmlNodeRef ref) {
      return path.local() ? ref.local() : ref.node();
    }
    return XmlFragmentReader.parse((String) xml);
  }

  /** A NodeList when the expression selects nodes, else its value as a string (XPath's string()). */
  private static Object evaluate(Node context, XQueryPath path, Object[] externals) {
    String xpath = path.xpath();
    XPathExpression compiled = compiled(path);
    EXTERNALS.set(externals);
    try {
      return compiled.evaluate(context, XPathConstants.NODESET);
    } catch (XPathExpressionException notNodes) {
      try {
        return compiled.evaluate(context, XPathConstants.STRING);
      } catch (XPathExpressionException e) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("XQuery expression '" + xpath + "'");
      }
    } finally {
      EXTERNALS.remove();
    }
  }

  private static XPathExpression compiled(XQueryPath path) {
    String xpath = path.xpath();
    XQueryNamespaces namespaces = path.namespaces();
    String key = namespaces.prefixes().isEmpty() && namespaces.defaultElement() == null ? xpath
        : xpath + '\u0000' + new java.util.TreeMap<>(namespaces.prefixes()) + '\u0000' + namespaces.defaultElement();
    Map<String, XPathExpression> cache = COMPILED.get();
    XPathExpression compiled = cache.get(key);
    if (compiled == null) {
      XPath x = XPathFactory.newInstance().newXPath();
      x.setNamespaceContext(new Prefixes(namespaces));
      x.setXPathVariableResolver(name -> external(EXTERNALS.get()[Integer.parseInt(name.getLocalPart().substring(1))]));
      try {
        compiled = x.compile(xpath);
      } catch (XPathExpressionException e) {
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("XQuery expression '" + xpath + "'");
      }
      cache.put(key, compiled);
    }
    return compiled;
  }

  /** The namespaces an XPath text's prefixes stand for. */
  private record Prefixes(XQueryNamespaces namespaces) implements javax.xml.namespace.NamespaceContext {
    @Override
    public String getNamespaceURI(String prefix) {
      String uri = namespaces.uri(prefix);
      return uri == null ? javax.xml.XMLConstants.NULL_NS_URI : uri;
    }

    @Override
    public String getPrefix(String uri) {
      return null;
    }

    @Override
    public java.util.Iterator<String> getPrefixes(String uri) {
      return java.util.Collections.emptyIterator();
    }
  }

  /** The values of the arguments of sql:variable() and sql:column(), in their order. */
  public static Object[] externals(List<BoundExpr> exprs, EvalContext ctx) {
    Object[] values = new Object[exprs.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = exprs.get(i).eval(ctx);
    }
    return values;
  }

  /**
   * A T-SQL value as XPath sees it: numbers as numbers, bit as boolean, NULL as the empty
   * sequence (an empty node-set, which compares false to anything), the rest as its text.
   */
  private static Object external(Object v) {
    return switch (v) {
      case null -> EMPTY;
      case Number n -> n.doubleValue();
      case Boolean b -> b;
      default -> v.toString();
    };
  }

  private static final NodeList EMPTY = new NodeList() {
    @Override
    public Node item(int index) {
      return null;
    }

    @Override
    public int getLength() {
      return 0;
    }
  };

  private static List<Node> list(NodeList nodes) {
    List<Node> out = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i));
    }
    return out;
  }
}
