package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.List;

/** sys.dm_os_host_info: the operating system the server runs on (SSMS reads host_platform). */
final class HostInfoView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          nvarchar("host_platform", 256, false),
          nvarchar("host_distribution", 256, false),
          nvarchar("host_release", 256, false),
          nvarchar("host_service_pack_level", 256, false),
          integer("host_sku", true),
          integer("os_language_version", false),
          nvarchar("host_architecture", 256, false));

  @Override
  public String name() {
    return "dm_os_host_info";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    String os = System.getProperty("os.name", "Linux");
    boolean windows = os.startsWith("Windows");
    return List.<Object[]>of(
        new Object[] {
          windows ? "Windows" : "Linux", os, System.getProperty("os.version", ""), "", null, 1033,
          "X64"
        });
  }
}
