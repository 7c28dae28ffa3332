package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.smallint;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.external.WorkloadGroup;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_exec_query_resource_semaphores ("sys.dm_exec_query_resource_semaphores
 * (Transact-SQL)"): each resource pool's two query memory semaphores, the regular one (0) and the
 * small-query one (1), as SQL Server lists them for the internal (1) and default (2) pools. Quern
 * grants queries no memory of their own: nothing is granted, used, waited for or timed out, and
 * each semaphore's target and total are what the pool may grow to (the JVM heap, as
 * sys.dm_resource_governor_resource_pools' target_memory_kb), all of it available.
 */
final class ResourceSemaphoresView implements SystemView {
  private static final List<ResultColumn> COLUMNS = List.of(
      smallint("resource_semaphore_id", false), bigint("target_memory_kb", true), bigint("max_target_memory_kb", true),
      bigint("total_memory_kb", true), bigint("available_memory_kb", true), bigint("granted_memory_kb", true),
      bigint("used_memory_kb", true), integer("grantee_count", true), integer("waiter_count", true),
      bigint("timeout_error_count", true), bigint("forced_grant_count", true), integer("pool_id", false));

  @Override
  public String name() {
    return "dm_exec_query_resource_semaphores";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    long heapKb = ServerMemory.now(session).heapMaxKb();
    List<Object[]> out = new ArrayList<>();
    for (int pool : List.of(WorkloadGroup.INTERNAL_POOL_ID, WorkloadGroup.DEFAULT_POOL_ID)) {
      for (int semaphore = 0; semaphore <= 1; semaphore++) {
        out.add(new Object[] {semaphore, heapKb, heapKb, heapKb, heapKb, 0L, 0L, 0, 0, 0L, 0L, pool});
      }
    }
    return out;
  }
}
