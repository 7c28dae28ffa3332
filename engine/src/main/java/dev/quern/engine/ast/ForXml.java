package dev.quern.engine.ast;

/**
 * {@code FOR XML RAW[('row')] | AUTO | PATH[('row')] [, ELEMENTS [XSINIL|ABSENT]] [, BINARY BASE64]
 * [, TYPE] [, ROOT[('name')]]} after a SELECT. {@code rowName}: the row element's name ("row" when
 * not written, "" to leave it out); {@code root} is null without ROOT; {@code namespaces} those of
 * the statement's WITH XMLNAMESPACES, or null.
 */
public record ForXml(
    Mode mode, String rowName, String root, boolean elements, boolean xsinil, boolean binaryBase64, boolean type,
    XmlNamespaces namespaces)
    implements ForClause {
  /** The FOR XML modes given (EXPLICIT is refused by the parser). */
  public enum Mode {
    RAW,
    AUTO,
    PATH
  }

  @Override
  public String toSql() {
    StringBuilder sb = new StringBuilder(" FOR XML ").append(mode);
    if (mode != Mode.AUTO && !rowName.equals("row")) {
      sb.append("('").append(rowName.replace("'", "''")).append("')");
    }
    if (elements) {
      sb.append(", ELEMENTS").append(xsinil ? " XSINIL" : "");
    }
    if (binaryBase64) {
      sb.append(", BINARY BASE64");
    }
    if (type) {
      sb.append(", TYPE");
    }
    if (root != null) {
      sb.append(", ROOT('").append(root.replace("'", "''")).append("')");
    }
    return sb.toString();
  }
}
