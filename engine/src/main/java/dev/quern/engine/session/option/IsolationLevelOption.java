package dev.quern.engine.session.option;

import java.util.List;

/** SET TRANSACTION ISOLATION LEVEL …; the parser has already checked the level's words. */
final class IsolationLevelOption implements SetOption {
  @Override
  public List<String> names() {
    return List.of("TRANSACTION ISOLATION LEVEL");
  }

  @Override
  public boolean onOff() {
    return false;
  }

  @Override
  public void apply(OptionTarget target, SetValue value) {
    target.sessionOptions().isolationLevel = level(value.upper());
  }

  /** The level's number as sys.dm_exec_sessions.transaction_isolation_level reports it. */
  public static int level(String words) {
    return switch (words) {
      case "READ UNCOMMITTED" -> 1;
      case "READ COMMITTED" -> 2;
      case "REPEATABLE READ" -> 3;
      case "SERIALIZABLE" -> 4;
      case "SNAPSHOT" -> 5;
      default -> throw new IllegalArgumentException(words);
    };
  }
}
