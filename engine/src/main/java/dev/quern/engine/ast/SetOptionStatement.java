package dev.quern.engine.ast;

import java.util.List;

/**
 * {@code SET option[, option…] value}: {@code names} are the option names (upper case, multi-word
 * ones joined by a space, e.g. "TRANSACTION ISOLATION LEVEL", "STATISTICS IO"); the value is
 * either a word ({@code ON}, {@code mdy}, {@code READ COMMITTED}) or an expression.
 */
public record SetOptionStatement(int line, List<String> names, String word, Expr value)
    implements Statement {
  @Override
  public String toSql() {
    return "SET " + String.join(", ", names) + " " + (word != null ? word : value.toSql());
  }
}
