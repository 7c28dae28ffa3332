package dev.quern.engine.proc;

import java.util.List;

/** A system stored procedure implemented in Java (sp_executesql, sp_prepare …). */
public interface SystemProcedure {
  /** The name, lower case, without schema ({@code sp_executesql}). */
  String name();

  /**
   * The database the procedure lives in when it is not a server-wide one ({@code msdb} for SQL
   * Server Agent's): it is found only as {@code db.schema.name} naming it, or by a call made there.
   */
  default String database() {
    return null;
  }

  /** Runs the call; returns the procedure's return status. */
  int execute(List<ProcArg> args, ProcedureHost host);
}
