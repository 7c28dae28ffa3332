package dev.quern.engine.agent;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.CatalogAgent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes the agent's msdb tables through one transaction of the main store: the
 * caller's (procedures, views) or one of the agent's own.
 */
public record AgentStore(CatalogAgent records, KvTxn txn) {
  /** Every row of {@code table}; syscategories' with the permanent categories ({@link JobCategories}). */
  public List<AgentRow> rows(AgentTable table) {
    List<AgentRow> stored = read(table, CatalogAgent.key(null));
    return table == AgentTable.CATEGORIES ? JobCategories.merge(stored) : stored;
  }

  /** The rows of a table keyed by job id (steps, job schedules, job servers, activity) for one job. */
  public List<AgentRow> rowsOf(AgentTable table, UUID jobId) {
    return read(table, CatalogAgent.key(jobId));
  }

  private List<AgentRow> read(AgentTable table, byte[] prefix) {
    return records.rows(txn, table.id(), prefix).stream().map(v -> new AgentRow(table, v)).toList();
  }

  public Optional<AgentRow> job(UUID jobId) {
    return rowsOf(AgentTable.JOBS, jobId).stream().findFirst();
  }

  /** The jobs named {@code name} (names compare ignoring case, as msdb's collation does). */
  public List<AgentRow> jobsNamed(String name) {
    return named(AgentTable.JOBS, name);
  }

  /** The row of a table keyed by one int (sysoperators, sysalerts) with that key. */
  public Optional<AgentRow> byId(AgentTable table, int id) {
    return records.rows(txn, table.id(), CatalogAgent.key(null, id)).stream().map(v -> new AgentRow(table, v)).findFirst();
  }

  public Optional<AgentRow> schedule(int scheduleId) {
    return records.rows(txn, AgentTable.SCHEDULES.id(), CatalogAgent.key(null, scheduleId)).stream()
        .map(v -> new AgentRow(AgentTable.SCHEDULES, v)).findFirst();
  }

  public List<AgentRow> schedulesNamed(String name) {
    return named(AgentTable.SCHEDULES, name);
  }

  /** The rows of {@code table} whose {@code name} column is {@code name}, ignoring case. */
  public List<AgentRow> named(AgentTable table, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return rows(table).stream().filter(r -> r.string("name").toLowerCase(Locale.ROOT).equals(n)).toList();
  }

  public void put(AgentRow row) {
    records.put(txn, row.table().id(), row.key(), row.values());
  }

  public void delete(AgentRow row) {
    records.delete(txn, row.table().id(), row.key());
  }
}
