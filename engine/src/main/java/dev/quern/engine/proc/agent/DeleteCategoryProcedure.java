package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.agent.JobCategories;

/**
 * {@code msdb.dbo.sp_delete_category [@class =] 'class', [@name =] 'name'} ("sp_delete_category
 * (Transact-SQL)"): deletes a category added with sp_add_category (14262 when the class has none of
 * that name, 14276 for msdb's permanent ones, ids below 100). Its jobs go back to [Uncategorized
 * (Local)] (or (Multi-Server) for a multiserver category), its alerts and operators to
 * [Uncategorized]. sysadmin only.
 */
final class DeleteCategoryProcedure extends AgentProcedure {
  DeleteCategoryProcedure() {
    super("sp_delete_category", "@class", "@name");
  }

  @Override
  int run(Call c) {
    c.requireSysadmin();
    c.required("@class");
    String name = c.required("@name");
    CategoryClass cls = CategoryClass.verify(c.text("@class"), null, null);
    AgentRow category = (name == null ? null : JobCategories.named(c.store, cls.id(), name).orElse(null));
    if (category == null) {
      throw AgentErrors.NOT_FOUND.raise("@name", name);
    }
    int id = category.intValue("category_id");
    if (id < JobCategories.FIRST_USER_ID) {
      throw AgentErrors.PERMANENT_CATEGORY.raise(name, cls.given());
    }
    int jobDefault = category.intValue("category_type") == 2 ? JobCategories.UNCATEGORIZED_MULTI_SERVER
        : JobCategories.UNCATEGORIZED_LOCAL;
    reassign(c, AgentTable.JOBS, id, jobDefault);
    reassign(c, AgentTable.ALERTS, id, JobCategories.UNCATEGORIZED_ALERT);
    reassign(c, AgentTable.OPERATORS, id, JobCategories.UNCATEGORIZED_OPERATOR);
    c.store.delete(category);
    return 0;
  }

  private static void reassign(Call c, AgentTable table, int from, int to) {
    c.store.rows(table).stream().filter(r -> r.intValue("category_id") == from)
        .forEach(r -> c.store.put(r.set("category_id", to)));
  }
}
