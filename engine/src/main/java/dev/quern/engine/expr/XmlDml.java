package dev.quern.engine.expr;

import dev.quern.engine.error.XQueryErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.w3c.dom.Attr;
import org.w3c.dom.DocumentFragment;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One XML DML statement of the xml type's modify() (SQL Server's "XML Data Modification Language"),
 * checked when bound, applied here to a parsed value: {@code insert} (the content before, after or
 * into the single node the target selects; nothing when it selects none), {@code delete} (every
 * node the target selects) or {@code replace value of} (the text or attribute the target selects,
 * given the {@code with} expression's value as text; an empty text node goes away).
 *
 * @param content insert's items, empty otherwise
 * @param with replace value of's value, null otherwise
 */
public record XmlDml(Kind kind, Position position, List<XmlContent> content, XQueryPath target, XQueryPath with) {
  public XmlDml {
    content = List.copyOf(content);
  }

  /** The three statements. */
  public enum Kind { INSERT, DELETE, REPLACE_VALUE }

  /** Where insert puts its content; {@code INTO} is {@code as last into}. */
  public enum Position { INTO, AS_FIRST_INTO, AFTER, BEFORE }

  /** Every path the statement evaluates, whose sql:variable() and sql:column() are bound for it. */
  public List<XQueryPath> paths() {
    List<XQueryPath> all = new ArrayList<>();
    all.add(target);
    if (with != null) {
      all.add(with);
    }
    content.forEach(c -> all.addAll(c.paths()));
    return all;
  }

  /** Changes the value whose root is {@code root}; {@code externals} gives each path's T-SQL values. */
  void apply(DocumentFragment root, Function<XQueryPath, Object[]> externals) {
    Object selected = XmlPaths.select(root, target, externals.apply(target));
    if (!(selected instanceof List<?> targets) || targets.isEmpty()) {
      return;
    }
    switch (kind) {
      case INSERT -> insert(root, (Node) targets.get(0), externals);
      case DELETE -> targets.forEach(n -> delete((Node) n));
      case REPLACE_VALUE -> replaceValue((Node) targets.get(0), XmlPaths.atomized(root, with, externals.apply(with)));
    }
  }

  private void insert(DocumentFragment root, Node target, Function<XQueryPath, Object[]> externals) {
    List<Node> nodes = new ArrayList<>();
    List<Attr> attributes = new ArrayList<>();
    for (XmlContent item : content) {
      for (Node n : item.build(root.getOwnerDocument(), root, externals)) {
        if (n instanceof Attr a) {
          attributes.add(a);
        } else {
          nodes.add(n);
        }
      }
    }
    if (!attributes.isEmpty() && target instanceof Element e) {
      addAttributes(e, attributes);
    }
    Node parent = target.getParentNode();
    for (Node n : nodes) {
      switch (position) {
        case INTO -> target.appendChild(n);
        case AS_FIRST_INTO -> target.insertBefore(n, first(target, nodes));
        case BEFORE -> parent.insertBefore(n, target);
        case AFTER -> parent.insertBefore(n, nextAfter(target, nodes));
      }
    }
  }

  /** The child {@code as first} inserts before: the first one that is not itself being inserted. */
  private static Node first(Node target, List<Node> inserting) {
    Node c = target.getFirstChild();
    while (c != null && inserting.contains(c)) {
      c = c.getNextSibling();
    }
    return c;
  }

  /** The sibling {@code after} inserts before: past the nodes this insert already put after the target. */
  private static Node nextAfter(Node target, List<Node> inserting) {
    Node c = target.getNextSibling();
    while (c != null && inserting.contains(c)) {
      c = c.getNextSibling();
    }
    return c;
  }

  /**
   * Adds attributes where SQL Server puts them: its node order holds an element's own attributes
   * at the odd places and the k-th attribute one statement adds at place 2k, so the added ones
   * go one after each existing attribute, any left over at the end (whatever as first/as last says).
   */
  private static void addAttributes(Element e, List<Attr> added) {
    List<String> existing = XmlFragmentReader.attributeOrder(e);
    existing = existing == null ? List.of() : existing;
    List<String> order = new ArrayList<>();
    for (int i = 0; i < Math.max(existing.size(), added.size()); i++) {
      if (i < existing.size()) {
        order.add(existing.get(i));
      }
      if (i < added.size()) {
        String name = added.get(i).getName();
        if (e.hasAttribute(name) || order.contains(name)) {
          throw XQueryErrors.DUPLICATE_ATTRIBUTE.raise(name);
        }
        order.add(name);
      }
    }
    added.forEach(e::setAttributeNode);
    e.setUserData(XmlFragmentReader.ATTRIBUTE_ORDER, order, null);
  }

  private static void delete(Node n) {
    if (n instanceof Attr a) {
      Element owner = a.getOwnerElement();
      owner.removeAttributeNode(a);
      List<String> order = new ArrayList<>(XmlFragmentReader.attributeOrder(owner));
      order.remove(a.getName());
      owner.setUserData(XmlFragmentReader.ATTRIBUTE_ORDER, order, null);
    } else if (n.getParentNode() != null) {
      n.getParentNode().removeChild(n);
    }
  }

  private static void replaceValue(Node n, String value) {
    if (n instanceof Attr a) {
      a.setValue(value);
    } else if (value.isEmpty()) {
      n.getParentNode().removeChild(n);
    } else {
      n.setNodeValue(value);
    }
  }
}
