package dev.quern.engine.dbcc;

/**
 * DBCC FREEPROCCACHE: empties the plan cache. Its statistics go (sys.dm_exec_query_stats and the
 * other plan DMVs start again), and every session compiles its statements anew on their next run:
 * each session's compiled-plan cache notices the cache's new generation ({@code exec.Compiler}).
 */
final class FreeProcCacheCommand implements DbccCommand {
  @Override
  public String name() {
    return "FREEPROCCACHE";
  }

  @Override
  public void authorize(DbccCall call) {
    // ALTER SERVER STATE, which only sysadmin holds in Quern; SQL Server raises 2571 with state 9.
    DbccAccess.sysadmin(call, "freeproccache", 9);
  }

  @Override
  public void run(DbccCall call) {
    call.state().server().planCache().clear();
  }
}
