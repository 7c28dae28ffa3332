package dev.quern.engine.proc.statistics;

import dev.quern.catalog.meta.Statistics;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.DateTimeValues;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.CatalogProcedureErrors;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.statistics.StatisticsRows;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code sp_autostats [@tblname =] 'table' [, [@flagc =] 'ON' | 'OFF'] [, [@indname =]
 * 'statistics']} ("sp_autostats (Transact-SQL)"). Without a flag: one row per statistics of the
 * table (or the one named), in stats_id order: {@code Index Name} bracketed, {@code AUTOSTATS} ON
 * unless it was made or updated WITH NORECOMPUTE, {@code Last Updated} as STATS_DATE gives it. With
 * one: runs {@code UPDATE STATISTICS} on them, WITH NORECOMPUTE for OFF, without it for ON, so
 * the statement's permission rules and errors apply; no result set. A name that is no table is
 * 15009, an @indname that names none of its statistics 15323, another flag 15600.
 *
 * <p>Not shown: the lines SQL Server prints ahead of the result (the database's global settings)
 * and after a change, whose exact texts are not documented.
 */
public final class AutoStatsProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("Index Name", SqlTypes.SYSNAME, true),
      new ResultColumn("AUTOSTATS", SqlType.ofLength(TypeId.VARCHAR, 3), true),
      new ResultColumn("Last Updated", SqlTypes.DATETIME, true));
  private static final List<String> PARAMETERS = List.of("@tblname", "@flagc", "@indname");

  @Override
  public String name() {
    return "sp_autostats";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name());
    String table = a.required(0, "@tblname");
    String flag = a.string(1) == null ? null : a.string(1).strip().toUpperCase(Locale.ROOT);
    if (flag != null && !flag.equals("ON") && !flag.equals("OFF")) {
      throw CatalogProcedureErrors.INVALID_PARAMETER_OR_OPTION.raise(name());
    }
    StatisticsTarget target = StatisticsTarget.of(host.state(), table);
    String only = a.string(2);
    List<Statistics> chosen = target.statistics().stream()
        .filter(s -> only == null || s.name().equalsIgnoreCase(only))
        .toList();
    if (only != null && chosen.isEmpty()) {
      throw CatalogProcedureErrors.NO_SUCH_INDEX.raise(target.table().name());
    }
    if (flag == null) {
      show(host, chosen);
    } else if (!chosen.isEmpty()) {
      set(host, target, only == null ? null : chosen.getFirst().name(), flag.equals("OFF"));
    }
    return 0;
  }

  private static void show(ProcedureHost host, List<Statistics> chosen) {
    List<Object[]> rows = new ArrayList<>();
    for (Statistics s : chosen) {
      LocalDateTime updated = StatisticsRows.updated(s);
      rows.add(new Object[] {StatisticsTarget.quote(s.name()), s.noRecompute() ? "OFF" : "ON",
          updated == null ? null : DateTimeValues.roundToDatetime(updated)});
    }
    host.sink().columns(COLUMNS);
    rows.forEach(host.sink()::row);
    host.sink().done(rows.size(), true);
  }

  /** UPDATE STATISTICS on the table (or its statistics {@code statistics}), with NORECOMPUTE or without. */
  private static void set(ProcedureHost host, StatisticsTarget target, String statistics, boolean off) {
    String sql = "UPDATE STATISTICS " + target.quoted()
        + (statistics == null ? "" : " " + StatisticsTarget.quote(statistics))
        + (off ? " WITH NORECOMPUTE" : "");
    BatchPlan plan = host.compile(sql, List.of(), "");
    host.run(plan, new Object[plan.frameSize()], "sp_autostats");
  }
}
