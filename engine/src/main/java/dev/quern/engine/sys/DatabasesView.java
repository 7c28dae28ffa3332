package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.Databases;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/** sys.databases: one row per database (the columns clients read). */
final class DatabasesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          sysname("name", false),
          integer("database_id", false),
          sysname("collation_name", true),
          tinyint("compatibility_level", false),
          tinyint("state", true),
          nvarchar("state_desc", 60, true),
          bit("is_read_only", true),
          tinyint("recovery_model", true),
          nvarchar("recovery_model_desc", 60, true));

  @Override
  public String name() {
    return "databases";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> rows = new ArrayList<>();
    for (Databases.Database d : session.server().databases().all()) {
      boolean simple = d.name().equals("tempdb");
      rows.add(
          new Object[] {
            d.name(), d.id(), "SQL_Latin1_General_CP1_CI_AS", 160, 0, "ONLINE", false,
            simple ? 3 : 1, simple ? "SIMPLE" : "FULL"
          });
    }
    return rows;
  }
}
