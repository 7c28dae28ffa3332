package dev.quern.engine.api;

/** A failure with a SQL Server message (number, state, severity, text). */
public class EngineException extends RuntimeException {
  private final SqlMessage sqlMessage;

  public EngineException(SqlMessage sqlMessage) {
    super(sqlMessage.number() + ": " + sqlMessage.text());
    this.sqlMessage = sqlMessage;
  }

  public SqlMessage sqlMessage() {
    return sqlMessage;
  }
}
