package dev.quern.engine.dbcc;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.IndexConsistency;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.Databases;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * DBCC CHECKDB [( database | database_id | 0 [, NOINDEX] )] and DBCC CHECKTABLE ( 'table' [,
 * NOINDEX] ): the logical checks of {@link IndexConsistency} on every user table of the database,
 * or on one table, reported as SQL Server reports them ({@link CheckReport}). CHECKDB first checks
 * the store's files as CHECKALLOC does ({@link AllocationCheck}) and the catalog as CHECKCATALOG
 * does ({@link CatalogCheck}). NOINDEX skips the nonclustered indexes, as in SQL Server; values stored outside their
 * rows are checked against their chunks ({@link dev.quern.catalog.meta.LobConsistency}) always.
 */
final class CheckCommand implements DbccCommand {
  private final boolean wholeDatabase;

  private CheckCommand(boolean wholeDatabase) {
    this.wholeDatabase = wholeDatabase;
  }

  static CheckCommand database() {
    return new CheckCommand(true);
  }

  static CheckCommand table() {
    return new CheckCommand(false);
  }

  @Override
  public String name() {
    return wholeDatabase ? "CHECKDB" : "CHECKTABLE";
  }

  @Override
  public void authorize(DbccCall call) {
    if (wholeDatabase) {
      DbccAccess.databaseOwner(call, "checkdb", CheckArguments.database(call));
    } else {
      DbccAccess.tableMaintainer(call, "checktable", String.valueOf(call.argument(0)));
    }
  }

  @Override
  public void run(DbccCall call) {
    boolean noIndex = "NOINDEX".equalsIgnoreCase(String.valueOf(call.argument(1)));
    if (call.arguments().size() > 2 || call.arguments().size() == 2 && !noIndex) {
      throw DbccErrors.INCORRECT_STATEMENT.raise();
    }
    SessionState s = call.state();
    s.store().beginStatement();
    try {
      if (wholeDatabase) {
        checkDatabase(call, CheckArguments.database(call), noIndex);
      } else {
        checkTable(call, noIndex);
      }
    } finally {
      s.store().endStatement(true);
    }
  }

  private void checkDatabase(DbccCall call, Databases.Database db, boolean noIndex) {
    SessionState s = call.state();
    CheckReport report = new CheckReport(call, name(), db.name());
    report.databaseStart();
    report.allocation(AllocationCheck.run(call, db));
    Catalog catalog = s.store().storage().catalog(db.id());
    Metadata md = s.store().snapshot(catalog);
    report.catalog(CatalogCheck.run(call, md, db.id()));
    for (Schema schema : md.schemas(db.id())) {
      for (SchemaObject o : md.objects(schema.id())) {
        if (o instanceof Table t) {
          check(report, s, catalog, t, schema.name() + "." + t.name(), noIndex);
        }
      }
    }
    report.databaseEnd();
    if (report.clean()) {
      recordLastKnownGood(s, catalog, db.id());
    }
  }

  /**
   * A CHECKDB that found nothing wrong is the database's last known good one (DBCC DBINFO's
   * dbi_dbccLastKnownGood, which health checks read), kept in its catalog record as SQL Server keeps
   * it in the database's boot page. tempdb, recreated at each start, keeps none.
   */
  private static void recordLastKnownGood(SessionState s, Catalog catalog, int databaseId) {
    if (databaseId == dev.quern.engine.store.Storage.TEMPDB_ID) {
      return;
    }
    var db = s.store().metadata(catalog).database(databaseId);
    if (db.isEmpty()) {
      return;
    }
    String now = java.time.LocalDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    catalog.alterDatabase(s.store().txn(catalog),
        db.get().withOptions(java.util.Map.of(dev.quern.catalog.meta.Database.DBCC_LAST_KNOWN_GOOD, now)));
    s.store().markDdl();
  }

  private void checkTable(DbccCall call, boolean noIndex) {
    Object name = call.argument(0);
    if (name == null) {
      throw DbccErrors.INCORRECT_STATEMENT.raise();
    }
    SessionState s = call.state();
    ResolvedTable t = ObjectNames.table(s.store(), s.databaseName(), parts(name.toString()))
        .orElseThrow(() -> DbccErrors.NO_SUCH_TABLE.raise(name));
    CheckReport report = new CheckReport(call, name(), t.database().name());
    check(report, s, t.catalog(), t.table(), t.schemaQualified(), noIndex);
    report.tableEnd(t.schemaQualified(), t.table());
  }

  /** Checks {@code t}'s indexes (unless NOINDEX) and its LOBs (always, as SQL Server does). */
  private static void check(CheckReport report, SessionState s, Catalog catalog, Table t, String name, boolean noIndex) {
    var rows = dev.quern.engine.store.TableStores.open(s.store(), catalog, t);
    IndexConsistency.Result indexes = noIndex ? rows.countRows() : rows.checkIndexes();
    report.table(name, catalog, t, indexes, rows.checkLobs());
  }

  /** A possibly qualified, possibly bracketed table name in parts. */
  static List<String> parts(String name) {
    List<String> out = new ArrayList<>();
    for (String p : name.split("\\.", -1)) {
      String t = p.trim();
      if (t.length() >= 2 && t.startsWith("[") && t.endsWith("]")) {
        t = t.substring(1, t.length() - 1);
      }
      out.add(t);
    }
    return out;
  }
}
