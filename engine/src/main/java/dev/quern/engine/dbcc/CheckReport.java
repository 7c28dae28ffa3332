package dev.quern.engine.dbcc;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.IndexConsistency;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.LobConsistency;
import dev.quern.catalog.meta.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DBCC CHECKDB's and CHECKTABLE's messages, worded as SQL Server words them: per table 2536 and
 * 2593 (informational), each problem as 8951 + 8955 (a row without its index entry), 8952 + 8956
 * (an entry without its row, or with other key values) or 2512 (duplicate unique keys), each
 * counted as one consistency error; then 8990 for a table with errors, 8989 for the database and
 * 8958's minimum repair level. Values kept outside their rows are checked too: see {@link
 * #report(Table, LobConsistency.Finding)}. Quern has no pages: page numbers print as (1:0) and a row's slot
 * is its position in the table's key order, so the messages keep SQL Server's shape.
 */
final class CheckReport {
  private final DbccCall call;
  private final String command;
  private final String database;
  private int errors;
  /** Damaged blocks of the store's files ({@link AllocationCheck}). */
  private int allocationErrors;
  /** Whether a problem was found that repair could fix only by losing data (a LOB's). */
  private boolean dataLoss;

  CheckReport(DbccCall call, String command, String database) {
    this.call = call;
    this.command = command;
    this.database = database;
  }

  void databaseStart() {
    call.info(2536, "DBCC results for '" + database + "'.");
  }

  void table(String name, dev.quern.catalog.meta.Catalog catalog, Table t, IndexConsistency.Result result,
      List<LobConsistency.Finding> lobFindings) {
    call.info(2536, "DBCC results for '" + name + "'.");
    int before = errors;
    for (IndexConsistency.Finding f : result.findings()) {
      report(name, t, f);
    }
    for (LobConsistency.Finding f : lobFindings) {
      report(t, f);
    }
    long pages = dev.quern.engine.sys.TableSizes.of(call.state(), catalog, t).pages();
    call.info(2593, String.format(Locale.ROOT, "There are %d rows in %d pages for object \"%s\".", result.rows(), pages, name));
    if (errors > before) {
      call.message(8990, 10, 1, String.format(Locale.ROOT,
          "%s found 0 allocation errors and %d consistency errors in table '%s' (object ID %d).", command, errors - before, name, t.id()));
    }
  }

  /** Counts {@code n} allocation errors {@link AllocationCheck} reported; their data cannot be rebuilt. */
  void allocation(int n) {
    allocationErrors += n;
    dataLoss |= n > 0;
  }

  /** Counts {@code n} catalog errors {@link CatalogCheck} reported as consistency errors of the database. */
  void catalog(int n) {
    errors += n;
  }

  /** Whether no allocation or consistency error has been reported. */
  boolean clean() {
    return errors == 0 && allocationErrors == 0;
  }

  void databaseEnd() {
    String text = String.format(Locale.ROOT, "%s found %d allocation errors and %d consistency errors in database '%s'.",
        command, allocationErrors, errors, database);
    if (clean()) {
      call.info(8989, text);
      return;
    }
    call.message(8989, 16, 1, text);
    repairLevel(database);
  }

  /** CHECKTABLE closes with the repair level when it found errors (8990 said how many). */
  void tableEnd(String name, Table t) {
    if (errors > 0) {
      repairLevel(database + "." + name);
    }
  }

  private void repairLevel(String target) {
    // Index entries can be rebuilt from the rows: no data need be lost. A damaged or orphaned LOB
    // cannot be rebuilt: its row's value or the chunks must go.
    String level = dataLoss ? "repair_allow_data_loss" : "repair_rebuild";
    call.message(8958, 10, 1, level + " is the minimum repair level for the errors found by DBCC " + command + " (" + target + ").");
  }

