package dev.quern.engine.ast;

/**
 * BEGIN/COMMIT/ROLLBACK/SAVE TRAN[SACTION] [name]; {@code name} is a transaction or savepoint name
 * or a variable holding one, null when absent.
 */
public record TransactionStatement(int line, Kind kind, String name) implements Statement {
  /** The four transaction statements. */
  public enum Kind {
    BEGIN,
    COMMIT,
    ROLLBACK,
    SAVE
  }

  @Override
  public String toSql() {
    return kind.name() + " TRANSACTION" + (name == null ? "" : " " + name);
  }
}
