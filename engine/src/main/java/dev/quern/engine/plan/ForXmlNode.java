package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * FOR XML over {@code input}: all its rows as one XML text. Each row becomes an element named
 * {@code rowName} (none when null: PATH('') / RAW('')), each column a node of it ({@link Node});
 * {@code root} wraps them all. Without TYPE the text is an nvarchar(max), to a client in rows of
 * {@link ForJsonNode#CHUNK} characters ({@code splitRows}) under SQL Server's column name, and no
 * input row gives no row; with TYPE it is one xml value, unnamed, NULL when there was no row.
 * {@code namespaceDeclarations}: the xmlns attributes of WITH XMLNAMESPACES ("" without), written
 * on {@code root}, or without one on each row's top-level element.
 */
public record ForXmlNode(
    PlanNode input, List<Node> nodes, String rowName, String root, boolean xsinil, boolean type, boolean splitRows,
    String namespaceDeclarations)
    implements PlanNode {
  /** The one column's name without TYPE, SQL Server's. */
  public static final String COLUMN = "XML_F52E2B61-18A1-11d1-B105-00805F49916B";

  public ForXmlNode {
    nodes = List.copyOf(nodes);
  }

  /** Where a column's value goes in its row's element. */
  public enum Kind {
    /** An element named by the last of {@code elements}, the value its content. */
    ELEMENT,
    /** Attribute {@code name} of the element at {@code elements} (the row's own when empty). */
    ATTRIBUTE,
    /** Text content of the element at {@code elements}. */
    TEXT,
    /** Text content too, but a space apart from the value of an adjacent data() column. */
    DATA,
    /** {@code processing-instruction(name)}: a processing instruction whose target is {@code name}. */
    PROCESSING_INSTRUCTION,
    /** {@code comment()}: an XML comment. */
    COMMENT
  }

  /**
   * Input column i's node: {@code elements} the element names below the row's, outermost first;
   * {@code xml}: the value is xml already and goes in as it is, not escaped.
   */
  public record Node(Kind kind, List<String> elements, String name, SqlType type, boolean xml) {
    public Node {
      elements = List.copyOf(elements);
    }
  }

  @Override
  public List<ResultColumn> columns() {
    return type
        ? List.of(new ResultColumn("", SqlTypes.XML, true, false))
        : List.of(new ResultColumn(COLUMN, SqlTypes.NVARCHAR_MAX, true, false));
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public String describe() {
    return "ForXml(" + (rowName == null ? "" : rowName) + ")";
  }
}
