package dev.quern.engine.ast;

/**
 * {@code CHECKPOINT [checkpoint_duration]}: writes the current database's committed changes from
 * its log to its data files. The duration (seconds SQL Server may take) does not change what
 * Quern does: it writes everything at once.
 */
public record CheckpointStatement(int line, Long duration) implements StorageStatement {
  @Override
  public String toSql() {
    return duration == null ? "CHECKPOINT" : "CHECKPOINT " + duration;
  }
}
