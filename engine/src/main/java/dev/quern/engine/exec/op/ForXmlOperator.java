package dev.quern.engine.exec.op;

import dev.quern.engine.plan.ForJsonNode;
import dev.quern.engine.plan.ForXmlNode;

/**
 * FOR XML: reads every input row, writes them as one XML text ({@link ForXmlWriter}), and returns
 * it as one row, or in rows of {@link ForJsonNode#CHUNK} characters for a client. No input row
 * gives no row, or one NULL under TYPE, as SQL Server does.
 */
final class ForXmlOperator implements Operator {
  private final Operator input;
  private final ForXmlNode node;
  private final Runnable cancelCheck;
  private String text;
  private int next;
  private boolean done;

  ForXmlOperator(Operator input, ForXmlNode node, Runnable cancelCheck) {
    this.input = input;
    this.node = node;
    this.cancelCheck = cancelCheck;
  }

  @Override
  public Object[] next() {
    if (done) {
      return null;
    }
    if (text == null) {
      text = build();
      if (text == null) {
        done = true;
        return node.type() ? new Object[] {null} : null;
      }
    }
    int end = node.splitRows() ? Math.min(text.length(), next + ForJsonNode.CHUNK) : text.length();
    Object[] row = {text.substring(next, end)};
    next = end;
    done = next >= text.length();
    return row;
  }

  /** The whole text, or null when the input had no row. */
  private String build() {
    ForXmlWriter writer = new ForXmlWriter(node);
    StringBuilder sb = new StringBuilder();
    if (node.root() != null) {
      sb.append('<').append(node.root()).append(node.namespaceDeclarations());
      if (node.xsinil()) {
        sb.append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
      }
      sb.append('>');
    }
    int rows = 0;
    for (Object[] r; (r = input.next()) != null; rows++) {
      cancelCheck.run();
      writer.writeRow(sb, r);
    }
    if (rows == 0) {
      return null;
    }
    if (node.root() != null) {
      sb.append("</").append(node.root()).append('>');
    }
    return sb.toString();
  }
}
