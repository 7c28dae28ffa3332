package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.plan.ForXmlNode.Kind;
import dev.quern.engine.plan.ForXmlNode.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * FOR XML PATH's reading of column aliases: {@code a/b} nests elements, {@code @x} (as a last
 * step) is an attribute, {@code text()} and {@code data()} (as a last step), {@code *},
 * {@code node()} and an unnamed column put the value in as text, {@code comment()} as an XML
 * comment and {@code processing-instruction(name)} as a processing instruction (its text not
 * escaped: monitoring scripts show SQL text so, readable, in a clickable XML cell). Columns in a row are laid out in
 * order, an element staying open while the next column's path goes through it, so the shape is
 * known here; it is checked as SQL Server checks it: an attribute after content of its element
 * (6852), one attribute twice on an element (6810), an attribute with no row element (6864).
 */
final class PathColumns {
  private PathColumns() {}

  /** An element open in the layout, as the columns come. */
  private static final class Frame {
    final String name;
    boolean hasContent;
    final Set<String> attributes = new HashSet<>();

    Frame(String name) {
      this.name = name;
    }
  }

  /** {@code declared}: the prefixes of the statement's WITH XMLNAMESPACES, which names may use. */
  static List<Node> nodes(List<ResultColumn> columns, boolean noRowElement, Set<String> declared) {
    List<Node> nodes = new ArrayList<>();
    List<Frame> open = new ArrayList<>(List.of(new Frame(null)));
    for (ResultColumn c : columns) {
      Node node = node(c.name(), c.type(), declared);
      if (node.kind() == Kind.ATTRIBUTE && node.elements().isEmpty() && noRowElement) {
        throw SqlErrors.FOR_XML_ATTRIBUTE_WITHOUT_ROW.raise();
      }
      List<String> path = node.elements();
      int common = 0;
      while (common < path.size() && common + 1 < open.size() && open.get(common + 1).name.equals(path.get(common))) {
        common++;
      }
      while (open.size() > common + 1) {
        open.removeLast();
      }
      for (int k = common; k < path.size(); k++) {
        open.getLast().hasContent = true;
        open.add(new Frame(path.get(k)));
      }
      Frame target = open.getLast();
      if (node.kind() == Kind.ATTRIBUTE) {
        if (target.hasContent) {
          throw SqlErrors.FOR_XML_ATTRIBUTE_AFTER_CONTENT.raise(c.name());
        }
        if (!target.attributes.add(node.name())) {
          throw SqlErrors.FOR_XML_REPEATED_ATTRIBUTE.raise(c.name());
        }
      } else {
        target.hasContent = true;
      }
      nodes.add(node);
    }
    return nodes;
  }

  /** One column's node, from its alias. */
  private static Node node(String alias, SqlType type, Set<String> declared) {
    boolean xml = type.id() == TypeId.XML;
    if (alias == null || alias.isEmpty() || alias.equals("*") || alias.equals("node()")) {
      return new Node(Kind.TEXT, List.of(), null, type, xml);
    }
    List<String> steps = Arrays.asList(alias.split("/", -1));
    if (steps.contains("")) {
      throw SqlErrors.FOR_XML_PATH_SLASHES.raise(alias);
    }
    List<String> parents = steps.subList(0, steps.size() - 1);
    for (String step : parents) {
      XmlNames.check(step, "Column", alias, declared);
    }
    String last = steps.getLast();
    if (last.equals("comment()")) {
      return new Node(Kind.COMMENT, parents, null, type, false);
    }
    if (last.startsWith("processing-instruction(") && last.endsWith(")")) {
      String target = last.substring("processing-instruction(".length(), last.length() - 1).trim();
      XmlNames.check(target, "Column", alias, declared);
      return new Node(Kind.PROCESSING_INSTRUCTION, parents, target, type, false);
    }
    if (last.equals("text()") || last.equals("data()")) {
      if (xml) {
        throw SqlErrors.FOR_XML_XML_TEXT_STEP.raise(alias);
      }
      return new Node(last.equals("text()") ? Kind.TEXT : Kind.DATA, parents, null, type, false);
    }
    if (last.startsWith("@")) {
      String name = last.substring(1);
      if (name.isEmpty()) {
        throw SqlErrors.FOR_XML_BAD_NAME.raise("Column", alias, "@", (int) '@');
      }
      XmlNames.check(name, "Column", alias, declared);
      if (xml) {
        throw SqlErrors.FOR_XML_XML_ATTRIBUTE.raise(alias);
      }
      return new Node(Kind.ATTRIBUTE, parents, name, type, false);
    }
    XmlNames.check(last, "Column", alias, declared);
    return new Node(Kind.ELEMENT, steps, last, type, xml);
  }
}
