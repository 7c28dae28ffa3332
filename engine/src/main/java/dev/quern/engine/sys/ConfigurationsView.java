package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * sys.configurations: the server options clients ask about (mssql-jdbc reads 'user connections',
 * SSMS checks 'SMO and DMO XPs', ML Services 'external scripts enabled').
 */
final class ConfigurationsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("configuration_id", false),
          nvarchar("name", 35, false),
          variant("value", true),
          variant("minimum", true),
          variant("maximum", true),
          variant("value_in_use", true),
          nvarchar("description", 255, false),
          bit("is_dynamic", false),
          bit("is_advanced", false));

  private record Option(int id, String name, int value, int min, int max, String description, boolean dynamic, boolean advanced) {}

  private static final List<Option> OPTIONS =
      List.of(
          new Option(103, "user connections", 0, 0, 32767, "Number of user connections allowed", false, true),
          new Option(518, "show advanced options", 0, 0, 1, "show advanced options", true, false),
          new Option(1568, "default trace enabled", 1, 0, 1, "Enable or disable the default trace", true, true),
          new Option(16387, "SMO and DMO XPs", 1, 0, 1, "Enable or disable SMO and DMO XPs", true, true),
          new Option(1586, "external scripts enabled", 0, 0, 1, "Allows execution of external scripts", true, false));

  @Override
  public String name() {
    return "configurations";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    return OPTIONS.stream()
        .map(o -> new Object[] {
              o.id(), o.name(), intVariant(o.value()), intVariant(o.min()), intVariant(o.max()),
              intVariant(o.value()), o.description(), o.dynamic(), o.advanced()
            })
        .toList();
  }

  private static Object intVariant(int v) {
    return new dev.quern.catalog.value.SqlVariant(dev.quern.catalog.type.SqlTypes.INT, v);
  }
}
