package dev.quern.engine.binder;

import dev.quern.catalog.meta.UserType;
import dev.quern.engine.ast.DeclareStatement;
import dev.quern.engine.ast.DeclareTableStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.parser.Parser;
import dev.quern.engine.plan.StatementPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@code DECLARE @t schema.table_type}: a table variable shaped by a table type, declared as {@code
 * DECLARE @t TABLE (…)} with the type's stored column list. Scalar variables of the same DECLARE
 * keep their own plan, in order.
 */
final class TableTypeDeclarations {
  private TableTypeDeclarations() {}

  static StatementPlan declare(
      DeclareStatement d, BindContext bind, BiFunction<DeclareStatement, Integer, StatementPlan> scalars) {
    List<StatementPlan> plans = new ArrayList<>();
    int before = 0;
    for (DeclareStatement.Variable v : d.variables()) {
      Optional<UserType> type = DeclaredType.tableType(v.type(), bind.session());
      if (type.isEmpty()) {
        plans.add(scalars.apply(new DeclareStatement(d.line(), List.of(v)), before++));
        continue;
      }
      before++;
      if (v.initial() != null) {
        // A table variable takes no initial value: SQL Server's message for DECLARE @t … = x.
        throw SqlErrors.SYNTAX_NEAR.raise("=");
      }
      plans.add(new StatementPlan.LateBound(d.line(), table(d.line(), v.name(), type.get()), bind, null));
    }
    return plans.size() == 1 ? plans.getFirst() : new StatementPlan.Block(d.line(), List.copyOf(plans));
  }

  /** The DECLARE … TABLE a variable of table type {@code type} stands for. */
  static DeclareTableStatement table(int line, String name, UserType type) {
    String sql = "DECLARE " + name + " TABLE " + type.tableDefinition();
    DeclareTableStatement parsed = (DeclareTableStatement) Parser.parseBatch(sql, true).getFirst();
    return new DeclareTableStatement(line, parsed.name(), parsed.definition(), type.id());
  }
}
