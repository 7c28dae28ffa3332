package dev.quern.engine.ast;

import java.util.List;

/**
 * {@code OUTPUT items [INTO table [(columns)]]} of INSERT, UPDATE or DELETE: items over the
 * {@code inserted} and {@code deleted} rows; {@code into} null sends them to the client.
 */
public record OutputClause(List<SelectItem> items, List<String> into, List<String> intoColumns) {
  public OutputClause {
    items = List.copyOf(items);
    into = into == null ? null : List.copyOf(into);
    intoColumns = List.copyOf(intoColumns);
  }

  public String toSql() {
    return "OUTPUT " + String.join(", ", items.stream().map(SelectItem::toSql).toList())
        + (into == null ? "" : " INTO " + Names.quoteAll(into)
            + (intoColumns.isEmpty() ? "" : " (" + String.join(", ", intoColumns.stream().map(Names::quote).toList()) + ")"));
  }
}
