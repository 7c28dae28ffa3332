package dev.quern.engine.proc.statistics;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Statistics;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.error.CatalogProcedureErrors;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.statistics.TableStatistics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code sp_createstats [[@indexonly =] 'indexonly' | 'NO'] [, [@fullscan =] 'fullscan' | 'NO'] [,
 * [@norecompute =] 'norecompute' | 'NO'] [, [@incremental =] 'incremental' | 'NO']}
 * ("sp_createstats (Transact-SQL)"): for every user table of the current database (not one whose
 * clustered index is disabled), single-column statistics named after each column that leads no
 * statistics yet (with indexonly, only columns of an index), made by nested CREATE STATISTICS
 * statements with the options asked for. Says per table which columns it covers (15018, then one
 * line per column) or that none needed it (15013), and the total (15020). Needs db_owner (15247);
 * an argument that is neither its keyword nor NO is 15600. Columns whose type has no statistics
 * (text, ntext, image, xml, spatial) and computed columns are passed over, as is a column whose
 * name another statistics of the table already has.
 */
public final class CreateStatsProcedure implements SystemProcedure {
  private static final List<String> PARAMETERS = List.of("@indexonly", "@fullscan", "@norecompute", "@incremental");
  private static final List<String> KEYWORDS = List.of("INDEXONLY", "FULLSCAN", "NORECOMPUTE", "INCREMENTAL");
  private static final Set<TypeId> WITHOUT_STATISTICS =
      Set.of(TypeId.TEXT, TypeId.NTEXT, TypeId.IMAGE, TypeId.XML, TypeId.GEOMETRY, TypeId.GEOGRAPHY);

  @Override
  public String name() {
    return "sp_createstats";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMETERS, name());
    boolean[] on = new boolean[KEYWORDS.size()];
    for (int i = 0; i < on.length; i++) {
      String v = a.string(i) == null ? "NO" : a.string(i).strip().toUpperCase(Locale.ROOT);
      if (!v.equals("NO") && !v.equals(KEYWORDS.get(i))) {
        throw CatalogProcedureErrors.INVALID_PARAMETER_OR_OPTION.raise(name());
      }
      on[i] = !v.equals("NO");
    }
    SessionState session = host.state();
    if (!session.isSysadmin() && !session.isMember("db_owner").orElse(false)) {
      throw CatalogProcedureErrors.NO_PERMISSION.raise();
    }
    String with = options(on[1], on[2], on[3]);
    int created = 0;
    for (StatisticsTarget t : tables(session)) {
      List<Column> columns = eligible(t, on[0]);
      if (columns.isEmpty()) {
        host.sink().message(CatalogProcedureErrors.NO_COLUMNS_WITHOUT_STATISTICS.message(t.quoted()));
        continue;
      }
      host.sink().message(CatalogProcedureErrors.CREATING_STATISTICS.message(t.quoted()));
      for (Column c : columns) {
        host.sink().message(new SqlMessage(0, 1, 0, "     " + c.name(), name(), 1));
        String q = StatisticsTarget.quote(c.name());
        BatchPlan plan = host.compile("CREATE STATISTICS " + q + " ON " + t.quoted() + " (" + q + ")" + with, List.of(), "");
        host.run(plan, new Object[plan.frameSize()], name());
        created++;
      }
    }
    host.sink().message(CatalogProcedureErrors.STATISTICS_CREATED.message(created));
    return 0;
  }

  private static String options(boolean fullscan, boolean norecompute, boolean incremental) {
    List<String> o = new ArrayList<>();
    if (fullscan) {
      o.add("FULLSCAN");
    }
    if (norecompute) {
      o.add("NORECOMPUTE");
    }
    if (incremental) {
      o.add("INCREMENTAL = ON");
    }
    return o.isEmpty() ? "" : " WITH " + String.join(", ", o);
  }

  /** The current database's user tables that can be read, by schema and name. */
  private static List<StatisticsTarget> tables(SessionState session) {
    Metadata md = StatisticsTarget.metadata(session);
    List<StatisticsTarget> out = new ArrayList<>();
    for (Schema s : md.schemas(session.databaseId())) {
      for (SchemaObject o : md.objects(s.id())) {
        if (o instanceof Table t && !t.rowIndex().disabled()) {
          out.add(new StatisticsTarget(s.name(), t, TableStatistics.of(md, t)));
        }
      }
    }
    out.sort(Comparator.comparing(StatisticsTarget::schema, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(t -> t.table().name(), String.CASE_INSENSITIVE_ORDER));
    return out;
  }

  /** The columns of {@code t} that lead no statistics and can have some, in column order. */
  private static List<Column> eligible(StatisticsTarget t, boolean indexOnly) {
    Set<Integer> leading = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Statistics s : t.statistics()) {
      leading.add(s.columnIds().getFirst());
      names.add(s.name().toLowerCase(Locale.ROOT));
    }
    Set<Integer> indexed = new HashSet<>();
    for (Index i : t.table().indexes()) {
      i.keys().stream().map(IndexColumn::columnId).forEach(indexed::add);
    }
    return t.table().columns().stream()
        .filter(c -> !leading.contains(c.columnId()) && (!indexOnly || indexed.contains(c.columnId())))
        .filter(c -> c.computed() == null && !WITHOUT_STATISTICS.contains(c.type().id()))
        .filter(c -> !names.contains(c.name().toLowerCase(Locale.ROOT)))
        .toList();
  }
}
