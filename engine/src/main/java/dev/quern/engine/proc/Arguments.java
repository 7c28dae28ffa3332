package dev.quern.engine.proc;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a call's arguments into the procedure's fixed leading parameters (by position, or by
 * their names) and the values that follow for the statement's own parameters.
 */
record Arguments(ProcArg[] fixedArgs, List<ProcArg> values) {
  /**
   * The leading arguments fill the fixed parameters by position whatever their names, as SQL
   * Server's extended procedures do (tedious names sp_executesql's first two "@statement" and
   * "@params"); the rest are the values of the statement's own parameters.
   */
  static Arguments split(List<ProcArg> args, List<String> fixedNames) {
    ProcArg[] fixed = new ProcArg[fixedNames.size()];
    int n = Math.min(fixed.length, args.size());
    for (int i = 0; i < n; i++) {
      fixed[i] = args.get(i);
    }
    return new Arguments(fixed, new ArrayList<>(args.subList(n, args.size())));
  }

  ProcArg fixed(int i) {
    return fixedArgs[i];
  }
}
