package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code EXEC [@status =] proc [args]}: {@code procName} as written (multi-part joined by dots) or
 * {@code procVariable} naming a variable that holds it.
 */
public record ExecuteStatement(
    int line, String returnVariable, List<String> procName, String procVariable, List<Argument> args,
    ResultSetsClause resultSets)
    implements Statement {

  /** A call without WITH RESULT SETS (UNDEFINED). */
  public ExecuteStatement(
      int line, String returnVariable, List<String> procName, String procVariable, List<Argument> args) {
    this(line, returnVariable, procName, procVariable, args, ResultSetsClause.UNDEFINED);
  }

  public ExecuteStatement {
    resultSets = resultSets == null ? ResultSetsClause.UNDEFINED : resultSets;
  }

  /** One argument: {@code [@name =] value [OUTPUT]} or {@code DEFAULT} ({@code value} null). */
  public record Argument(String name, Expr value, boolean output) {
    String toSql() {
      String v = value == null ? "DEFAULT" : value.toSql();
      return (name == null ? "" : name + " = ") + v + (output ? " OUTPUT" : "");
    }
  }

  public String displayName() {
    return procVariable != null ? procVariable : String.join(".", procName);
  }

  @Override
  public String toSql() {
    return "EXEC "
        + (returnVariable == null ? "" : returnVariable + " = ")
        + (procVariable != null ? procVariable : Names.quoteAll(procName))
        + (args.isEmpty()
            ? ""
            : " " + args.stream().map(Argument::toSql).collect(Collectors.joining(", ")))
        + resultSets.toSql();
  }
}
