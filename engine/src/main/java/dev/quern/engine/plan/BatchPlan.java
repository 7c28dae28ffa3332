package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import java.util.List;

/**
 * A compiled batch: its statements and the variables they use ({@code variableTypes[i]} is slot
 * i's type). Plans are immutable and may be cached and run many times (prepared statements),
 * except those holding a deferred name-resolution error ({@code cacheable} false): the object
 * may exist by the next run. {@code text} is the source as sys.dm_exec_sql_text shows it (a
 * parameterized batch prefixed with its parameter list in parentheses); {@code spans} says where
 * each statement stands in it (by identity; a statement bound when it runs has none);
 * {@code attachment} is where the executor keeps the plan's link to its run statistics.
 */
public record BatchPlan(
    List<StatementPlan> statements,
    List<String> variableNames,
    List<SqlType> variableTypes,
    boolean cacheable,
    String text,
    java.util.Map<StatementPlan, dev.quern.engine.ast.SourceSpan> spans,
    PlanAttachment attachment) {
  public int frameSize() {
    return variableTypes.size();
  }
}
