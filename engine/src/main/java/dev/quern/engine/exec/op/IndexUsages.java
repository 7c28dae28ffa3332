package dev.quern.engine.exec.op;

import dev.quern.catalog.meta.Index;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.MissingIndex;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.IndexUsage;

/**
 * Counts the index reads of the operators being built (sys.dm_db_index_usage_stats): a seek on
 * the index an IndexSeek reads (and a lookup of the row's clustered index when the nonclustered
 * entry does not cover the query), a scan of the table's heap or clustered index for a TableScan.
 */
final class IndexUsages {
  private IndexUsages() {}

  /** A run of a read that lacked an index the optimizer named (one null check for the others). */
  private static void lacked(SessionState state, TableScanNode t) {
    MissingIndex m = t.missing();
    if (m != null) {
      MissingIndexUses.used(state, t.databaseId(), t.table(), t.qualifiedName(), m);
    }
  }

  static Operator seek(SessionState state, IndexSeekNode s, Operator op) {
    TableScanNode t = s.table();
    lacked(state, t);
    IndexUsage usage = state.server().indexUsage();
    Index ix = s.index();
    usage.used(t.databaseId(), t.table().id(), ix.indexId(), IndexUsage.Use.SEEK);
    if (!ix.holdsRows() && !s.covering()) {
      usage.used(t.databaseId(), t.table().id(), t.table().rowIndex().indexId(), IndexUsage.Use.LOOKUP);
    }
    return op;
  }

  static Operator scan(SessionState state, TableScanNode t, Operator op) {
    lacked(state, t);
    state.server().indexUsage().used(t.databaseId(), t.table().id(), t.table().rowIndex().indexId(), IndexUsage.Use.SCAN);
    return op;
  }
}