  /**
   * A LOB problem: 8965 (a chunk missing), 8961 (of the wrong length), 8964 (a chunk no row
   * references), 8974 (a LOB two rows reference), 8929 (the row whose value had errors). A chunk
   * is an off-row data node; its slot is its number within the value, a row's its position.
   */
  private void report(Table t, LobConsistency.Finding f) {
    dataLoss = true;
    Index rows = t.rowIndex();
    String unit = String.format(Locale.ROOT, "Object ID %d, index ID %d, partition ID %d, alloc unit ID %d",
        t.id(), rows.indexId(), rows.dataId(), rows.dataId());
    String node = String.format(Locale.ROOT, "Table error: %s (type LOB data). The off-row data node at page (1:0), slot %d, text ID %d",
        unit, f.chunk(), f.lobId());
    switch (f.kind()) {
      case MISSING_CHUNK -> error(8965, String.format(Locale.ROOT,
          "%s is referenced by page (1:0), slot %d, but was not seen in the scan.", node, f.slot()));
      case MISMATCHED_CHUNK -> error(8961, String.format(Locale.ROOT,
          "%s does not match its reference from page (1:0), slot %d.", node, f.slot()));
      case UNREFERENCED_CHUNK -> error(8964, node + " is not referenced.");
      case SHARED -> error(8974, String.format(Locale.ROOT,
          "%s is pointed to by page (1:0), slot %d and by page (1:0), slot %d.", node, f.slot(), f.otherSlot()));
      case OWNER_ERRORS -> error(8929, String.format(Locale.ROOT,
          "%s (type In-row data): Errors found in off-row data with ID %d owned by data record identified by %s",
          unit, f.lobId(), rows.kind().keyedByRowId() ? rowIdentity(t, f.row()) : "(" + rowIdentity(t, f.row()) + ")"));
    }
  }

  private void report(String name, Table t, IndexConsistency.Finding f) {
    Index ix = f.index();
    String head = String.format(Locale.ROOT, "Table error: table '%s' (ID %d).", name, t.id());
    switch (f.kind()) {
      case MISSING_ENTRY -> {
        error(8951, String.format(Locale.ROOT,
            "%s Data row does not have a matching index row in the index '%s' (ID %d). Possible missing or invalid keys for the index row matching:",
            head, ix.name(), ix.indexId()));
        error(8955, String.format(Locale.ROOT, "Data row (1:0:0) identified by (%s) with index values '%s'.",
            rowIdentity(t, f.row()), values(t, ix, f.row())));
      }
      case EXTRA_ENTRY -> {
        error(8952, String.format(Locale.ROOT,
            "%s Index row in index '%s' (ID %d) does not match any data row. Possible extra or invalid keys for:",
            head, ix.name(), ix.indexId()));
        error(8956, String.format(Locale.ROOT, "Index row (1:0:0) with values (%s) pointing to the data row identified by (%s).",
            values(t, ix, f.entryValues()), f.row() == null ? rowIdentity(t, f.entryValues()) : rowIdentity(t, f.row())));
      }
      case DUPLICATE_KEY -> error(2512, String.format(Locale.ROOT,
          "Table error: Object ID %d, index ID %d, partition ID %d, alloc unit ID %d (type In-row data). Duplicate keys on page (1:0) slot 0 and page (1:0) slot 0.",
          t.id(), ix.indexId(), ix.dataId(), ix.dataId()));
    }
  }

  private void error(int number, String text) {
    errors++;
    call.message(number, 16, 1, text);
  }

  /** How SQL Server identifies a data row: its clustered key values, or a heap row's RID. */
  private static String rowIdentity(Table t, Object[] row) {
    Index rows = t.rowIndex();
    if (rows.kind().keyedByRowId() || row == null) {
      return "RID = (1:0:0)";
    }
    return pairs(t, rows.keys(), row);
  }

  /** An index's key values, then the clustered key's (SQL Server's row locator in an entry). */
  private static String values(Table t, Index ix, Object[] row) {
    List<IndexColumn> cols = new ArrayList<>(ix.keys());
    for (IndexColumn k : t.rowIndex().keys()) {
      if (cols.stream().noneMatch(c -> c.columnId() == k.columnId())) {
        cols.add(k);
      }
    }
    return pairs(t, cols, row);
  }

  private static String pairs(Table t, List<IndexColumn> cols, Object[] row) {
    List<String> out = new ArrayList<>();
    for (IndexColumn c : cols) {
      Object v = row == null ? null : row[t.position(c.columnId())];
      out.add(t.columnById(c.columnId()).name() + " = " + (v == null ? "NULL" : v));
    }
    return String.join(" and ", out);
  }
}
