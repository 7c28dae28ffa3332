package dev.quern.engine.proc.statistics;

import dev.quern.catalog.meta.Statistics;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.CatalogProcedureErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code sp_helpstats [@objname =] 'table' [, [@results =] 'ALL' | 'STATS']} ("sp_helpstats
 * (Transact-SQL)"): one row per statistics of the table ({@code STATS}, the default: those not of
 * an index; {@code ALL}: every one), its name and its key columns comma separated, by name. None
 * to list is the informational 15574 (15575 for ALL) and no result set; a name that is no table is
 * 15009; another @results is 15600.
 */
public final class HelpStatsProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("statistics_name", SqlTypes.SYSNAME, false),
      new ResultColumn("statistics_keys", SqlType.ofLength(TypeId.NVARCHAR, 2078), false));
  private static final List<String> PARAMETERS = List.of("@objname", "@results");

  @Override
  public String name() {
    return "sp_helpstats";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name());
    String table = a.required(0, "@objname");
    String results = a.string(1) == null ? "STATS" : a.string(1).strip().toUpperCase(Locale.ROOT);
    if (!results.equals("STATS") && !results.equals("ALL")) {
      throw CatalogProcedureErrors.INVALID_PARAMETER_OR_OPTION.raise(name());
    }
    StatisticsTarget target = StatisticsTarget.of(host.state(), table);
    boolean all = results.equals("ALL");
    List<Statistics> listed = target.statistics().stream()
        .filter(s -> all || !StatisticsTarget.ofIndex(s))
        .sorted(Comparator.comparing(Statistics::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
    if (listed.isEmpty()) {
      host.sink().message((all ? CatalogProcedureErrors.NO_STATISTICS_OR_INDEXES : CatalogProcedureErrors.NO_STATISTICS)
          .message());
      return 0;
    }
    host.sink().columns(COLUMNS);
    listed.forEach(s -> host.sink().row(new Object[] {s.name(), target.keys(s)}));
    host.sink().done(listed.size(), true);
    return 0;
  }
}
