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
    var config = session.server().external().configuration();
    return config.options().stream()
        .map(o -> new Object[] {
              o.id(), o.name(), intVariant(config.configValue(o)), intVariant(o.minimum()),
              intVariant(o.maximum()), intVariant(config.runValue(o)), o.description(), o.dynamic(),
              o.advanced()
            })
        .toList();
  }

  private static Object intVariant(int v) {
    return new dev.quern.catalog.value.SqlVariant(dev.quern.catalog.type.SqlTypes.INT, v);
  }
}
