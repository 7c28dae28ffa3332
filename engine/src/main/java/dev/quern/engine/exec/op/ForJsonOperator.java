package dev.quern.engine.exec.op;

import dev.quern.engine.plan.ForJsonNode;

/**
 * FOR JSON: reads every input row, writes them as one JSON text ({@link ForJsonWriter}), and
 * returns it as one row, or in rows of {@link ForJsonNode#CHUNK} characters for a client. No row
 * when the input had none.
 */
final class ForJsonOperator implements Operator {
  private final Operator input;
  private final ForJsonNode node;
  private final Runnable cancelCheck;
  private String text;
  private int next;

  ForJsonOperator(Operator input, ForJsonNode node, Runnable cancelCheck) {
    this.input = input;
    this.node = node;
    this.cancelCheck = cancelCheck;
  }

  @Override
  public Object[] next() {
    if (text == null) {
      text = build();
    }
    if (next >= text.length()) {
      return null;
    }
    int end = node.splitRows() ? Math.min(text.length(), next + ForJsonNode.CHUNK) : text.length();
    Object[] row = {text.substring(next, end)};
    next = end;
    return row;
  }

  private String build() {
    var options = node.options();
    ForJsonWriter writer = new ForJsonWriter(node.properties(), options.includeNullValues());
    StringBuilder sb = new StringBuilder();
    if (options.root() != null) {
      sb.append('{');
      ForJsonWriter.appendString(sb, options.root());
      sb.append(':');
    }
    if (!options.withoutArrayWrapper()) {
      sb.append('[');
    }
    int rows = 0;
    for (Object[] r; (r = input.next()) != null; ) {
      cancelCheck.run();
      if (rows++ > 0) {
        sb.append(',');
      }
      writer.writeRow(sb, r);
    }
    if (rows == 0) {
      return "";
    }
    if (!options.withoutArrayWrapper()) {
      sb.append(']');
    }
    if (options.root() != null) {
      sb.append('}');
    }
    return sb.toString();
  }
}
