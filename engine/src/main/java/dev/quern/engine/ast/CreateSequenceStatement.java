package dev.quern.engine.ast;

import java.util.List;

/**
 * CREATE SEQUENCE name [AS type] [START WITH n] [INCREMENT BY n] [MINVALUE n] [MAXVALUE n]
 * [[NO] CYCLE] [CACHE n | NO CACHE]; null options take SQL Server's defaults.
 */
public record CreateSequenceStatement(
    int line, List<String> name, TypeName type, Long start, Long increment, Long minValue,
    Long maxValue, boolean cycle, Integer cache)
    implements StorageStatement {
  public CreateSequenceStatement {
    name = List.copyOf(name);
  }

  @Override
  public String toSql() {
    StringBuilder sb = new StringBuilder("CREATE SEQUENCE ").append(Names.quoteAll(name));
    if (type != null) {
      sb.append(" AS ").append(type.toSql());
    }
    if (start != null) {
      sb.append(" START WITH ").append(start);
    }
    if (increment != null) {
      sb.append(" INCREMENT BY ").append(increment);
    }
    if (minValue != null) {
      sb.append(" MINVALUE ").append(minValue);
    }
    if (maxValue != null) {
      sb.append(" MAXVALUE ").append(maxValue);
    }
    sb.append(cycle ? " CYCLE" : " NO CYCLE");
    if (cache != null) {
      sb.append(" CACHE ").append(cache);
    }
    return sb.toString();
  }
}
