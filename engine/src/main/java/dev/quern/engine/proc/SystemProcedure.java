package dev.quern.engine.proc;

import java.util.List;

/** A system stored procedure implemented in Java (sp_executesql, sp_prepare …). */
public interface SystemProcedure {
  /** The name, lower case, without schema ({@code sp_executesql}). */
  String name();

  /** Runs the call; returns the procedure's return status. */
  int execute(List<ProcArg> args, ProcedureHost host);
}
