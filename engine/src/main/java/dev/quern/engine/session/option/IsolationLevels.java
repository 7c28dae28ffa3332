package dev.quern.engine.session.option;

/**
 * Maps MS-TDS TM_BEGIN_XACT isolation values (1 read uncommitted, 2 read committed, 3 repeatable
 * read, 4 serializable, 5 snapshot) to the session's level numbers (the same numbering as
 * sys.dm_exec_sessions.transaction_isolation_level).
 */
public final class IsolationLevels {
  private IsolationLevels() {}

  public static int fromWire(int level) {
    return level;
  }
}
