package dev.quern.engine.statistics;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Statistics;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.StoreSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A table's statistics objects as sys.stats lists them: one per index with keys (a heap has none),
 * named, numbered and defined as the index, with what was last computed for it (none until the
 * first update; until then no_recompute is the index's STATISTICS_NORECOMPUTE), then those made
 * by CREATE STATISTICS; in stats_id order.
 */
public final class TableStatistics {
  private TableStatistics() {}

  public static List<Statistics> of(Metadata md, Table t) {
    List<Statistics> stored = md.statistics(t.id());
    List<Statistics> out = new ArrayList<>();
    for (Index i : t.indexes()) {
      if (i.keys().isEmpty()) {
        continue;
      }
      Statistics kept = stored.stream().filter(s -> !s.userCreated() && s.statsId() == i.indexId()).findFirst()
          .orElse(null);
      out.add(new Statistics(t.id(), i.indexId(), i.name(), false, i.keys().stream().map(IndexColumn::columnId).toList(),
          i.filter(), kept != null ? kept.noRecompute() : i.options().noRecompute(),
          kept == null ? null : kept.content()));
    }
    stored.stream().filter(Statistics::userCreated).forEach(out::add);
    out.sort(Comparator.comparingInt(Statistics::statsId));
    return out;
  }

  /** The statistics named {@code name} (an index's or CREATE STATISTICS'), case-insensitively. */
  public static Optional<Statistics> named(Metadata md, Table t, String name) {
    return of(md, t).stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
  }

  /** Statistics {@code statsId} of table {@code objectId} in database {@code databaseId}, if both exist. */
  public static Optional<Statistics> byId(StoreSession session, int databaseId, int objectId, int statsId) {
    Metadata md = session.metadata(session.storage().catalog(databaseId));
    return ObjectNames.objectById(session, databaseId, objectId)
        .filter(Table.class::isInstance)
        .flatMap(o -> of(md, (Table) o).stream().filter(s -> s.statsId() == statsId).findFirst());
  }

  /**
   * The columns the density vector covers: the statistics' own, then for a nonclustered index of a
   * clustered table the clustering key columns it does not have (its rows' locator, as SQL Server
   * shows them).
   */
  public static List<Integer> densityColumns(Table t, Statistics s) {
    List<Integer> out = new ArrayList<>(s.columnIds());
    Index rows = t.rowIndex();
    boolean nonclustered = !s.userCreated() && s.statsId() != rows.indexId();
    if (nonclustered && rows.kind() == IndexKind.CLUSTERED) {
      for (IndexColumn k : rows.keys()) {
        if (!out.contains(k.columnId())) {
          out.add(k.columnId());
        }
      }
    }
    return out;
  }

  /** A new CREATE STATISTICS' stats_id: past every index's and statistics'. */
  public static int nextId(Metadata md, Table t) {
    int max = t.indexes().stream().mapToInt(Index::indexId).max().orElse(0);
    for (Statistics s : md.statistics(t.id())) {
      max = Math.max(max, s.statsId());
    }
    return max + 1;
  }
}
