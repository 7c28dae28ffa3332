package dev.quern.engine.ast;

/**
 * An INSERT, UPDATE or DELETE with an OUTPUT clause. {@link #toSql} writes the clause at the end,
 * for messages only: the statement is re-parsed from its original text, not from this.
 */
public record OutputStatement(int line, StorageStatement dml, OutputClause output) implements StorageStatement {
  @Override
  public String toSql() {
    return dml.toSql() + " /* " + output.toSql() + " */";
  }
}
