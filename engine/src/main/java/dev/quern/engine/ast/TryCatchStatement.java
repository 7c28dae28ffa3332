package dev.quern.engine.ast;

import java.util.List;

/** {@code BEGIN TRY … END TRY BEGIN CATCH … END CATCH}. */
public record TryCatchStatement(int line, List<Statement> tryBody, List<Statement> catchBody)
    implements Statement {
  @Override
  public String toSql() {
    StringBuilder sb = new StringBuilder("BEGIN TRY");
    for (Statement s : tryBody) {
      sb.append(' ').append(s.toSql()).append(';');
    }
    sb.append(" END TRY BEGIN CATCH");
    for (Statement s : catchBody) {
      sb.append(' ').append(s.toSql()).append(';');
    }
    return sb.append(" END CATCH").toString();
  }
}
