package dev.quern.engine.proc;

import dev.quern.engine.ast.ParameterDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sp_MSforeachtable} and {@code sp_MSforeachdb}: SQL Server's undocumented but widely used
 * loops that run up to three commands for every user table of the current database (or every
 * database the caller may enter), with the replace character ({@code ?}) standing for the quoted
 * {@code [schema].[table]} (or the database's bare name). {@code @precommand} runs before the loop,
 * {@code @postcommand} after it; sp_MSforeachtable's {@code @whereand} is appended to the query
 * over {@code sysobjects o} that picks the tables. Each command runs as {@code EXEC(…)} does, so
 * an error in one is reported and the loop goes on, and a USE in one ends with it.
 */
final class ForEachProcedure implements SystemProcedure {
  private static final String TABLES =
      "SELECT QUOTENAME(SCHEMA_NAME(o.uid)) + N'.' + QUOTENAME(o.name) FROM dbo.sysobjects o"
          + " WHERE OBJECTPROPERTY(o.id, N'IsUserTable') = 1 ";
  private static final String DATABASES =
      "SELECT name FROM master.sys.databases WHERE state = 0 AND HAS_DBACCESS(name) = 1 ORDER BY database_id";

  /** As SQL Server spells it, for its messages. */
  private final String name;
  private final boolean tables;

  private ForEachProcedure(String name, boolean tables) {
    this.name = name;
    this.tables = tables;
  }

  static List<SystemProcedure> all() {
    return List.of(new ForEachProcedure("sp_MSforeachtable", true), new ForEachProcedure("sp_MSforeachdb", false));
  }

  @Override
  public String name() {
    return name.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    List<String> names = tables
        ? List.of("@command1", "@replacechar", "@command2", "@command3", "@whereand", "@precommand", "@postcommand")
        : List.of("@command1", "@replacechar", "@command2", "@command3", "@precommand", "@postcommand");
    List<ParameterDefinition> defs = new ArrayList<>();
    for (String n : names) {
      defs.add(new ParameterDefinition(n, null, false));
    }
    ProcArg[] bound = ParameterizedStatement.byParameter(args, defs, name);
    String command1 = text(bound[0]);
    if (command1 == null) {
      throw dev.quern.engine.error.SqlErrors.PROC_EXPECTS_PARAMETER.raise(name, "@command1");
    }
    String replace = text(bound[1]) == null ? "?" : text(bound[1]);
    List<String> commands = new ArrayList<>();
    commands.add(command1);
    for (int i = 2; i <= 3; i++) {
      if (text(bound[i]) != null) {
        commands.add(text(bound[i]));
      }
    }
    int pre = tables ? 5 : 4;
    String whereAnd = tables && text(bound[4]) != null ? text(bound[4]) : "";
    String loop = loop(commands, replace, tables ? TABLES + whereAnd : DATABASES, text(bound[pre]), text(bound[pre + 1]));
    return ParameterizedStatement.compile(loop, null, host).run(name, List.of(), host);
  }

  /** The T-SQL of the loop: a local cursor over the names, each command run by EXEC. */
  private static String loop(List<String> commands, String replace, String query, String pre, String post) {
    StringBuilder sql = new StringBuilder();
    if (pre != null) {
      sql.append("EXEC(").append(literal(pre)).append(");\n");
    }
    sql.append("DECLARE @quern_each nvarchar(517);\n")
        .append("DECLARE quern_each CURSOR LOCAL STATIC FOR ").append(query).append(";\n")
        .append("OPEN quern_each;\nFETCH NEXT FROM quern_each INTO @quern_each;\n")
        .append("WHILE @@FETCH_STATUS = 0\nBEGIN\n");
    for (String c : commands) {
      sql.append("  EXEC(REPLACE(").append(literal(c)).append(", ").append(literal(replace))
          .append(", @quern_each));\n");
    }
    sql.append("  FETCH NEXT FROM quern_each INTO @quern_each;\nEND\nCLOSE quern_each;\nDEALLOCATE quern_each;\n");
    if (post != null) {
      sql.append("EXEC(").append(literal(post)).append(");\n");
    }
    return sql.toString();
  }

  private static String literal(String s) {
    return "N'" + s.replace("'", "''") + "'";
  }

  private static String text(ProcArg a) {
    return a == null || a.value() == null ? null : a.value().toString();
  }
}
