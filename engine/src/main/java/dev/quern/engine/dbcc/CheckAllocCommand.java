package dev.quern.engine.dbcc;

import dev.quern.engine.session.Databases;

/**
 * DBCC CHECKALLOC [( database | database_id | 0 [, NOINDEX] )]: the allocation check alone
 * ({@link AllocationCheck}), reported as CHECKDB reports it. Quern keeps no pages or extents, so
 * the per-object lines of page and extent counts SQL Server prints between the first and last
 * message have nothing to show; NOINDEX (which SQL Server ignores here too) is accepted.
 */
final class CheckAllocCommand implements DbccCommand {
  @Override
  public String name() {
    return "CHECKALLOC";
  }

  @Override
  public void authorize(DbccCall call) {
    DbccAccess.databaseOwner(call, "checkalloc", CheckArguments.database(call));
  }

  @Override
  public void run(DbccCall call) {
    boolean noIndex = "NOINDEX".equalsIgnoreCase(String.valueOf(call.argument(1)));
    if (call.arguments().size() > 2 || call.arguments().size() == 2 && !noIndex) {
      throw DbccErrors.INCORRECT_STATEMENT.raise();
    }
    Databases.Database db = CheckArguments.database(call);
    CheckReport report = new CheckReport(call, name(), db.name());
    report.databaseStart();
    report.allocation(AllocationCheck.run(call, db));
    report.databaseEnd();
  }
}
