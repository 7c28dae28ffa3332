package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.JobCategories;

/**
 * An alert's or an operator's category, as sp_add_alert, sp_update_alert, sp_add_operator and
 * sp_update_operator take it: @category_name names a category of the alert (2) or operator (3)
 * class (14234 otherwise); none, or '', is that class's [Uncategorized] (98 or 99).
 */
final class OtherCategory {
  private OtherCategory() {}

  static void apply(AgentProcedure.Call c, AgentRow row, int categoryClass) {
    if (c.value("@category_name") == null) {
      return;
    }
    String name = c.text("@category_name");
    int id = name == null ? uncategorized(categoryClass)
        : JobCategories.named(c.store, categoryClass, name).map(k -> k.intValue("category_id"))
            .orElseThrow(() -> AgentErrors.INVALID_SEE.raise("@category_name", "sp_help_category"));
    row.set("category_id", id);
  }

  static int uncategorized(int categoryClass) {
    return categoryClass == JobCategories.ALERT ? JobCategories.UNCATEGORIZED_ALERT : JobCategories.UNCATEGORIZED_OPERATOR;
  }

  /** The category name sp_help_alert and sp_help_operator show. */
  static String name(AgentProcedure.Call c, AgentRow row) {
    return JobCategories.name(c.store, row.intValue("category_id"));
  }
}
