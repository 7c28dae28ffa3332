package dev.quern.engine.sys;

import dev.quern.catalog.meta.LockEscalation;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.tables: the user tables of the current database, with sys.objects' columns and then
 * lock_escalation (0 TABLE, 1 DISABLE, 2 AUTO, SQL Server's codes) and its description, and the
 * temporal columns: temporal_type (0 NON_TEMPORAL_TABLE, 1 HISTORY_TABLE, 2
 * SYSTEM_VERSIONED_TEMPORAL_TABLE), history_table_id, and the history retention period of a
 * versioned table (-1 and INFINITE when it keeps history for ever; units 3 DAY to 6 YEAR).
 */
final class TablesView implements SystemView {
  private static final List<ResultColumn> COLUMNS = withEscalation();

  private static List<ResultColumn> withEscalation() {
    List<ResultColumn> c = new ArrayList<>(ObjectsView.COLUMNS);
    c.add(new ResultColumn("lock_escalation", SqlTypes.TINYINT, true));
    c.add(new ResultColumn("lock_escalation_desc", SqlType.ofLength(TypeId.NVARCHAR, 60), true));
    c.add(new ResultColumn("temporal_type", SqlTypes.TINYINT, true));
    c.add(new ResultColumn("temporal_type_desc", SqlType.ofLength(TypeId.NVARCHAR, 60), true));
    c.add(new ResultColumn("history_table_id", SqlTypes.INT, true));
    c.add(new ResultColumn("history_retention_period", SqlTypes.INT, true));
    c.add(new ResultColumn("history_retention_period_unit", SqlTypes.INT, true));
    c.add(new ResultColumn("history_retention_period_unit_desc", SqlType.ofLength(TypeId.NVARCHAR, 10), true));
    // Quern keeps every table's rows in the store, none in memory-optimized tables; a table with a
    // LOB column (max types, xml, text, ntext, image) keeps that data in PRIMARY (data space 1).
    c.add(new ResultColumn("lob_data_space_id", SqlTypes.INT, false));
    c.add(new ResultColumn("is_memory_optimized", SqlTypes.BIT, true));
    return List.copyOf(c);
  }

  @Override
  public String name() {
    return "tables";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    Metadata md = CatalogObjects.metadata(session);
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Table t) {
        Object[] object = ObjectsView.row(t.name(), t.id(), SchemaIds.visible(e.schema()), 0, "U", e.dates(), false);
        Object[] row = java.util.Arrays.copyOf(object, object.length + 10);
        LockEscalation escalation = md.lockEscalation(t.id());
        row[object.length] = escalationCode(escalation);
        row[object.length + 1] = escalation.name();
        temporal(md, t, row, object.length + 2);
        row[object.length + 8] = t.columns().stream().anyMatch(c -> isLob(c.type())) ? DataSpacesView.PRIMARY : 0;
        row[object.length + 9] = false;
        out.add(row);
      }
    }
    return out;
  }

  /** The temporal columns of table {@code t}, into {@code row} from {@code at}. */
  private static void temporal(Metadata md, Table t, Object[] row, int at) {
    var period = md.period(t.id()).filter(p -> p.versioned());
    int type = period.isPresent() ? 2 : md.versionedBy(t.id()).isPresent() ? 1 : 0;
    row[at] = type;
    row[at + 1] = switch (type) {
      case 2 -> "SYSTEM_VERSIONED_TEMPORAL_TABLE";
      case 1 -> "HISTORY_TABLE";
      default -> "NON_TEMPORAL_TABLE";
    };
    row[at + 2] = period.map(p -> p.historyTableId()).orElse(null);
    if (period.isPresent()) {
      String[] retention = period.get().retention().split(" ");
      boolean infinite = retention.length < 2;
      row[at + 3] = infinite ? -1 : Integer.parseInt(retention[0]);
      row[at + 4] = infinite ? -1 : unitCode(retention[1]);
      row[at + 5] = infinite ? "INFINITE" : retention[1].substring(0, retention[1].length() - 1);
    }
  }

  private static boolean isLob(SqlType t) {
    return switch (t.id()) {
      case TEXT, NTEXT, IMAGE, XML -> true;
      case VARCHAR, NVARCHAR, VARBINARY -> t.isMax();
      default -> false;
    };
  }

  /** SQL Server's history_retention_period_unit codes: 3 DAY, 4 WEEK, 5 MONTH, 6 YEAR. */
  private static int unitCode(String units) {
    return switch (units) {
      case "DAYS" -> 3;
      case "WEEKS" -> 4;
      case "MONTHS" -> 5;
      default -> 6;
    };
  }

  /** SQL Server's lock_escalation codes: 0 TABLE, 1 DISABLE, 2 AUTO. */
  private static int escalationCode(LockEscalation e) {
    return switch (e) {
      case TABLE -> 0;
      case DISABLE -> 1;
      case AUTO -> 2;
    };
  }
}
