package dev.quern.engine.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * msdb.dbo.syscategories: the permanent categories msdb is installed with (ids 0–99: jobs are
 * class 1, alerts 2, operators 3; a job category is local (type 1) or multiserver (2), the
 * others of type 3, "none") and the ones sp_add_category adds (ids from 100). The permanent rows
 * are not stored: a stored row with the same id (a permanent category renamed by
 * sp_update_category, which SQL Server allows) takes their place, and they cannot be deleted
 * (14276), so a data directory made before categories existed has them all at once.
 */
public final class JobCategories {
  public static final int JOB = 1;
  public static final int ALERT = 2;
  public static final int OPERATOR = 3;

  /** [Uncategorized (Local)], a job's category when none is named. */
  public static final int UNCATEGORIZED_LOCAL = 0;
  /** "Jobs from MSX", which only the agent may put jobs in (14267). */
  public static final int FROM_MSX = 1;
  public static final int UNCATEGORIZED_MULTI_SERVER = 2;
  /** An alert's and an operator's [Uncategorized]. */
  public static final int UNCATEGORIZED_ALERT = 98;
  public static final int UNCATEGORIZED_OPERATOR = 99;
  /** Below this id a category is permanent. */
  public static final int FIRST_USER_ID = 100;

  /** msdb's permanent categories: id, class, type, name. */
  public static final List<Object[]> PERMANENT = List.of(
      row(0, JOB, 1, "[Uncategorized (Local)]"), row(1, JOB, 1, "Jobs from MSX"),
      row(2, JOB, 2, "[Uncategorized (Multi-Server)]"), row(3, JOB, 1, "Database Maintenance"),
      row(4, JOB, 1, "Web Assistant"), row(5, JOB, 1, "Full-Text"), row(6, JOB, 1, "Log Shipping"),
      row(7, JOB, 1, "Database Engine Tuning Advisor"), row(8, JOB, 1, "Data Collector"),
      row(10, JOB, 1, "REPL-Distribution"), row(11, JOB, 1, "REPL-Distribution Cleanup"),
      row(12, JOB, 1, "REPL-History Cleanup"), row(13, JOB, 1, "REPL-LogReader"), row(14, JOB, 1, "REPL-Merge"),
      row(15, JOB, 1, "REPL-Snapshot"), row(16, JOB, 1, "REPL-Checkup"), row(17, JOB, 1, "REPL-Subscription Cleanup"),
      row(18, JOB, 1, "REPL-Alert Response"), row(19, JOB, 1, "REPL-QueueReader"), row(20, ALERT, 3, "Replication"),
      row(UNCATEGORIZED_ALERT, ALERT, 3, "[Uncategorized]"), row(UNCATEGORIZED_OPERATOR, OPERATOR, 3, "[Uncategorized]"));

  private JobCategories() {}

  private static Object[] row(int id, int categoryClass, int type, String name) {
    return new Object[] {id, categoryClass, type, name};
  }

  /** Every category, by id: the permanent ones overlaid by the stored rows. */
  static List<AgentRow> merge(List<AgentRow> stored) {
    Map<Integer, AgentRow> byId = new TreeMap<>();
    for (Object[] p : PERMANENT) {
      byId.put((Integer) p[0], new AgentRow(AgentTable.CATEGORIES, p));
    }
    stored.forEach(r -> byId.put(r.intValue("category_id"), r));
    return new ArrayList<>(byId.values());
  }

  /** The category of class {@code categoryClass} named {@code name} (ignoring case, as msdb compares). */
  public static Optional<AgentRow> named(AgentStore s, int categoryClass, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return s.rows(AgentTable.CATEGORIES).stream().filter(r -> r.intValue("category_class") == categoryClass
        && r.string("name").toLowerCase(Locale.ROOT).equals(n)).findFirst();
  }

  /** The category with id {@code id}, of any class. */
  public static Optional<AgentRow> byId(AgentStore s, int id) {
    return s.rows(AgentTable.CATEGORIES).stream().filter(r -> r.intValue("category_id") == id).findFirst();
  }

  /** The name a job's, alert's or operator's category_id stands for (null for an id no category has). */
  public static String name(AgentStore s, int id) {
    return byId(s, id).map(r -> r.string("name")).orElse(null);
  }
}
