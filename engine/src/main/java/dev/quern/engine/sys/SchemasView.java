package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.List;

/** sys.schemas: the built-in schemas every database has (user schemas arrive with issue 3). */
final class SchemasView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(sysname("name", false), integer("schema_id", false), integer("principal_id", true));

  @Override
  public String name() {
    return "schemas";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    return List.of(
        new Object[] {"dbo", 1, 1},
        new Object[] {"guest", 2, 2},
        new Object[] {"INFORMATION_SCHEMA", 3, 3},
        new Object[] {"sys", 4, 4});
  }
}
