package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.ChangeTrackingTable;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.Metadata;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * The change tracking catalog views: sys.change_tracking_databases (one row per database with
 * change tracking on: auto cleanup, retention and its unit, 1 MINUTES, 2 HOURS, 3 DAYS) and
 * sys.change_tracking_tables (one row per tracked table of the current database).
 */
final class ChangeTrackingViews {
  private ChangeTrackingViews() {}

  static List<SystemView> all() {
    return List.of(new Databases(), new Tables());
  }

  private static final class Databases implements SystemView {
    private static final List<ResultColumn> COLUMNS = List.of(integer("database_id", false),
        bit("is_auto_cleanup_on", true), integer("retention_period", true),
        nvarchar("retention_period_units_desc", 60, true), tinyint("retention_period_units", true));

    @Override
    public String name() {
      return "change_tracking_databases";
    }

    @Override
    public List<ResultColumn> columns() {
      return COLUMNS;
    }

    @Override
    public List<Object[]> rows(SessionState session) {
      List<Object[]> out = new ArrayList<>();
      for (Database d : session.store().storage().databases()) {
        if (!"ON".equals(d.option("CHANGE_TRACKING", "OFF"))) {
          continue;
        }
        String[] retention = d.option("CHANGE_RETENTION", "2 DAYS").split(" ");
        int unit = switch (retention[1]) {
          case "MINUTES" -> 1;
          case "HOURS" -> 2;
          default -> 3;
        };
        out.add(new Object[] {d.id(), "ON".equals(d.option("AUTO_CLEANUP", "ON")), Integer.parseInt(retention[0]),
            retention[1], unit});
      }
      return out;
    }
  }

  private static final class Tables implements SystemView {
    private static final List<ResultColumn> COLUMNS = List.of(integer("object_id", false),
        bit("is_track_columns_updated_on", false), bigint("min_valid_version", true), bigint("begin_version", true),
        bigint("cleanup_version", true));

    @Override
    public String name() {
      return "change_tracking_tables";
    }

    @Override
    public List<ResultColumn> columns() {
      return COLUMNS;
    }

    @Override
    public List<Object[]> rows(SessionState session) {
      List<Object[]> out = new ArrayList<>();
      Metadata md = CatalogObjects.metadata(session);
      for (ChangeTrackingTable t : md.trackedTables(session.databaseId())) {
        out.add(new Object[] {t.tableId(), t.trackColumnsUpdated(), t.minValidVersion(), t.beginVersion(),
            t.cleanupVersion()});
      }
      return out;
    }
  }
}
