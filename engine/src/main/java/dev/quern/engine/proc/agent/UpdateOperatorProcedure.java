package dev.quern.engine.proc.agent;

import dev.quern.engine.agent.AgentErrors;
import dev.quern.engine.agent.AgentRow;
import dev.quern.engine.agent.AgentTable;

/**
 * {@code msdb.dbo.sp_update_operator @name [, @new_name] [, @enabled] [, @email_address] …}
 * ("sp_update_operator (Transact-SQL)"): changes the settings given (14262 for an unknown operator,
 * 14261 when the new name is taken); sysadmin only.
 */
final class UpdateOperatorProcedure extends AgentProcedure {
  UpdateOperatorProcedure() {
    super("sp_update_operator", "@name", "@new_name", "@enabled", "@email_address", "@pager_address",
        "@weekday_pager_start_time", "@weekday_pager_end_time", "@saturday_pager_start_time",
        "@saturday_pager_end_time", "@sunday_pager_start_time", "@sunday_pager_end_time", "@pager_days",
        "@netsend_address", "@category_name");
  }

  @Override
  int run(Call c) {
    c.requireSysadmin();
    c.required("@name");
    AgentRow operator = c.named(AgentTable.OPERATORS, "@name");
    String newName = c.text("@new_name");
    if (newName != null && !newName.equalsIgnoreCase(operator.string("name"))) {
      if (!c.store.named(AgentTable.OPERATORS, newName).isEmpty()) {
        throw AgentErrors.EXISTS.raise("@new_name", newName);
      }
    }
    if (newName != null) {
      operator.set("name", newName);
    }
    OperatorSettings.apply(c, operator);
    c.store.put(operator);
    return 0;
  }
}
