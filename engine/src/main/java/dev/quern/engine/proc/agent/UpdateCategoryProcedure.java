package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.JobCategories;

/**
 * {@code msdb.dbo.sp_update_category [@class =] 'class', [@name =] 'old', [@new_name =] 'new'}
 * ("sp_update_category (Transact-SQL)"): renames a category of that class (14526 when the class
 * has none of that name, 14261 when the new name is taken). As in SQL Server, whose permanent-
 * category check there can never fire, msdb's own categories can be renamed too. sysadmin only.
 */
final class UpdateCategoryProcedure extends AgentProcedure {
  UpdateCategoryProcedure() {
    super("sp_update_category", "@class", "@name", "@new_name");
  }

  @Override
  int run(Call c) {
    c.requireSysadmin();
    c.required("@class");
    String name = c.required("@name");
    String newName = c.required("@new_name");
    CategoryClass cls = CategoryClass.verify(c.text("@class"), null, newName);
    AgentRow category = (name == null ? null : JobCategories.named(c.store, cls.id(), name).orElse(null));
    if (category == null) {
      throw AgentErrors.NO_CATEGORY_IN_CLASS.raise(name, String.valueOf(cls.id()));
    }
    if (newName != null && JobCategories.named(c.store, cls.id(), newName).isPresent()) {
      throw AgentErrors.EXISTS.raise("@new_name", newName);
    }
    c.store.put(category.set("name", newName));
    return 0;
  }
}
