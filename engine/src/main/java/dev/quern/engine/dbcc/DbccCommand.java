package dev.quern.engine.dbcc;

/** One DBCC command. */
public interface DbccCommand {
  /** The command's name, upper case ({@code CHECKDB}). */
  String name();

  /** Runs it: result sets and messages go to {@code call}'s sink. */
  void run(DbccCall call);
}
