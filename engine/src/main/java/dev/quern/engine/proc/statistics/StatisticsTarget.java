package dev.quern.engine.proc.statistics;

import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Statistics;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.module.ModuleName;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.statistics.TableStatistics;
import java.util.List;

/** The table a statistics procedure names, with its schema and statistics; 15009 for no table. */
record StatisticsTarget(String schema, Table table, List<Statistics> statistics) {
  static StatisticsTarget of(SessionState session, String name) {
    Table t = (Table) (name == null ? java.util.Optional.empty() : ModuleName.resolve(session, name))
        .filter(Table.class::isInstance)
        .orElseThrow(() -> SqlErrors.HELPTEXT_NO_OBJECT.raise(name, session.databaseName()));
    Metadata md = metadata(session);
    String schema = md.schema(t.schemaId()).map(s -> s.name()).orElse("dbo");
    return new StatisticsTarget(schema, t, TableStatistics.of(md, t));
  }

  static Metadata metadata(SessionState session) {
    return session.store().metadata(session.store().storage().catalog(session.databaseId()));
  }

  /** {@code [schema].[table]}, as the procedures' statements and messages name it. */
  String quoted() {
    return quote(schema) + "." + quote(table.name());
  }

  static String quote(String name) {
    return "[" + name.replace("]", "]]") + "]";
  }

  /** The column names of statistics {@code s}, comma separated as sp_helpstats lists its keys. */
  String keys(Statistics s) {
    return String.join(", ", s.columnIds().stream().map(id -> table.columnById(id).name()).toList());
  }

  /** Whether statistics {@code s} is an index's rather than made by CREATE STATISTICS. */
  static boolean ofIndex(Statistics s) {
    return !s.userCreated();
  }
}
