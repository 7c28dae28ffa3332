package dev.quern.engine.proc;

import java.util.List;

/** sp_executesql @stmt [, @params [, values…]]: runs a parameterized batch "in proc". */
final class ExecuteSqlProcedure implements SystemProcedure {
  @Override
  public String name() {
    return "sp_executesql";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    Arguments a = Arguments.split(args, List.of("@stmt", "@params"));
    String stmt = ParameterizedStatement.unicodeText(a.fixed(0), "@statement");
    if (stmt == null) {
      return 0;
    }
    String params = a.fixed(1) == null ? null : ParameterizedStatement.unicodeText(a.fixed(1), "@params");
    // Dynamic SQL breaks the ownership chain: its statements are checked as the caller's own.
    var modules = host.state().security().suspendModules();
    try {
      return ParameterizedStatement.compile(stmt, params, host).run(name(), a.values(), host);
    } finally {
      host.state().security().resumeModules(modules);
    }
  }
}
