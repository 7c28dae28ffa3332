package dev.quern.engine.dbcc;

/** One DBCC command. */
public interface DbccCommand {
  /** The command's name, upper case ({@code CHECKDB}). */
  String name();

  /**
   * Refuses a caller who may not run it (2571, 7983 …; see {@link DbccAccess}), before any
   * argument is looked at beyond what naming the target needs. Anyone may run it by default.
   */
  default void authorize(DbccCall call) {}

  /** Runs it: result sets and messages go to {@code call}'s sink. */
  void run(DbccCall call);
}
