package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.external.ResourceGovernorConfiguration;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * The resource governor's configuration, one row: as stored ({@code
 * sys.resource_governor_configuration}: is_enabled) or in effect ({@code
 * sys.dm_resource_governor_configuration}: is_reconfiguration_pending), with the classifier
 * function's object id (0: none). Quern has no I/O governance (max_outstanding_io_per_volume 0).
 */
final class ResourceGovernorConfigurationView implements SystemView {
  private final boolean dynamic;

  private ResourceGovernorConfigurationView(boolean dynamic) {
    this.dynamic = dynamic;
  }

  /** sys.resource_governor_configuration. */
  static ResourceGovernorConfigurationView stored() {
    return new ResourceGovernorConfigurationView(false);
  }

  /** sys.dm_resource_governor_configuration. */
  static ResourceGovernorConfigurationView inEffect() {
    return new ResourceGovernorConfigurationView(true);
  }

  @Override
  public String name() {
    return dynamic ? "dm_resource_governor_configuration" : "resource_governor_configuration";
  }

  @Override
  public List<ResultColumn> columns() {
    return List.of(
        integer("classifier_function_id", false),
        dynamic ? bit("is_reconfiguration_pending", false) : bit("is_enabled", false),
        integer("max_outstanding_io_per_volume", false));
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    ResourceGovernorConfiguration config = session.server().external().resourceGovernor();
    boolean flag = dynamic ? config.pending() : config.enabled();
    var classifier = dynamic ? config.classifierInEffect() : config.classifier();
    return List.<Object[]>of(new Object[] {classifier.map(c -> classifierId(session, c)).orElse(0), flag, 0});
  }

  /** The classifier function's object id in master (0 when it is gone). */
  private static int classifierId(SessionState session, List<String> schemaAndName) {
    String name = "[master].[" + schemaAndName.get(0).replace("]", "]]") + "].["
        + schemaAndName.get(1).replace("]", "]]") + "]";
    return session.objectId(name, null).orElse(0);
  }
}
