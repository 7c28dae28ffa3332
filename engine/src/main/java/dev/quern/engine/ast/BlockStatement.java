package dev.quern.engine.ast;

import java.util.List;

/** {@code BEGIN … END}. */
public record BlockStatement(int line, List<Statement> body) implements Statement {
  @Override
  public String toSql() {
    StringBuilder sb = new StringBuilder("BEGIN");
    for (Statement s : body) {
      sb.append(' ').append(s.toSql()).append(';');
    }
    return sb.append(" END").toString();
  }
}
