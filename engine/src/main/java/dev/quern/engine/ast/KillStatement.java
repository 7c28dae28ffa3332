package dev.quern.engine.ast;

/** {@code KILL session_id}: ends another session, rolling back its transaction. */
public record KillStatement(int line, long sessionId) implements Statement {
  @Override
  public String toSql() {
    return "KILL " + sessionId;
  }
}
