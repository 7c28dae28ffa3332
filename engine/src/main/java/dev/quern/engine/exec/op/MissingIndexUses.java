package dev.quern.engine.exec.op;

import dev.quern.catalog.meta.Table;
import dev.quern.engine.plan.MissingIndex;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.MissingIndexes;

/**
 * Counts a run of a read that lacked an index (sys.dm_db_missing_index_group_stats): a query's table
 * read the optimizer marked, or the rows an UPDATE or DELETE read. The cached batch that ran it
 * stands for its compiled plan (unique_compiles), the statement's plan cache counters for its
 * query (sys.dm_db_missing_index_group_stats_query).
 */
public final class MissingIndexUses {
  private MissingIndexUses() {}

  public static void used(SessionState state, int databaseId, Table table, String qualifiedName, MissingIndex m) {
    state.server().missingIndexes().used(
        new MissingIndexes.Key(databaseId, table.id(), m.equality(), m.inequality(), m.included()),
        table, qualifiedName, m.seekKeys(), m.ranged(), state.activity().batch(), state.activity().statementStats());
  }
}
