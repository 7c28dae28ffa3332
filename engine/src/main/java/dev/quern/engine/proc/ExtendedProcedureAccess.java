package dev.quern.engine.proc;

import dev.quern.engine.error.SecurityErrors;

/**
 * Who may run the extended procedures that touch the host (its files, drives and error log):
 * SQL Server grants them to sysadmin alone, so anyone else gets 229 on the procedure in the
 * resource database's sys schema.
 */
public final class ExtendedProcedureAccess {
  private ExtendedProcedureAccess() {}

  public static void requireSysadmin(ProcedureHost host, String procedure) {
    if (!host.state().isSysadmin()) {
      throw SecurityErrors.PERMISSION_DENIED_ON_OBJECT.raise("EXECUTE", procedure, "mssqlsystemresource", "sys");
    }
  }
}
