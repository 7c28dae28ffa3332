package dev.quern.engine.binder;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.ast.IndexHints;
import dev.quern.engine.error.HintErrors;
import dev.quern.engine.error.IndexErrors;
import dev.quern.engine.plan.ForcedAccess;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a table's INDEX, FORCESEEK and FORCESCAN hints against the table ("Table hints
 * (Transact-SQL)"): names and ids to indexes (308, 307; a disabled one 315, 316), INDEX(0) to a
 * scan of the rows, FORCESEEK's columns checked against its index's key columns (365, 362); and
 * PAGLOCK against the indexes' ALLOW_PAGE_LOCKS (651).
 */
final class IndexHintResolver {
  private IndexHintResolver() {}

  /** What the hints force on {@code t}, or null when none chooses an index or a seek. */
  static ForcedAccess resolve(ResolvedTable t, IndexHints hints) {
    if (hints.pageLock() && t.table().indexes().stream().anyMatch(i -> !i.disabled() && !i.options().allowPageLocks())) {
      // ALLOW_PAGE_LOCKS = OFF forbids page locks on the table's index; PAGLOCK asks for them.
      throw HintErrors.PAGE_LOCKS_INHIBITED.raise(t.schemaQualified());
    }
    if (hints.isNone()) {
      return null;
    }
    List<Index> indexes = new ArrayList<>();
    boolean rowScan = false;
    for (String value : hints.indexes()) {
      if (value.equals("0")) {
        rowScan = true;
      } else {
        indexes.add(index(t, value));
      }
    }
    if (rowScan && !indexes.isEmpty()) {
      throw HintErrors.NO_PLAN.raiseWithState(2); // index 0 is a scan of the rows, no other index
    }
    Index seekIndex = hints.seekIndex() == null ? null : index(t, hints.seekIndex());
    if (seekIndex != null) {
      seekColumns(t.table(), seekIndex, hints.seekColumns());
    }
    return new ForcedAccess(indexes, rowScan, hints.forceSeek(), seekIndex, hints.seekColumns().size(), hints.forceScan());
  }

  /** The index a hint names or gives by id. */
  private static Index index(ResolvedTable t, String value) {
    Table table = t.table();
    if (Character.isDigit(value.charAt(0))) {
      long id = value.length() < 10 ? Long.parseLong(value) : Long.MAX_VALUE;
      // Index 1 is the clustered index; a heap's index 0 is not reachable by a nonzero id.
      Index found = table.index((int) Math.min(id, Integer.MAX_VALUE))
          .filter(i -> i.kind() != IndexKind.HEAP).orElse(null);
      if (found == null) {
        throw HintErrors.NO_SUCH_INDEX_ID.raise(id, t.schemaQualified());
      }
      if (found.disabled()) {
        throw IndexErrors.HINTED_INDEX_ID_DISABLED.raise(found.indexId(), t.schemaQualified());
      }
      return found;
    }
    Index found = table.index(value).orElseThrow(() -> HintErrors.NO_SUCH_INDEX.raise(value, t.schemaQualified()));
    if (found.disabled()) {
      throw IndexErrors.HINTED_INDEX_DISABLED.raise(found.name(), t.schemaQualified());
    }
    return found;
  }

  /** FORCESEEK's columns: a leading prefix of the index's key columns, in order (365, then 362). */
  private static void seekColumns(Table table, Index index, List<String> columns) {
    if (columns.size() > index.keys().size()) {
      throw HintErrors.TOO_MANY_SEEK_COLUMNS.raise(table.name(), index.name());
    }
    for (int i = 0; i < columns.size(); i++) {
      String key = table.columnById(index.keys().get(i).columnId()).name();
      if (!key.equalsIgnoreCase(columns.get(i))) {
        throw HintErrors.SEEK_COLUMN_NOT_KEY.raise(columns.get(i), table.name(), index.name());
      }
    }
  }
}
