package dev.quern.engine.showplan;

import dev.quern.catalog.meta.Table;

/** What the mapper needs from the session: database names and table sizes for the estimates. */
public interface PlanContext {
  /** The name of database {@code databaseId} ("tempdb" for temporary tables). */
  String databaseName(int databaseId);

  /** The number of rows table {@code t} holds, as the estimates take it. */
  long tableRows(int databaseId, Table t);
}
