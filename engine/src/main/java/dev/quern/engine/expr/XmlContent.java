package dev.quern.engine.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One item of what an XML DML {@code insert} inserts ("insert (XML DML)", Expression1): a direct
 * constructor written as markup ({@code <a n="{sql:variable("@v")}">1</a>}), a computed one
 * ({@code attribute id {"5"}}, {@code text {"abc"}}, {@code element a {…}}), or nodes an expression
 * gives ({@code sql:variable("@x")} holding xml, a path). Each builds its nodes anew in the
 * document being changed, so that they keep their attributes' written order.
 */
public sealed interface XmlContent {
  /**
   * The item's nodes, made in {@code doc}; {@code root} is the changed value's root, from which
   * enclosed paths start; {@code externals} gives each path's sql:variable()/sql:column() values.
   */
  List<Node> build(Document doc, Node root, Function<XQueryPath, Object[]> externals);

  /** The paths the item evaluates, whose externals are bound with the statement's. */
  List<XQueryPath> paths();

  /**
   * A direct constructor: {@code literals} around the enclosed expressions {@code {…}} ({@code
   * literals} has one more), each enclosed one in an attribute value or in content; its names in
   * {@code namespaces}, its query's.
   */
  record Markup(List<String> literals, List<XQueryPath> enclosed, List<Boolean> inAttribute, XQueryNamespaces namespaces)
      implements XmlContent {
    public Markup {
      literals = List.copyOf(literals);
      enclosed = List.copyOf(enclosed);
      inAttribute = List.copyOf(inAttribute);
    }

    @Override
    public List<Node> build(Document doc, Node root, Function<XQueryPath, Object[]> externals) {
      StringBuilder sb = new StringBuilder(literals.get(0));
      for (int i = 0; i < enclosed.size(); i++) {
        XQueryPath p = enclosed.get(i);
        Object value = XmlPaths.select(root, p, externals.apply(p));
        if (value instanceof List<?> nodes && !inAttribute.get(i)) {
          sb.append(XmlNodeText.of(nodes.stream().map(Node.class::cast).toList()));
        } else {
          XmlEscaping.escape(sb, XmlPaths.atomized(root, p, externals.apply(p)), inAttribute.get(i));
        }
        sb.append(literals.get(i + 1));
      }
      return children(XmlFragmentReader.parse(sb.toString(), doc, namespaces));
    }

    @Override
    public List<XQueryPath> paths() {
      return enclosed;
    }
  }

  /** {@code attribute name {value}}; {@code uri} the namespace of its prefix, or null. */
  record Attribute(String uri, String name, XQueryPath value) implements XmlContent {
    @Override
    public List<Node> build(Document doc, Node root, Function<XQueryPath, Object[]> externals) {
      Attr a = doc.createAttributeNS(uri, name);
      a.setValue(XmlPaths.atomized(root, value, externals.apply(value)));
      return List.of(a);
    }

    @Override
    public List<XQueryPath> paths() {
      return List.of(value);
    }
  }

  /** {@code text {value}}: no node when the value is empty, as XQuery's text constructor. */
  record Text(XQueryPath value) implements XmlContent {
    @Override
    public List<Node> build(Document doc, Node root, Function<XQueryPath, Object[]> externals) {
      String s = XmlPaths.atomized(root, value, externals.apply(value));
      return s.isEmpty() ? List.of() : List.of(doc.createTextNode(s));
    }

    @Override
    public List<XQueryPath> paths() {
      return List.of(value);
    }
  }

  /**
   * {@code element name {content, …}}: its attributes, text and child nodes from the content items;
   * {@code uri} the namespace of its name, or null.
   */
  record Element(String uri, String name, List<XmlContent> content) implements XmlContent {
    public Element {
      content = List.copyOf(content);
    }

    @Override
    public List<Node> build(Document doc, Node root, Function<XQueryPath, Object[]> externals) {
      org.w3c.dom.Element e = doc.createElementNS(uri, name);
      List<String> order = new ArrayList<>();
      for (XmlContent item : content) {
        for (Node n : item.build(doc, root, externals)) {
          if (n instanceof Attr a) {
            e.setAttributeNode(a);
            order.add(a.getName());
          } else {
            e.appendChild(n);
          }
        }
      }
      e.setUserData(XmlFragmentReader.ATTRIBUTE_ORDER, order, null);
      return List.of(e);
    }

    @Override
    public List<XQueryPath> paths() {
      return content.stream().flatMap(c -> c.paths().stream()).toList();
    }
  }

  /**
   * The nodes of an expression: {@code sql:variable("@x")} or {@code sql:column("c")} holding xml
   * (its nodes), or a path in the changed value (copies of the nodes it selects; an atomic value
   * becomes one text node, as the insert page says).
   */
  record Nodes(XQueryPath path, boolean external) implements XmlContent {
    @Override
    public List<Node> build(Document doc, Node root, Function<XQueryPath, Object[]> externals) {
      if (external) {
        Object v = externals.apply(path)[0];
        return v == null ? List.of() : children(XmlFragmentReader.parse(v.toString(), doc));
      }
      Object value = XmlPaths.select(root, path, externals.apply(path));
      if (!(value instanceof List<?> nodes)) {
        return List.of(doc.createTextNode((String) value));
      }
      List<Node> out = new ArrayList<>();
      for (Object o : nodes) {
        Node n = (Node) o;
        if (n instanceof Attr a) {
          Attr copy = doc.createAttributeNS(a.getNamespaceURI(), a.getName());
          copy.setValue(a.getValue());
          out.add(copy);
        } else {
          out.addAll(children(XmlFragmentReader.parse(XmlNodeText.of(List.of(n)), doc)));
        }
      }
      return out;
    }

    @Override
    public List<XQueryPath> paths() {
      return List.of(path);
    }
  }

  private static List<Node> children(Node parent) {
    List<Node> out = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      out.add(c);
    }
    return out;
  }
}
