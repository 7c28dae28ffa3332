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
 * lock_escalation (0 TABLE, 1 DISABLE, 2 AUTO, SQL Server's codes) and its description.
 */
final class TablesView implements SystemView {
  private static final List<ResultColumn> COLUMNS = withEscalation();

  private static List<ResultColumn> withEscalation() {
    List<ResultColumn> c = new ArrayList<>(ObjectsView.COLUMNS);
    c.add(new ResultColumn("lock_escalation", SqlTypes.TINYINT, true));
    c.add(new ResultColumn("lock_escalation_desc", SqlType.ofLength(TypeId.NVARCHAR, 60), true));
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
        Object[] object = ObjectsView.row(t.name(), t.id(), e.schema().id(), 0, "U", e.dates(), false);
        Object[] row = java.util.Arrays.copyOf(object, object.length + 2);
        LockEscalation escalation = md.lockEscalation(t.id());
        row[object.length] = escalationCode(escalation);
        row[object.length + 1] = escalation.name();
        out.add(row);
      }
    }
    return out;
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
