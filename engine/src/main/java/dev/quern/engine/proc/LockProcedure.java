package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.sys.SystemView;
import dev.quern.engine.sys.SystemViews;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sp_lock [spid1 [, spid2]]} ("sp_lock (Transact-SQL)"): the locks sys.dm_tran_locks shows,
 * in sp_lock's older shape: a KEY lock with the table and index whose rows it locks (found through
 * sys.partitions' hobt ids), an OBJECT lock as TAB with the table's id, an application lock as
 * APP.
 */
public final class LockProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("spid", SqlTypes.SMALLINT, true),
          new ResultColumn("dbid", SqlTypes.SMALLINT, true),
          new ResultColumn("ObjId", SqlTypes.INT, true),
          new ResultColumn("IndId", SqlTypes.SMALLINT, true),
          new ResultColumn("Type", SqlType.ofLength(TypeId.NCHAR, 4), true),
          new ResultColumn("Resource", SqlType.ofLength(TypeId.NCHAR, 32), true),
          new ResultColumn("Mode", SqlType.ofLength(TypeId.NVARCHAR, 8), true),
          new ResultColumn("Status", SqlType.ofLength(TypeId.NVARCHAR, 5), true));

  @Override
  public String name() {
    return "sp_lock";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    if (args.size() > 2) {
      throw dev.quern.engine.error.SqlErrors.TOO_MANY_ARGUMENTS.raise(name());
    }
    List<Integer> spids = new ArrayList<>();
    for (ProcArg a : args) {
      if (!a.isDefault() && a.value() != null) {
        spids.add(((Number) a.value()).intValue());
      }
    }
    Map<Long, int[]> hobts = new HashMap<>();
    for (Object[] p : view("partitions").rows(host.state())) {
      hobts.put(((Number) p[4]).longValue(), new int[] {(Integer) p[1], (Integer) p[2]});
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object[] l : view("dm_tran_locks").rows(host.state())) {
      int spid = (Integer) l[11];
      if (spids.isEmpty() || spids.contains(spid)) {
        rows.add(row(l, hobts));
      }
    }
    ResultSink sink = host.sink();
    sink.columns(COLUMNS);
    rows.forEach(sink::row);
    sink.done(rows.size(), true);
    return 0;
  }

  private static SystemView view(String name) {
    return SystemViews.lookup(List.of("sys", name)).orElseThrow();
  }

  /** One dm_tran_locks row (type, …, database, description, entity, …) as sp_lock shows it. */
  private static Object[] row(Object[] l, Map<Long, int[]> hobts) {
    String type = (String) l[0];
    long entity = l[4] == null ? 0 : ((Number) l[4]).longValue();
    boolean key = type.equals("KEY");
    int[] owner = key ? hobts.getOrDefault(entity, new int[] {0, 0}) : new int[] {(int) entity, 0};
    return new Object[] {
      l[11], l[2], owner[0], owner[1], pad(lockType(type), 4),
      pad((String) l[3], 32), l[6], l[8]
    };
  }

  /** sp_lock's short resource types: KEY, TAB for an OBJECT, APP for an APPLICATION lock. */
  private static String lockType(String type) {
    return switch (type) {
      case "OBJECT" -> "TAB";
      case "APPLICATION" -> "APP";
      default -> type;
    };
  }

  private static String pad(String v, int n) {
    return v.length() >= n ? v.substring(0, n) : v + " ".repeat(n - v.length());
  }
}
