package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import org.w3c.dom.Node;

/**
 * The value of a nodes() row's column: a reference to one node in place in its parsed document,
 * so that value(), query(), exist() and nodes() called on it start from that node and still reach
 * its parent, its siblings and the document's root.
 */
public record XmlNodeRef(Node node) {
  /**
   * The column's type: xml as far as the methods go, told apart from a stored xml value by a
   * length no xml has, so that binding can refuse the column anywhere but as a method's target (493).
   */
  public static final SqlType TYPE = new SqlType(TypeId.XML, 0, 0, 0);

  public static boolean isNodeType(SqlType t) {
    return t.id() == TypeId.XML && t.length() == 0;
  }

  @Override
  public String toString() {
    return XmlNodeText.of(java.util.List.of(node));
  }
}
