package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Statistics;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.StatisticsStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.StatisticsErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.statistics.StatisticsUpdate;
import dev.quern.engine.statistics.TableStatistics;
import dev.quern.engine.store.FilterPredicate;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * UPDATE STATISTICS, CREATE STATISTICS and DROP STATISTICS. UPDATE rebuilds the named statistics
 * (all of the table's, or its indexes' or columns' ones for WITH INDEX / COLUMNS) from a full scan;
 * CREATE defines one over columns with an optional filter and builds it at once, as SQL Server
 * does; DROP removes ones CREATE STATISTICS made (3739 for an index's).
 */
final class StatisticsDdl {
  private final SessionState state;

  StatisticsDdl(SessionState state) {
    this.state = state;
  }

  void run(StatisticsStatement s, ResultSink sink) {
    switch (s.kind()) {
      case UPDATE -> update(s);
      case CREATE -> create(s);
      case DROP -> s.drops().forEach(this::drop);
    }
  }

  private Metadata metadata(ResolvedTable t) {
    return state.store().metadata(t.catalog());
  }

  private void update(StatisticsStatement s) {
    ResolvedTable t = ObjectNames.table(state.store(), state.databaseName(), s.table())
        .orElseThrow(() -> SqlErrors.INVALID_OBJECT.raise(String.join(".", s.table())));
    List<Statistics> all = TableStatistics.of(metadata(t), t.table());
    List<Statistics> targets = new ArrayList<>();
    if (s.names().isEmpty()) {
      for (Statistics x : all) {
        if (s.scope() == StatisticsStatement.Scope.ALL || (s.scope() == StatisticsStatement.Scope.COLUMNS) == x.userCreated()) {
          targets.add(x);
        }
      }
    }
    for (String name : s.names()) {
      targets.add(all.stream().filter(x -> x.name().equalsIgnoreCase(name)).findFirst()
          .orElseThrow(() -> StatisticsErrors.OBJECT_MISSING.raise(name)));
    }
    // Without NORECOMPUTE an update turns automatic updates back on (no_recompute 0), as SQL Server's does.
    targets.replaceAll(x -> x.withNoRecompute(s.noRecompute()));
    StatisticsUpdate.run(state.store(), state.server().statisticsModifications(), t, targets);
  }

  private void create(StatisticsStatement s) {
    String name = s.names().getFirst();
    ResolvedTable t = ObjectNames.table(state.store(), state.databaseName(), s.table())
        .orElseThrow(() -> StatisticsErrors.OBJECT_MISSING.raise(String.join(".", s.table())));
    Table table = t.table();
    Metadata md = metadata(t);
    if (TableStatistics.named(md, table, name).isPresent() || table.index(name).isPresent()) {
      throw StatisticsErrors.NAME_EXISTS.raise(table.name(), name);
    }
    List<Integer> columns = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String c : s.columns()) {
      Column column = table.column(c).orElseThrow(() -> StatisticsErrors.COLUMN_MISSING.raise(c));
      if (!seen.add(c.toLowerCase(Locale.ROOT))) {
        throw StatisticsErrors.DUPLICATE_COLUMN.raise(c);
      }
      columns.add(column.columnId());
    }
    String filter = s.filter() == null ? null : FilterPredicate.define(table, name, s.filter()).definition();
    Statistics created = new Statistics(table.id(), TableStatistics.nextId(md, table), name, true, columns, filter,
        s.noRecompute(), null);
    StatisticsUpdate.run(state.store(), state.server().statisticsModifications(), t, List.of(created));
  }

  /**
   * 5074 then 4922: statistics made by CREATE STATISTICS cover {@code column}, which {@code
   * statement} would drop or change; SQL Server asks for them to be dropped first. (An index's
   * statistics go with the index, which its own check refuses first.)
   */
  static void checkNotCovered(SessionState state, ResolvedTable t, Column column, String statement) {
    for (Statistics s : state.store().metadata(t.catalog()).statistics(t.table().id())) {
      if (s.userCreated() && s.columnIds().contains(column.columnId())) {
        throw SqlErrors.COLUMN_ACCESSED.raise(statement, column.name())
            .precededBy(StatisticsErrors.COLUMN_DEPENDENCY.raise(s.name(), column.name()));
      }
    }
  }

  /** {@code [schema.]table.statistics}: 3701 when there is no such table or statistics. */
  private void drop(List<String> qualified) {
    String shown = String.join(".", qualified);
    if (qualified.size() < 2) {
      throw StatisticsErrors.CANNOT_DROP.raise(shown);
    }
    List<String> tableName = qualified.subList(0, qualified.size() - 1);
    String name = qualified.getLast();
    ResolvedTable t = ObjectNames.table(state.store(), state.databaseName(), tableName)
        .orElseThrow(() -> StatisticsErrors.CANNOT_DROP.raise(shown));
    Statistics found = TableStatistics.named(metadata(t), t.table(), name)
        .orElseThrow(() -> StatisticsErrors.CANNOT_DROP.raise(shown));
    if (!found.userCreated()) {
      throw StatisticsErrors.NOT_STATISTICS.raise(shown);
    }
    t.catalog().statistics().drop(state.store().txn(t.catalog()), found);
    state.store().markDdl();
  }
}
