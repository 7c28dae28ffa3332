package dev.quern.engine.proc.host;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.ArrayList;
import java.util.List;

/**
 * sp_MSgetalertinfo [@includeaddresses = 0|1]: SQL Server Agent's alert system settings, one row
 * (the fail-safe operator, its notification method, event forwarding, the pager templates; with
 * @includeaddresses = 1 also the fail-safe operator's addresses). Quern's Agent has operators and
 * alerts but no alert system settings: no fail-safe operator, no forwarding server, no pager
 * templates, so the row holds NULLs and 0s, as SQL Server's does before anyone sets them.
 */
final class AlertInfoProcedure implements SystemProcedure {
  private static final SqlType NAME = SqlType.ofLength(TypeId.NVARCHAR, 255);

  @Override
  public String name() {
    return "sp_msgetalertinfo";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    boolean addresses = !args.isEmpty() && !args.getFirst().isDefault() && args.getFirst().value() != null
        && ((Number) args.getFirst().value()).intValue() == 1;
    List<ResultColumn> columns = new ArrayList<>(List.of(new ResultColumn("FailSafeOperator", NAME, true),
        new ResultColumn("NotificationMethod", SqlTypes.INT, true), new ResultColumn("ForwardingServer", NAME, true),
        new ResultColumn("ForwardingSeverity", SqlTypes.INT, true), new ResultColumn("PagerToTemplate", NAME, true),
        new ResultColumn("PagerCCTemplate", NAME, true), new ResultColumn("PagerSubjectTemplate", NAME, true),
        new ResultColumn("PagerSendSubjectOnly", NAME, true), new ResultColumn("ForwardAlways", SqlTypes.INT, true)));
    List<Object> row = new ArrayList<>(java.util.Arrays.asList(null, 0, null, 0, null, null, null, "0", 0));
    if (addresses) {
      for (String a : List.of("FailSafeEmailAddress", "FailSafePagerAddress", "FailSafeNetSendAddress")) {
        columns.add(new ResultColumn(a, NAME, true));
        row.add(null);
      }
    }
    HostProcedures.result(host.sink(), columns, List.<Object[]>of(row.toArray()));
    return 0;
  }
}
