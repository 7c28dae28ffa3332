package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;
import dev.quern.engine.agent.JobCategories;

/**
 * {@code msdb.dbo.sp_add_category [@class =] 'JOB' | 'ALERT' | 'OPERATOR' [, @type =] 'LOCAL' |
 * 'MULTI-SERVER' | 'NONE', @name} ("sp_add_category (Transact-SQL)"): a category with the next id
 * from 100. @type defaults to LOCAL, so an alert or operator category needs @type = 'NONE' (14266
 * otherwise, as in SQL Server); a name its class already has is 14261. sysadmin only (229).
 */
final class AddCategoryProcedure extends AgentProcedure {
  AddCategoryProcedure() {
    super("sp_add_category", "@class", "@type", "@name");
  }

  @Override
  int run(Call c) {
    c.requireSysadmin();
    String name = c.required("@name");
    CategoryClass cls = CategoryClass.verify(c.given("@class") ? c.text("@class") : "JOB",
        c.given("@type") ? c.text("@type") : "LOCAL", name);
    if (name == null || JobCategories.named(c.store, cls.id(), name).isPresent()) {
      throw AgentErrors.EXISTS.raise("@name", name);
    }
    c.store.put(AgentRow.empty(AgentTable.CATEGORIES).set("category_id", c.store.records().newCategoryId())
        .set("category_class", cls.id()).set("category_type", cls.type()).set("name", name));
    return 0;
  }
}
