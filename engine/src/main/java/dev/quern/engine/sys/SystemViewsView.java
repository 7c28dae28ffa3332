package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.List;

/** sys.system_views: the system views that exist (SQLAlchemy probes for dm_exec_sessions here). */
final class SystemViewsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(sysname("name", false), integer("object_id", false), integer("schema_id", false), nvarchar("type", 2, false), nvarchar("type_desc", 60, false));

  @Override
  public String name() {
    return "system_views";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<SystemView> views = SystemViews.all();
    Object[][] rows = new Object[views.size()][];
    for (int i = 0; i < views.size(); i++) {
      // System objects have negative ids; sys is schema 4.
      rows[i] = new Object[] {views.get(i).name(), -100 - i, 4, "V ", "VIEW"};
    }
    return List.of(rows);
  }
}
