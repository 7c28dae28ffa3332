package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.periods: one row per table of the current database with a SYSTEM_TIME period (period_type 1,
 * SYSTEM_TIME_PERIOD), its start and end columns.
 */
final class PeriodsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(sysname("name", false), tinyint("period_type", false), nvarchar("period_type_desc", 60, true),
          integer("object_id", false), integer("start_column_id", false), integer("end_column_id", false));

  @Override
  public String name() {
    return "periods";
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
        md.period(t.id()).ifPresent(p -> out.add(new Object[] {
            "SYSTEM_TIME", 1, "SYSTEM_TIME_PERIOD", t.id(), p.startColumnId(), p.endColumnId()}));
      }
    }
    return out;
  }
}
