package dev.quern.engine.ast;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code DBCC command [( argument [, …] )] [WITH option [, …]]} ("DBCC (Transact-SQL)"). A bare
 * name as an argument ({@code DBCC CHECKDB(mydb)}, {@code DBCC SQLPERF(LOGSPACE)}) is kept as a
 * string literal, as SQL Server takes it; {@code command} and {@code options} are upper case.
 */
public record DbccStatement(int line, String command, List<Expr> arguments, List<String> options)
    implements Statement {
  @Override
  public String toSql() {
    String args = arguments.isEmpty()
        ? ""
        : arguments.stream().map(Expr::toSql).collect(Collectors.joining(", ", " (", ")"));
    return "DBCC " + command + args + (options.isEmpty() ? "" : " WITH " + String.join(", ", options));
  }
}
